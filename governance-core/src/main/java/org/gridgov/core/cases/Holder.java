package org.gridgov.core.cases;

import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.org.DepartmentId;
import org.gridgov.core.org.GridId;
import org.gridgov.core.org.Level;
import org.gridgov.core.org.PlaceId;

/**
 * Who holds a case (当前承办方): a grid (its grid worker), a grid management service center of a
 * community, subdistrict or city (网格管理服务中心), or a functional department (职能部门).
 *
 * <p>Escalation goes grid → community → subdistrict → city; departments are assigned by a center.
 * Implementations are immutable and thread-safe.
 */
public sealed interface Holder {

  /**
   * Returns the level the holder works at; a department works at city level.
   *
   * @return the level, not null
   */
  Level level();

  /**
   * Returns the holder of a grid.
   *
   * @param grid  the grid, not null
   * @return the holder, not null
   */
  static Holder grid(GridId grid) {
    return new GridHolder(grid);
  }

  /**
   * Returns the center of a community, subdistrict or city.
   *
   * @param place  the place of the center, not null
   * @return the holder, not null
   * @throws InvalidInputException if the place is not a community, subdistrict or city
   */
  static Holder center(PlaceId place) {
    return new CenterHolder(place);
  }

  /**
   * Returns a department holder.
   *
   * @param department  the department, not null
   * @return the holder, not null
   */
  static Holder department(DepartmentId department) {
    return new DepartmentHolder(department);
  }

  /**
   * A grid as holder: its grid worker (or grid chief) acts for it.
   *
   * @param grid  the grid
   */
  record GridHolder(GridId grid) implements Holder {
    /**
     * Creates the holder.
     *
     * @throws InvalidInputException if the grid is null
     */
    public GridHolder {
      Checks.notNull(grid, "grid");
    }

    @Override
    public Level level() {
      return Level.GRID;
    }

    @Override
    public boolean equals(Object other) {
      return this == other || other instanceof GridHolder o && grid.equals(o.grid);
    }

    @Override
    public int hashCode() {
      return grid.hashCode();
    }
  }

  /**
   * A grid management service center (网格管理服务中心) of a community, subdistrict or city; its center
   * dispatchers (and, for a community, the general grid chief) act for it.
   *
   * @param place  the community, subdistrict or city
   */
  record CenterHolder(PlaceId place) implements Holder {
    /**
     * Creates the holder.
     *
     * @throws InvalidInputException if the place is null or not a community, subdistrict or city
     */
    public CenterHolder {
      Checks.notNull(place, "place");
      if (place.level() == Level.GRID || Level.GRID.isAbove(place.level())) {
        throw new InvalidInputException("place", "a center is at community, subdistrict or city level", place);
      }
    }

    @Override
    public Level level() {
      return place.level();
    }

    @Override
    public boolean equals(Object other) {
      return this == other || other instanceof CenterHolder o && place.equals(o.place);
    }

    @Override
    public int hashCode() {
      return place.hashCode();
    }
  }

  /**
   * A functional department or utility (职能部门); its department handlers act for it.
   *
   * @param department  the department
   */
  record DepartmentHolder(DepartmentId department) implements Holder {
    /**
     * Creates the holder.
     *
     * @throws InvalidInputException if the department is null
     */
    public DepartmentHolder {
      Checks.notNull(department, "department");
    }

    @Override
    public Level level() {
      return Level.CITY;
    }

    @Override
    public boolean equals(Object other) {
      return this == other || other instanceof DepartmentHolder o && department.equals(o.department);
    }

    @Override
    public int hashCode() {
      return department.hashCode();
    }
  }
}
