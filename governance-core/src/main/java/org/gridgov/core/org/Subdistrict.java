package org.gridgov.core.org;

import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;

/**
 * A subdistrict 街道 of the city.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id  the identifier
 * @param name  the name, e.g. "台吉街道"
 */
public record Subdistrict(SubdistrictId id, String name) {

  /**
   * Creates the node, checking its components.
   *
   * @throws InvalidInputException if a component is null or malformed
   */
  public Subdistrict {
    Checks.notNull(id, "id");
    Checks.text(name, "name", 100);
  }
}
