package org.gridgov.core.accountability.patrol;

/** Why a patrol does not count towards the patrol duty. */
public enum Shortfall {
  /** Shorter than the duty's minimum duration. */
  TOO_SHORT,
  /** Less distance than the duty's minimum. */
  TOO_LITTLE_DISTANCE,
  /** The track was flagged as implausible. */
  IMPLAUSIBLE_TRACK,
  /** It starts before the same worker's earlier patrol ended (one worker, one patrol at a time). */
  OVERLAPS_EARLIER_PATROL
}
