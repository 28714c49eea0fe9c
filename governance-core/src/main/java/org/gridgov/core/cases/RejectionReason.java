package org.gridgov.core.cases;

/** Why a command was rejected. */
public enum RejectionReason {
  /** The actor holds no role that may send this command. */
  NOT_AUTHORISED,
  /** The actor holds the role, but not for this case's place, holder or department. */
  OUT_OF_JURISDICTION,
  /** The command is not allowed in the case's current status. */
  INVALID_TRANSITION,
  /** The command's instant lies before the case's last event. */
  STALE_INSTANT,
  /** The command identifier was already used by a command of another kind. */
  DUPLICATE_COMMAND,
  /** The command names another case than the state it was decided against. */
  WRONG_CASE,
  /** An argument is not acceptable here (unknown place or department, bad assignment target). */
  INVALID_ARGUMENT,
  /** The command came after its time window (reopening after the window). */
  OUTSIDE_WINDOW,
  /** Another writer appended to the case first (optimistic concurrency). */
  CONCURRENT_MODIFICATION
}
