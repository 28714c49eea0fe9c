package org.gridgov.core.accountability.patrol;

import java.util.Optional;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.accountability.CaseRef;
import org.gridgov.core.internal.Checks;

/**
 * Something a patrol found (巡查发现): a hazard, dispute or request, possibly reported as a case.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param description  what was found, 1 to 500 characters
 * @param position  where, if recorded
 * @param reportedAs  the case it was reported as, if it became a case report
 */
public record Finding(String description, Optional<GeoPoint> position, Optional<CaseRef> reportedAs) {

  /**
   * Creates the finding.
   *
   * @throws InvalidInputException if a component is null or the description blank or too long
   */
  public Finding {
    Checks.text(description, "description", 500);
    Checks.notNull(position, "position");
    Checks.notNull(reportedAs, "reportedAs");
  }

  /**
   * Returns this finding linked to the case it was reported as.
   *
   * @param ref  the case, not null
   * @return the linked finding, not null
   */
  public Finding reportedAs(CaseRef ref) {
    return new Finding(description, position, Optional.of(Checks.notNull(ref, "reportedAs")));
  }
}
