package org.gridgov.core.accountability.scorecard;

/** What kind of party a scorecard scores. */
public enum SubjectKind {
  /** A full-time grid worker 专职网格员. */
  GRID_WORKER,
  /** A community grid management service center 社区中心. */
  COMMUNITY_CENTER,
  /** A subdistrict grid management service center 街道中心. */
  SUBDISTRICT_CENTER,
  /** The city grid management service center 市中心. */
  CITY_CENTER,
  /** A functional department or utility 职能部门. */
  DEPARTMENT,
  /** An area (community, subdistrict or city) as a whole 区域. */
  AREA
}
