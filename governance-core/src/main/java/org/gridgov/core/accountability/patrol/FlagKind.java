package org.gridgov.core.accountability.patrol;

/** Why a GPS track is implausible. */
public enum FlagKind {
  /** Timestamps do not strictly increase. */
  TIMESTAMPS_OUT_OF_ORDER,
  /** A stretch faster than anyone moves on foot or bicycle. */
  SPEED_SPIKE,
  /** One step between consecutive points longer than believable. */
  JUMP,
  /** A long stretch outside the grid area beyond the margin. */
  OUTSIDE_GRID,
  /** The track repeats an earlier track (duplicated or replayed with shifted times). */
  REPLAYED_TRACK,
  /** The track does not cover the logged patrol: a point outside its time or a long gap. */
  TRACK_NOT_COVERING_PATROL,
  /** Fewer than two track points. */
  TRACK_MISSING
}
