package org.gridgov.core.cases;

import java.time.Instant;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.org.DepartmentId;

/**
 * A department summoned by a whistle (吹哨) and the instant by which it must report in (报到).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param department  the department
 * @param due  the report-in deadline
 */
public record Summons(DepartmentId department, Instant due) {

  /**
   * Creates the summons.
   *
   * @throws InvalidInputException if a value is null
   */
  public Summons {
    Checks.notNull(department, "department");
    Checks.notNull(due, "due");
  }
}
