package org.gridgov.core.org;

import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;

/**
 * A community 社区 of a subdistrict.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id  the identifier
 * @param name  the name, e.g. "舍宅社区"
 */
public record Community(CommunityId id, String name) {

  /**
   * Creates the node, checking its components.
   *
   * @throws InvalidInputException if a component is null or malformed
   */
  public Community {
    Checks.notNull(id, "id");
    Checks.text(name, "name", 100);
  }
}
