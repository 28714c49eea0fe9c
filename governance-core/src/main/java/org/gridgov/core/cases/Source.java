package org.gridgov.core.cases;

/** Where a case came from (事件来源). */
public enum Source {
  /** A grid worker's patrol (网格员巡查). */
  GRID_PATROL,
  /** A resident's snapshot report (随手拍). */
  RESIDENT_SNAPSHOT,
  /** The hotline (热线). */
  HOTLINE,
  /** A leader's assignment (领导交办). */
  LEADER_ASSIGNMENT,
  /** A sinking cadre's report (下沉干部). */
  SINKING_CADRE
}
