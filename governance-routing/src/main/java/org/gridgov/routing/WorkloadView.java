package org.gridgov.routing;

import com.google.common.collect.ImmutableMap;
import org.gridgov.core.org.DepartmentId;
import org.gridgov.core.org.PlaceId;
import org.gridgov.core.people.PersonId;

/**
 * A read-only view of how many cases are open per handler, unit and department, as load-aware policies
 * need it.
 *
 * <p>Implementations must answer consistently during one routing call.
 */
public interface WorkloadView {

  /**
   * Returns the open cases a person holds.
   *
   * @param person  the person, not null
   * @return the count, at least 0
   */
  int openCases(PersonId person);

  /**
   * Returns the open cases a territorial unit (grid, community, subdistrict, city center) holds.
   *
   * @param unit  the unit, not null
   * @return the count, at least 0
   */
  int openCases(PlaceId unit);

  /**
   * Returns the open cases a department holds.
   *
   * @param department  the department, not null
   * @return the count, at least 0
   */
  int openCases(DepartmentId department);

  /**
   * Returns a view in which nobody has open cases.
   *
   * @return the empty view, not null
   */
  static WorkloadView none() {
    return of(ImmutableMap.of(), ImmutableMap.of(), ImmutableMap.of());
  }

  /**
   * Returns a view over fixed counts; anything not in a map has no open cases.
   *
   * @param people  open cases per person, not null
   * @param units  open cases per unit, not null
   * @param departments  open cases per department, not null
   * @return the view, not null
   */
  static WorkloadView of(ImmutableMap<PersonId, Integer> people, ImmutableMap<PlaceId, Integer> units,
      ImmutableMap<DepartmentId, Integer> departments) {
    Require.notNull(people, "people");
    Require.notNull(units, "units");
    Require.notNull(departments, "departments");
    return new WorkloadView() {
      @Override
      public int openCases(PersonId person) {
        return people.getOrDefault(person, 0);
      }

      @Override
      public int openCases(PlaceId unit) {
        return units.getOrDefault(unit, 0);
      }

      @Override
      public int openCases(DepartmentId department) {
        return departments.getOrDefault(department, 0);
      }
    };
  }
}
