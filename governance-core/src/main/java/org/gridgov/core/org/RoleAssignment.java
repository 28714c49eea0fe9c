package org.gridgov.core.org;

import java.util.Optional;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.people.PersonId;

/**
 * A person holding a role at a place: the place is the role's jurisdiction.
 *
 * <p>A department handler also names the department; a sinking cadre names the sinking unit. This
 * class is immutable and thread-safe.
 *
 * @param person  the person
 * @param role  the role
 * @param place  the place, at one of the role's {@linkplain Role#placeLevels() levels}
 * @param department  the department, present exactly for {@link Role#DEPARTMENT_HANDLER}
 * @param sinkingUnit  the sinking unit, present exactly for {@link Role#SINKING_CADRE}
 */
public record RoleAssignment(PersonId person, Role role, PlaceId place, Optional<DepartmentId> department,
    Optional<SinkingUnitId> sinkingUnit) {

  /**
   * Creates an assignment, checking that the place level fits the role and that the department and
   * sinking unit are present exactly where the role needs them.
   *
   * @throws InvalidInputException if a rule is broken
   */
  public RoleAssignment {
    Checks.notNull(person, "person");
    Checks.notNull(role, "role");
    Checks.notNull(place, "place");
    Checks.notNull(department, "department");
    Checks.notNull(sinkingUnit, "sinkingUnit");
    if (!role.placeLevels().contains(place.level())) {
      throw new InvalidInputException("place", "a " + role + " is held at " + role.placeLevels()
          + " level", place.level() + " " + place);
    }
    if (role.needsDepartment() != department.isPresent()) {
      throw new InvalidInputException("department", role.needsDepartment()
          ? "is required for a " + role : "is only allowed for a " + Role.DEPARTMENT_HANDLER,
          department.map(DepartmentId::value).orElse(null));
    }
    if (role.needsSinkingUnit() != sinkingUnit.isPresent()) {
      throw new InvalidInputException("sinkingUnit", role.needsSinkingUnit()
          ? "is required for a " + role : "is only allowed for a " + Role.SINKING_CADRE,
          sinkingUnit.map(SinkingUnitId::value).orElse(null));
    }
  }

  /**
   * Obtains an assignment for a role that needs neither department nor sinking unit.
   *
   * @param person  the person, not null
   * @param role  the role, not null
   * @param place  the place, not null
   * @return the assignment, not null
   * @throws InvalidInputException if a rule is broken
   */
  public static RoleAssignment of(PersonId person, Role role, PlaceId place) {
    return new RoleAssignment(person, role, place, Optional.empty(), Optional.empty());
  }

  /**
   * Obtains a department handler's assignment.
   *
   * @param person  the person, not null
   * @param department  the department, not null
   * @param city  the city, not null
   * @return the assignment, not null
   */
  public static RoleAssignment departmentHandler(PersonId person, DepartmentId department, CityId city) {
    return new RoleAssignment(person, Role.DEPARTMENT_HANDLER, city, Optional.of(department), Optional.empty());
  }

  /**
   * Obtains a sinking cadre's assignment.
   *
   * @param person  the person, not null
   * @param unit  the sinking unit, not null
   * @param community  the community served, not null
   * @return the assignment, not null
   */
  public static RoleAssignment sinkingCadre(PersonId person, SinkingUnitId unit, CommunityId community) {
    return new RoleAssignment(person, Role.SINKING_CADRE, community, Optional.empty(), Optional.of(unit));
  }
}
