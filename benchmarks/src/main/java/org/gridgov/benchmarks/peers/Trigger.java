package org.gridgov.benchmarks.peers;

/** The events that drive a peer state machine, one per step of the benchmarked lifecycle. */
public enum Trigger {
  /** A grid worker reports. */
  REPORT,
  /** The community center accepts. */
  ACCEPT,
  /** The center dispatches to a grid (also the reassignment after the escalation). */
  ASSIGN,
  /** The grid escalates back to the community center. */
  ESCALATE,
  /** The handler acknowledges and starts. */
  START,
  /** The handler submits a result. */
  RESOLVE,
  /** The dispatcher verifies the result. */
  VERIFY,
  /** The dispatcher evaluates the case (no change of status). */
  EVALUATE,
  /** The dispatcher closes the case. */
  CLOSE;

  /** The ten transitions of one lifecycle, in order. */
  static final Trigger[] LIFECYCLE = {REPORT, ACCEPT, ASSIGN, ESCALATE, ASSIGN, START, RESOLVE, VERIFY, EVALUATE,
      CLOSE};

  /** The status each step of {@link #LIFECYCLE} ends in. */
  static final Status[] AFTER = {Status.REPORTED, Status.ACCEPTED, Status.ASSIGNED, Status.ACCEPTED,
      Status.ASSIGNED, Status.HANDLING, Status.RESULT_SUBMITTED, Status.VERIFIED, Status.VERIFIED, Status.CLOSED};
}
