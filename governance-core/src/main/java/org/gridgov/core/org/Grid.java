package org.gridgov.core.org;

import java.util.OptionalInt;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;

/**
 * A grid 网格 of a community: the unit of daily management. A grid either registers its households
 * individually or declares only how many it has (portals differ); a declared count takes precedence.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id  the identifier
 * @param name  the name
 * @param declaredHouseholds  the declared household count, if the grid does not register households
 */
public record Grid(GridId id, String name, OptionalInt declaredHouseholds) {

  /**
   * Creates the node, checking its components.
   *
   * @throws InvalidInputException if a component is null or malformed
   */
  public Grid {
    Checks.notNull(id, "id");
    Checks.text(name, "name", 100);
    Checks.notNull(declaredHouseholds, "declaredHouseholds");
    if (declaredHouseholds.isPresent()) {
      Checks.range(declaredHouseholds.getAsInt(), "declaredHouseholds", 0, 1_000_000);
    }
  }
}
