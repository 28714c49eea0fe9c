package org.gridgov.core.accountability.scorecard;

/** Who reported a case. */
public enum ReporterKind {
  /** A grid worker on patrol 网格员上报. */
  GRID_WORKER,
  /** A resident, e.g. by snapshot 随手拍. */
  RESIDENT,
  /** A center or department. */
  UNIT,
  /** Any other channel, e.g. a hotline transfer. */
  OTHER
}
