package org.gridgov.core.org;

import com.google.common.collect.ImmutableSet;

/**
 * A role a person holds at a place, with the levels of place the role may be held at.
 */
public enum Role {
  /** General grid chief 总网格长: the community party secretary, leads all grids of a community. */
  GENERAL_GRID_CHIEF("总网格长", Level.COMMUNITY),
  /** Grid chief 网格长: a member of the community two committees, also the grid party branch secretary. */
  GRID_CHIEF("网格长", Level.GRID),
  /** Full-time grid worker 专职网格员: patrols, collects information, reports problems. */
  GRID_WORKER("专职网格员", Level.GRID),
  /** Building chief 楼栋长: volunteer resident who knows the building's households. */
  BUILDING_CHIEF("楼栋长", Level.BUILDING),
  /** Unit chief 单元长: volunteer resident who assists and collects information in a unit. */
  UNIT_CHIEF("单元长", Level.UNIT),
  /** Community cadre 社区干部: serves in the grids, six hats, daily patrol. */
  COMMUNITY_CADRE("社区干部", Level.COMMUNITY),
  /** Subdistrict leader 街道领导干部: adopts communities, weekly on-site day, yearly party lecture. */
  SUBDISTRICT_LEADER("街道领导干部", Level.SUBDISTRICT),
  /** Subdistrict cadre 街道机关干部: weekly grid patrol, a concrete service each quarter. */
  SUBDISTRICT_CADRE("街道机关干部", Level.SUBDISTRICT),
  /** Deputy county-level leader 副县级领导: adopts one community as a contact point, visits monthly. */
  DEPUTY_COUNTY_LEADER("副县级领导", Level.COMMUNITY),
  /** Sinking cadre 下沉干部: a serving party cadre of a sinking unit attached to a community. */
  SINKING_CADRE("下沉干部", Level.COMMUNITY),
  /** Department handler 部门承办人: handles cases assigned to a functional department or utility. */
  DEPARTMENT_HANDLER("部门承办人", Level.CITY),
  /** Center dispatcher 中心派遣员: works the grid management service center of a city, subdistrict or community. */
  CENTER_DISPATCHER("中心派遣员", Level.CITY, Level.SUBDISTRICT, Level.COMMUNITY),
  /** Resident 居民 of a household. */
  RESIDENT("居民", Level.HOUSEHOLD);

  private final String chineseName;
  private final ImmutableSet<Level> placeLevels;

  Role(String chineseName, Level first, Level... rest) {
    this.chineseName = chineseName;
    this.placeLevels = ImmutableSet.<Level>builder().add(first).add(rest).build();
  }

  /**
   * Returns the Chinese name of the role.
   *
   * @return the Chinese name, not null
   */
  public String chineseName() {
    return chineseName;
  }

  /**
   * Returns the levels of place at which the role may be held.
   *
   * @return the levels, not empty
   */
  public ImmutableSet<Level> placeLevels() {
    return placeLevels;
  }

  /**
   * Returns whether the role needs a functional department (only {@link #DEPARTMENT_HANDLER}).
   *
   * @return true if a department is required
   */
  public boolean needsDepartment() {
    return this == DEPARTMENT_HANDLER;
  }

  /**
   * Returns whether the role needs a sinking unit (only {@link #SINKING_CADRE}).
   *
   * @return true if a sinking unit is required
   */
  public boolean needsSinkingUnit() {
    return this == SINKING_CADRE;
  }
}
