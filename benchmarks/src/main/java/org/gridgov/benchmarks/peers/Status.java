package org.gridgov.benchmarks.peers;

/** The statuses a peer state machine walks through; the names match gridgov's {@code CaseStatus}. */
public enum Status {
  /** Not yet reported. */
  NEW,
  /** Reported, waiting for a center to accept it. */
  REPORTED,
  /** Accepted by a center, waiting for dispatch. */
  ACCEPTED,
  /** Dispatched to a handler, not yet acknowledged. */
  ASSIGNED,
  /** Being handled. */
  HANDLING,
  /** The handler submitted a result. */
  RESULT_SUBMITTED,
  /** The result passed verification. */
  VERIFIED,
  /** Closed. */
  CLOSED
}
