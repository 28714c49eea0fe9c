package org.gridgov.core.org;

import com.google.common.collect.ImmutableSet;
import java.util.OptionalInt;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.people.PersonId;

/**
 * A change to an organisation, applied with {@link Organisation#apply(OrganisationChange)}.
 *
 * <p>Every change is a value; applying it yields a new snapshot and a {@link ChangeRecord}, or a
 * rejection with the violations. All implementations are immutable and thread-safe.
 */
public sealed interface OrganisationChange {

  /**
   * Gives a role to someone else. For a grid chief the grid party branch secretary post moves too, and
   * for a general grid chief the community party secretary post, since the article has one person hold
   * both (一肩挑).
   *
   * @param role  the role
   * @param place  where the role is held
   * @param from  the current holder
   * @param to  the new holder, a known person
   */
  record ReassignRole(Role role, PlaceId place, PersonId from, PersonId to) implements OrganisationChange {
    /**
     * Creates the change.
     *
     * @throws InvalidInputException if a component is null or from equals to
     */
    public ReassignRole {
      Checks.notNull(role, "role");
      Checks.notNull(place, "place");
      Checks.notNull(from, "from");
      Checks.notNull(to, "to");
      if (from.equals(to)) {
        throw new InvalidInputException("to", "must differ from the current holder", to.value());
      }
    }
  }

  /**
   * Gives a person an additional role, e.g. attaches a sinking unit's cadre to a community.
   *
   * @param assignment  the assignment
   */
  record AssignRole(RoleAssignment assignment) implements OrganisationChange {
    /**
     * Creates the change.
     *
     * @throws InvalidInputException if the assignment is null
     */
    public AssignRole {
      Checks.notNull(assignment, "assignment");
    }
  }

  /**
   * Moves a building, with its units and households, to another grid.
   *
   * @param building  the building
   * @param to  the grid it moves to
   */
  record MoveBuilding(BuildingId building, GridId to) implements OrganisationChange {
    /**
     * Creates the change.
     *
     * @throws InvalidInputException if a component is null
     */
    public MoveBuilding {
      Checks.notNull(building, "building");
      Checks.notNull(to, "to");
    }
  }

  /**
   * Splits a grid: some of its buildings form a new grid in the same community, with its own grid
   * chief (who also becomes the new grid party branch secretary) and grid worker. If the source grid
   * declares a household count, the new grid must declare its share, which is taken from the source.
   *
   * @param source  the grid to split
   * @param newGrid  the new grid's identifier, in the source's community
   * @param name  the new grid's name
   * @param buildings  the buildings that move, all in the source grid
   * @param declaredHouseholds  the new grid's declared household count, exactly when the source declares one
   * @param chief  the new grid's chief
   * @param worker  the new grid's full-time grid worker
   */
  record SplitGrid(GridId source, GridId newGrid, String name, ImmutableSet<BuildingId> buildings,
      OptionalInt declaredHouseholds, PersonId chief, PersonId worker) implements OrganisationChange {
    /**
     * Creates the change.
     *
     * @throws InvalidInputException if a component is null or the new grid is in another community
     */
    public SplitGrid {
      Checks.notNull(source, "source");
      Checks.notNull(newGrid, "newGrid");
      Checks.text(name, "name", 100);
      Checks.noNulls(buildings, "buildings");
      Checks.notNull(declaredHouseholds, "declaredHouseholds");
      Checks.notNull(chief, "chief");
      Checks.notNull(worker, "worker");
      if (!newGrid.community().equals(source.community())) {
        throw new InvalidInputException("newGrid", "must be in the source grid's community " + source.community(),
            newGrid.code());
      }
    }
  }

  /**
   * Merges one grid into another of the same community: buildings, grid workers and branch members move
   * to the surviving grid; the absorbed grid's chief and branch secretary posts end; declared household
   * counts add up.
   *
   * @param absorbed  the grid that ends
   * @param into  the grid that survives
   */
  record MergeGrids(GridId absorbed, GridId into) implements OrganisationChange {
    /**
     * Creates the change.
     *
     * @throws InvalidInputException if a component is null, the grids are equal or in different communities
     */
    public MergeGrids {
      Checks.notNull(absorbed, "absorbed");
      Checks.notNull(into, "into");
      if (absorbed.equals(into)) {
        throw new InvalidInputException("into", "must differ from the absorbed grid", into.code());
      }
      if (!absorbed.community().equals(into.community())) {
        throw new InvalidInputException("into", "must be in the absorbed grid's community " + absorbed.community(),
            into.code());
      }
    }
  }

  /**
   * Adds a sinking unit and seats its party head on each served subdistrict's 大工委 and its deputy on
   * each served community's 大党委 as part-time members.
   *
   * @param unit  the sinking unit; its head and deputy must be known people
   */
  record AddSinkingUnit(SinkingUnit unit) implements OrganisationChange {
    /**
     * Creates the change.
     *
     * @throws InvalidInputException if the unit is null
     */
    public AddSinkingUnit {
      Checks.notNull(unit, "unit");
    }
  }
}
