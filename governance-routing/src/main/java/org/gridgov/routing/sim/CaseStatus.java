package org.gridgov.routing.sim;

/** Where a case stands as far as the simulator needs to know; the case loop may distinguish more. */
public enum CaseStatus {
  /** Accepted and waiting for routing or handling. */
  OPEN,
  /** Being handled. */
  IN_HANDLING,
  /** Handled and verified; closed (结案). */
  CLOSED,
  /** Parked (挂账): cannot be solved now, clock stopped. */
  PARKED,
  /** Voided (作废). */
  VOIDED;

  /**
   * Returns whether the case has left the loop for good.
   *
   * @return true if closed or voided
   */
  public boolean isFinal() {
    return this == CLOSED || this == VOIDED;
  }
}
