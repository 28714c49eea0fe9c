package org.gridgov.core.accountability.scorecard;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.Optional;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.accountability.CaseRef;
import org.gridgov.core.category.CategoryCode;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.org.GridId;
import org.gridgov.core.people.PersonId;

/**
 * One case's facts relevant to scoring, independent of how the case loop stores its history: where
 * and when it was reported and by whom, whether it was valid or voided, its verification, dispatch,
 * handling and closure with their deadlines, and its evaluations.
 *
 * <p>Build one with {@link #builder(CaseRef, CategoryCode, GridId, Instant)}. This class is immutable
 * and thread-safe.
 *
 * @param caseRef  the case
 * @param category  the event category
 * @param grid  the grid where it happened
 * @param reporterKind  who reported it
 * @param reporter  the reporting person, if known
 * @param reportedAt  when it was reported
 * @param valid  whether the report was valid (立案)
 * @param voided  whether the case was voided (作废)
 * @param verification  the verification step, if any
 * @param dispatch  the dispatch, if dispatched
 * @param handling  the handling units' parts
 * @param closure  the closure step, if a closure is due
 * @param evaluations  the evaluations
 */
public record CaseOutcome(CaseRef caseRef, CategoryCode category, GridId grid, ReporterKind reporterKind,
    Optional<PersonId> reporter, Instant reportedAt, boolean valid, boolean voided, Optional<StepRecord> verification,
    Optional<DispatchRecord> dispatch, ImmutableList<HandlingRecord> handling, Optional<StepRecord> closure,
    EvaluationSheet evaluations) {

  /**
   * Creates the outcome.
   *
   * @throws InvalidInputException if a component is null or the evaluations are of another case
   */
  public CaseOutcome {
    Checks.notNull(caseRef, "caseRef");
    Checks.notNull(category, "category");
    Checks.notNull(grid, "grid");
    Checks.notNull(reporterKind, "reporterKind");
    Checks.notNull(reporter, "reporter");
    Checks.notNull(reportedAt, "reportedAt");
    Checks.notNull(verification, "verification");
    Checks.notNull(dispatch, "dispatch");
    Checks.noNulls(handling, "handling");
    Checks.notNull(closure, "closure");
    Checks.notNull(evaluations, "evaluations");
    if (!evaluations.caseRef().equals(caseRef)) {
      throw new InvalidInputException("evaluations", "must be of case " + caseRef, evaluations.caseRef().value());
    }
  }

  /**
   * Starts building an outcome: valid, not voided, reported by another channel, no steps.
   *
   * @param caseRef  the case, not null
   * @param category  the category, not null
   * @param grid  the grid, not null
   * @param reportedAt  when reported, not null
   * @return a builder, not null
   */
  public static Builder builder(CaseRef caseRef, CategoryCode category, GridId grid, Instant reportedAt) {
    return new Builder(caseRef, category, grid, reportedAt);
  }

  /**
   * Returns a builder holding this outcome's facts.
   *
   * @return a builder, not null
   */
  public Builder toBuilder() {
    Builder b = new Builder(caseRef, category, grid, reportedAt);
    b.reporterKind = reporterKind;
    b.reporter = reporter;
    b.valid = valid;
    b.voided = voided;
    b.verification = verification;
    b.dispatch = dispatch;
    b.handling.addAll(handling);
    b.closure = closure;
    b.evaluations = evaluations;
    return b;
  }

  /** Collects the facts of a case outcome. Not thread-safe. */
  public static final class Builder {
    private final CaseRef caseRef;
    private final CategoryCode category;
    private final GridId grid;
    private final Instant reportedAt;
    private ReporterKind reporterKind = ReporterKind.OTHER;
    private Optional<PersonId> reporter = Optional.empty();
    private boolean valid = true;
    private boolean voided;
    private Optional<StepRecord> verification = Optional.empty();
    private Optional<DispatchRecord> dispatch = Optional.empty();
    private final java.util.List<HandlingRecord> handling = new java.util.ArrayList<>();
    private Optional<StepRecord> closure = Optional.empty();
    private EvaluationSheet evaluations;

    private Builder(CaseRef caseRef, CategoryCode category, GridId grid, Instant reportedAt) {
      this.caseRef = Checks.notNull(caseRef, "caseRef");
      this.category = category;
      this.grid = grid;
      this.reportedAt = reportedAt;
      this.evaluations = EvaluationSheet.empty(caseRef);
    }

    /**
     * Sets the reporter.
     *
     * @param kind  the kind of reporter, not null
     * @param person  the person, not null
     * @return this builder
     */
    public Builder reporter(ReporterKind kind, PersonId person) {
      this.reporterKind = Checks.notNull(kind, "reporterKind");
      this.reporter = Optional.of(Checks.notNull(person, "reporter"));
      return this;
    }

    /**
     * Sets whether the report was valid.
     *
     * @param valid  true if valid
     * @return this builder
     */
    public Builder valid(boolean valid) {
      this.valid = valid;
      return this;
    }

    /**
     * Sets whether the case was voided.
     *
     * @param voided  true if voided
     * @return this builder
     */
    public Builder voided(boolean voided) {
      this.voided = voided;
      return this;
    }

    /**
     * Sets the verification step.
     *
     * @param step  the step, not null
     * @return this builder
     */
    public Builder verification(StepRecord step) {
      this.verification = Optional.of(Checks.notNull(step, "verification"));
      return this;
    }

    /**
     * Sets the dispatch.
     *
     * @param dispatch  the dispatch, not null
     * @return this builder
     */
    public Builder dispatch(DispatchRecord dispatch) {
      this.dispatch = Optional.of(Checks.notNull(dispatch, "dispatch"));
      return this;
    }

    /**
     * Adds a handling unit's part.
     *
     * @param record  the record, not null
     * @return this builder
     */
    public Builder handling(HandlingRecord record) {
      this.handling.add(Checks.notNull(record, "handling"));
      return this;
    }

    /**
     * Sets the closure step.
     *
     * @param step  the step, not null
     * @return this builder
     */
    public Builder closure(StepRecord step) {
      this.closure = Optional.of(Checks.notNull(step, "closure"));
      return this;
    }

    /**
     * Adds an evaluation.
     *
     * @param evaluation  the evaluation, not null
     * @return this builder
     * @throws InvalidInputException if its rater already rated this case
     */
    public Builder evaluation(Evaluation evaluation) {
      this.evaluations = evaluations.with(evaluation);
      return this;
    }

    /**
     * Builds the outcome.
     *
     * @return the outcome, not null
     * @throws InvalidInputException if a required fact is missing
     */
    public CaseOutcome build() {
      return new CaseOutcome(caseRef, category, grid, reporterKind, reporter, reportedAt, valid, voided,
          verification, dispatch, ImmutableList.copyOf(handling), closure, evaluations);
    }
  }
}
