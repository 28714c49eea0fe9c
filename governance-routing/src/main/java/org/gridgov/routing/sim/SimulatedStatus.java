package org.gridgov.routing.sim;

/**
 * Where a case stands as far as the simulator needs to know, for trace rows and engines; the case loop's
 * {@link org.gridgov.core.cases.CaseStatus} distinguishes more. (Named apart from it so that code using
 * both needs no qualified names.)
 */
public enum SimulatedStatus {
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
