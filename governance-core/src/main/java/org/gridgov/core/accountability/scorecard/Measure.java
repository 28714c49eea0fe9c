package org.gridgov.core.accountability.scorecard;

/** A count kept per subject and day, from which indicators are computed. */
public enum Measure {
  /** Cases reported. */
  REPORTS,
  /** Cases reported that were valid. */
  VALID_REPORTS,
  /** Verifications due. */
  VERIFICATIONS,
  /** Verifications done on time. */
  VERIFICATIONS_ON_TIME,
  /** Cases dispatched. */
  DISPATCHES,
  /** Dispatches never returned as wrong. */
  ACCURATE_DISPATCHES,
  /** Handling assignments. */
  HANDLINGS,
  /** Handling assignments finished on time. */
  HANDLINGS_ON_TIME,
  /** Handling assignments sent back for rework at least once. */
  HANDLINGS_REWORKED,
  /** Valid, not voided cases whose closure the subject answers for. */
  CASES,
  /** Of those, closed. */
  CASES_CLOSED,
  /** Of those, closed on time. */
  CASES_CLOSED_ON_TIME,
  /** Resident satisfaction ratings received. */
  SATISFACTION_RATINGS,
  /** Of those, satisfied or basically satisfied. */
  SATISFIED_RATINGS,
  /** Efficiency and result ratings received. */
  WORK_RATINGS,
  /** Of those, satisfied or basically satisfied. */
  GOOD_WORK_RATINGS,
  /** Bottom-up ratings received (下评上). */
  BOTTOM_UP_RATINGS,
  /** Of those, satisfied or basically satisfied. */
  GOOD_BOTTOM_UP_RATINGS,
  /** Rostered patrol days. */
  PATROL_DAYS,
  /** Of those, days the patrol duty was met. */
  PATROL_DAYS_MET,
  /** Rostered attendance days. */
  ROSTER_DAYS,
  /** Of those, days with a check-in. */
  ATTENDED_DAYS
}
