package org.gridgov.core.org;

import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;

/**
 * A building 楼栋, in exactly one grid.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id  the identifier
 * @param grid  the grid the building belongs to
 * @param name  the name, e.g. "3号楼"
 */
public record Building(BuildingId id, GridId grid, String name) {

  /**
   * Creates the node, checking its components.
   *
   * @throws InvalidInputException if a component is null or malformed
   */
  public Building {
    Checks.notNull(id, "id");
    Checks.notNull(grid, "grid");
    Checks.text(name, "name", 100);
  }
}
