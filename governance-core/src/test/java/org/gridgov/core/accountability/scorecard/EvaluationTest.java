package org.gridgov.core.accountability.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.core.accountability.scorecard.Fixtures.COMMUNITY_CENTER;
import static org.gridgov.core.accountability.scorecard.Fixtures.SANITATION;

import com.google.common.collect.ImmutableMap;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.accountability.CaseRef;
import org.gridgov.core.evaluation.EvaluationDimension;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.people.PersonId;
import org.junit.jupiter.api.Test;

/** One rating per rater per case, no self-rating, dissatisfaction as a reopen candidate. */
class EvaluationTest {
  private static final CaseRef CASE = CaseRef.of("case-1");
  private static final Rater.Resident RESIDENT = new Rater.Resident(PersonId.of("resident-1"));

  @Test
  void aRaterRatesACaseOnlyOnce() {
    EvaluationSheet sheet = EvaluationSheet.empty(CASE)
        .with(Evaluation.residentSatisfaction(RESIDENT, SANITATION, Satisfaction.SATISFIED));

    assertThatThrownBy(() -> sheet.with(Evaluation.residentSatisfaction(RESIDENT, COMMUNITY_CENTER,
        Satisfaction.DISSATISFIED)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("evaluations: one rating per rater per case; resident:resident-1 already rated case case-1,"
            + " was 'resident:resident-1'");
  }

  @Test
  void aGridWorkerRatingAsUnitAndAsResidentIsOneRater() {
    PersonId worker = PersonId.of("w9");
    EvaluationSheet sheet = EvaluationSheet.empty(CASE)
        .with(Evaluation.bottomUp(new Subject.GridWorker(worker), COMMUNITY_CENTER, Satisfaction.SATISFIED));

    assertThatThrownBy(() -> sheet.with(Evaluation.residentSatisfaction(new Rater.Resident(worker), SANITATION,
        Satisfaction.SATISFIED))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("one rating per rater per case");
  }

  @Test
  void nobodyRatesThemselves() {
    assertThatThrownBy(() -> Evaluation.bottomUp(SANITATION, SANITATION, Satisfaction.SATISFIED))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("must not rate itself");
    PersonId worker = PersonId.of("w1");
    assertThatThrownBy(() -> Evaluation.residentSatisfaction(new Rater.Resident(worker),
        new Subject.GridWorker(worker), Satisfaction.SATISFIED))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("no self-rating");
  }

  @Test
  void onlyResidentsRateSatisfactionAndOnlyUnitsRateBottomUp() {
    assertThatThrownBy(() -> new Evaluation(new Rater.Unit(COMMUNITY_CENTER), SANITATION,
        ImmutableMap.of(EvaluationDimension.RESIDENT_SATISFACTION, Satisfaction.SATISFIED)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new Evaluation(RESIDENT, SANITATION,
        ImmutableMap.of(EvaluationDimension.BOTTOM_UP, Satisfaction.SATISFIED)))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aDissatisfiedResidentMakesTheCaseAReopenCandidate() {
    EvaluationSheet satisfied = EvaluationSheet.empty(CASE)
        .with(Evaluation.residentSatisfaction(RESIDENT, SANITATION, Satisfaction.BASICALLY_SATISFIED))
        .with(Evaluation.bottomUp(COMMUNITY_CENTER, SANITATION, Satisfaction.DISSATISFIED));
    EvaluationSheet dissatisfied = EvaluationSheet.empty(CASE)
        .with(Evaluation.residentSatisfaction(RESIDENT, SANITATION, Satisfaction.DISSATISFIED));

    assertThat(satisfied.reopenCandidate()).isEmpty();
    assertThat(dissatisfied.reopenCandidate()).contains(new ReopenCandidate(CASE, RESIDENT, SANITATION));
  }
}
