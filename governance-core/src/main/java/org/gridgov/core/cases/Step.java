package org.gridgov.core.cases;

/** A timed step of the case loop; each has a time limit per category and urgency. */
public enum Step {
  /** Accepting a report (受理). */
  ACCEPT,
  /** Triage and assignment (分流交办). */
  DISPATCH,
  /** Acknowledging an assignment (签收). */
  ACKNOWLEDGE,
  /** Handling (处置). */
  HANDLE,
  /** Verifying the result (核查). */
  VERIFY,
  /** A summoned department reporting in after a whistle (吹哨报到). */
  REPORT_IN
}
