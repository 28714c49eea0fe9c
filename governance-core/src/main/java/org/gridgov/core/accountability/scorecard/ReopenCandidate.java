package org.gridgov.core.accountability.scorecard;

import org.gridgov.core.InvalidInputException;
import org.gridgov.core.accountability.CaseRef;
import org.gridgov.core.internal.Checks;

/**
 * A dissatisfied resident's rating that the case loop may act on by reopening the case (不满意重办).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param caseRef  the case
 * @param rater  the dissatisfied resident
 * @param ratee  the subject rated dissatisfied
 */
public record ReopenCandidate(CaseRef caseRef, Rater rater, Subject ratee) {

  /**
   * Creates the candidate.
   *
   * @throws InvalidInputException if a component is null
   */
  public ReopenCandidate {
    Checks.notNull(caseRef, "caseRef");
    Checks.notNull(rater, "rater");
    Checks.notNull(ratee, "ratee");
  }
}
