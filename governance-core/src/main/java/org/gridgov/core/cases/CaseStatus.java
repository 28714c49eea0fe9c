package org.gridgov.core.cases;

import java.util.Optional;

/** The status of a case (案件状态) in the loop 受理问题 → 分流交办 → 联动处置 → 反馈评价. */
public enum CaseStatus {
  /** No report yet: the state before the first event. */
  NEW(null),
  /** Reported, awaiting acceptance (待受理). */
  REPORTED(Step.ACCEPT),
  /** Accepted, awaiting triage and assignment at the holding center (待分流交办). */
  ACCEPTED(Step.DISPATCH),
  /** Assigned, awaiting the handler's acknowledgement (待签收). */
  ASSIGNED(Step.ACKNOWLEDGE),
  /** Being handled (处置中). */
  HANDLING(Step.HANDLE),
  /** Result submitted, awaiting verification (待核查). */
  RESULT_SUBMITTED(Step.VERIFY),
  /** Result verified, awaiting evaluation and closure (待评价结案). */
  VERIFIED(null),
  /** Closed (结案). */
  CLOSED(null),
  /** Voided (作废). */
  VOIDED(null),
  /** Marked as a duplicate of another case (重复件). */
  DUPLICATE(null);

  private final Step step;

  CaseStatus(Step step) {
    this.step = step;
  }

  /**
   * Returns the timed step of this status.
   *
   * @return the step whose deadline runs in this status, empty if no deadline runs
   */
  public Optional<Step> step() {
    return Optional.ofNullable(step);
  }

  Step stepOrNull() {
    return step;
  }

  /**
   * Returns whether the case is open: reported and neither closed, voided nor a duplicate.
   *
   * @return true if open
   */
  public boolean isOpen() {
    return this != NEW && this != CLOSED && this != VOIDED && this != DUPLICATE;
  }
}
