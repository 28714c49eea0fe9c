package org.gridgov.core.org;

import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;

/**
 * A building unit 单元 (a stairwell or entrance) of a building.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id  the identifier
 * @param building  the building
 * @param name  the name, e.g. "2单元"
 */
public record BuildingUnit(UnitId id, BuildingId building, String name) {

  /**
   * Creates the node, checking its components.
   *
   * @throws InvalidInputException if a component is null or malformed
   */
  public BuildingUnit {
    Checks.notNull(id, "id");
    Checks.notNull(building, "building");
    Checks.text(name, "name", 100);
  }
}
