package org.gridgov.core.accountability.scorecard;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.accountability.CaseRef;
import org.gridgov.core.evaluation.EvaluationDimension;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.internal.Checks;

/**
 * The evaluations of one case: at most one per rater.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param caseRef  the case
 * @param evaluations  the evaluations, one per rater
 */
public record EvaluationSheet(CaseRef caseRef, ImmutableList<Evaluation> evaluations) {

  /**
   * Creates the sheet.
   *
   * @throws InvalidInputException if a component is null or a rater appears twice
   */
  public EvaluationSheet {
    Checks.notNull(caseRef, "caseRef");
    Checks.noNulls(evaluations, "evaluations");
    java.util.Set<Object> raters = new java.util.HashSet<>();
    for (Evaluation e : evaluations) {
      if (!raters.add(identity(e.rater()))) {
        throw new InvalidInputException("evaluations", "one rating per rater per case; " + e.rater()
            + " already rated case " + caseRef, e.rater().toString());
      }
    }
  }

  /** A grid worker rating as a unit and as a resident is still one rater. */
  private static Object identity(Rater rater) {
    if (rater instanceof Rater.Resident r) {
      return r.person();
    }
    Subject unit = ((Rater.Unit) rater).unit();
    return unit instanceof Subject.GridWorker w ? w.person() : unit;
  }

  /**
   * Obtains an empty sheet.
   *
   * @param caseRef  the case, not null
   * @return the sheet, not null
   */
  public static EvaluationSheet empty(CaseRef caseRef) {
    return new EvaluationSheet(caseRef, ImmutableList.of());
  }

  /**
   * Returns the sheet with one more evaluation.
   *
   * @param evaluation  the evaluation, not null
   * @return the new sheet, not null
   * @throws InvalidInputException if the rater already rated this case
   */
  public EvaluationSheet with(Evaluation evaluation) {
    Checks.notNull(evaluation, "evaluation");
    return new EvaluationSheet(caseRef, ImmutableList.<Evaluation>builder().addAll(evaluations).add(evaluation).build());
  }

  /**
   * Returns the first dissatisfied resident-satisfaction rating, which the case loop may act on by
   * reopening the case.
   *
   * @return the candidate, empty if no resident is dissatisfied
   */
  public Optional<ReopenCandidate> reopenCandidate() {
    return evaluations.stream()
        .filter(e -> e.ratings().get(EvaluationDimension.RESIDENT_SATISFACTION) == Satisfaction.DISSATISFIED)
        .findFirst().map(e -> new ReopenCandidate(caseRef, e.rater(), e.ratee()));
  }
}
