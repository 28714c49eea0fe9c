package org.gridgov.routing.sim;

import org.gridgov.routing.CaseFacts;

/**
 * What the case engine says happened after a step: accepted with the case's new status and routing
 * facts, or rejected with a reason code and message (a rejected step changes nothing).
 *
 * @param accepted  whether the step took effect
 * @param reasonCode  the rejection's reason code, empty string when accepted, not null
 * @param message  the rejection's message, empty string when accepted, not null
 * @param status  the case's status after the step, not null
 * @param facts  the case's routing facts after the step, not null
 */
public record EngineStep(boolean accepted, String reasonCode, String message, CaseStatus status, CaseFacts facts) {
  /**
   * Creates the step.
   *
   * @throws org.gridgov.core.InvalidInputException if a value is null
   */
  public EngineStep {
    if (reasonCode == null || message == null || status == null || facts == null) {
      throw new org.gridgov.core.InvalidInputException("engineStep", "reasonCode, message, status and facts are "
          + "required");
    }
  }

  /**
   * Returns an accepted step.
   *
   * @param status  the new status, not null
   * @param facts  the new facts, not null
   * @return the step, not null
   */
  public static EngineStep accepted(CaseStatus status, CaseFacts facts) {
    return new EngineStep(true, "", "", status, facts);
  }

  /**
   * Returns a rejected step.
   *
   * @param reasonCode  the reason code, not null
   * @param message  the message, not null
   * @param status  the unchanged status, not null
   * @param facts  the unchanged facts, not null
   * @return the step, not null
   */
  public static EngineStep rejected(String reasonCode, String message, CaseStatus status, CaseFacts facts) {
    return new EngineStep(false, reasonCode, message, status, facts);
  }
}
