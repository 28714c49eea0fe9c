package org.gridgov.core.accountability.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.core.accountability.scorecard.Fixtures.CITY;
import static org.gridgov.core.accountability.scorecard.Fixtures.COMMUNITY;
import static org.gridgov.core.accountability.scorecard.Fixtures.COMMUNITY_CENTER;
import static org.gridgov.core.accountability.scorecard.Fixtures.GRID_1;
import static org.gridgov.core.accountability.scorecard.Fixtures.GRID_2;
import static org.gridgov.core.accountability.scorecard.Fixtures.SANITATION;
import static org.gridgov.core.accountability.scorecard.Fixtures.WORKER_1;
import static org.gridgov.core.accountability.scorecard.Fixtures.WORKER_2;
import static org.gridgov.core.accountability.scorecard.Fixtures.noon;
import static org.gridgov.core.accountability.scorecard.Measure.ACCURATE_DISPATCHES;
import static org.gridgov.core.accountability.scorecard.Measure.ATTENDED_DAYS;
import static org.gridgov.core.accountability.scorecard.Measure.BOTTOM_UP_RATINGS;
import static org.gridgov.core.accountability.scorecard.Measure.CASES;
import static org.gridgov.core.accountability.scorecard.Measure.CASES_CLOSED;
import static org.gridgov.core.accountability.scorecard.Measure.CASES_CLOSED_ON_TIME;
import static org.gridgov.core.accountability.scorecard.Measure.DISPATCHES;
import static org.gridgov.core.accountability.scorecard.Measure.GOOD_BOTTOM_UP_RATINGS;
import static org.gridgov.core.accountability.scorecard.Measure.GOOD_WORK_RATINGS;
import static org.gridgov.core.accountability.scorecard.Measure.HANDLINGS;
import static org.gridgov.core.accountability.scorecard.Measure.HANDLINGS_ON_TIME;
import static org.gridgov.core.accountability.scorecard.Measure.HANDLINGS_REWORKED;
import static org.gridgov.core.accountability.scorecard.Measure.PATROL_DAYS;
import static org.gridgov.core.accountability.scorecard.Measure.PATROL_DAYS_MET;
import static org.gridgov.core.accountability.scorecard.Measure.REPORTS;
import static org.gridgov.core.accountability.scorecard.Measure.ROSTER_DAYS;
import static org.gridgov.core.accountability.scorecard.Measure.SATISFACTION_RATINGS;
import static org.gridgov.core.accountability.scorecard.Measure.SATISFIED_RATINGS;
import static org.gridgov.core.accountability.scorecard.Measure.VALID_REPORTS;
import static org.gridgov.core.accountability.scorecard.Measure.VERIFICATIONS;
import static org.gridgov.core.accountability.scorecard.Measure.VERIFICATIONS_ON_TIME;
import static org.gridgov.core.accountability.scorecard.Measure.WORK_RATINGS;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.accountability.CaseRef;
import org.gridgov.core.accountability.DateSpan;
import org.gridgov.core.category.CategoryCode;
import org.gridgov.core.evaluation.EvaluationDimension;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.org.CommunityId;
import org.gridgov.core.org.DepartmentId;
import org.gridgov.core.people.PersonId;
import org.junit.jupiter.api.Test;

/**
 * Who each fact of a day is counted for: one day of five cases and three rostered workers, with every
 * subject's counts written out by hand.
 */
class AttributionTest {
  private static final LocalDate MAY_2 = LocalDate.of(2022, 5, 2);
  private static final Instant REPORTED = noon(MAY_2);
  private static final Instant DUE = REPORTED.plus(Duration.ofHours(48));
  private static final Instant EARLY = REPORTED.plus(Duration.ofHours(1));
  private static final Instant LATE = DUE.plus(Duration.ofHours(1));
  private static final CategoryCode CATEGORY = CategoryCode.of("0102");
  private static final PersonId WORKER_3 = PersonId.of("w3");
  private static final CommunityId COMMUNITY_3 = GRID_2.community();
  private static final Subject.Center CENTER_3 = new Subject.Center(COMMUNITY_3);
  private static final Subject.Department WATER = new Subject.Department(DepartmentId.of("water"));
  private static final Subject W1 = new Subject.GridWorker(WORKER_1);
  private static final Subject W2 = new Subject.GridWorker(WORKER_2);
  private static final Subject W3 = new Subject.GridWorker(WORKER_3);

  /** Valid, grid worker 1's report, everything done: every kind of count, each on its subject. */
  private static CaseOutcome caseA() {
    return CaseOutcome.builder(CaseRef.of("a"), CATEGORY, GRID_1, REPORTED)
        .reporter(ReporterKind.GRID_WORKER, WORKER_1)
        .verification(StepRecord.done(W1, DUE, EARLY))
        .dispatch(new DispatchRecord(COMMUNITY_CENTER, EARLY, 0))
        .handling(new HandlingRecord(SANITATION, DUE, Optional.of(EARLY), 0))
        .handling(new HandlingRecord(WATER, DUE, Optional.of(LATE), 1))
        .closure(StepRecord.done(COMMUNITY_CENTER, DUE, DUE))
        .evaluation(Evaluation.residentSatisfaction(new Rater.Resident(PersonId.of("r1")), SANITATION,
            Satisfaction.SATISFIED))
        .evaluation(Evaluation.bottomUp(COMMUNITY_CENTER, SANITATION, Satisfaction.BASICALLY_SATISFIED))
        .evaluation(new Evaluation(new Rater.Unit(SANITATION), WATER, ImmutableMap.of(
            EvaluationDimension.EFFICIENCY, Satisfaction.SATISFIED, EvaluationDimension.RESULT, Satisfaction.DISSATISFIED)))
        .build();
  }

  /** Grid worker 2's invalid report: only the report and its verification count. */
  private static CaseOutcome caseB() {
    return CaseOutcome.builder(CaseRef.of("b"), CATEGORY, GRID_2, REPORTED)
        .reporter(ReporterKind.GRID_WORKER, WORKER_2).valid(false)
        .verification(StepRecord.done(W2, DUE, LATE))
        .dispatch(new DispatchRecord(CENTER_3, EARLY, 0))
        .handling(new HandlingRecord(SANITATION, DUE, Optional.of(EARLY), 0))
        .closure(StepRecord.done(CENTER_3, DUE, EARLY))
        .evaluation(Evaluation.residentSatisfaction(new Rater.Resident(PersonId.of("r1")), SANITATION,
            Satisfaction.SATISFIED))
        .build();
  }

  /** A resident's valid report, voided: the report and verification count, nothing after. */
  private static CaseOutcome caseC() {
    return CaseOutcome.builder(CaseRef.of("c"), CATEGORY, GRID_1, REPORTED)
        .reporter(ReporterKind.RESIDENT, PersonId.of("r3")).voided(true)
        .verification(new StepRecord(W3, DUE, Optional.empty()))
        .dispatch(new DispatchRecord(COMMUNITY_CENTER, EARLY, 0))
        .handling(new HandlingRecord(SANITATION, DUE, Optional.of(EARLY), 0))
        .closure(StepRecord.done(COMMUNITY_CENTER, DUE, EARLY))
        .build();
  }

  /** A grid worker's report without a known person, dispatched wrongly twice, never finished or closed. */
  private static CaseOutcome caseD() {
    CaseRef ref = CaseRef.of("d");
    return new CaseOutcome(ref, CATEGORY, GRID_1, ReporterKind.GRID_WORKER, Optional.empty(), REPORTED, true, false,
        Optional.empty(), Optional.of(new DispatchRecord(COMMUNITY_CENTER, EARLY, 2)),
        ImmutableList.of(new HandlingRecord(W1, DUE, Optional.empty(), 0)),
        Optional.of(new StepRecord(COMMUNITY_CENTER, DUE, Optional.empty())), EvaluationSheet.empty(ref));
  }

  /** Handled on time by a center but reworked, closed late, rated badly by a resident and from below. */
  private static CaseOutcome caseE() {
    return CaseOutcome.builder(CaseRef.of("e"), CATEGORY, GRID_2, REPORTED)
        .handling(new HandlingRecord(CENTER_3, DUE, Optional.of(DUE), 2))
        .closure(StepRecord.done(CENTER_3, DUE, LATE))
        .evaluation(Evaluation.residentSatisfaction(new Rater.Resident(PersonId.of("r2")), CENTER_3,
            Satisfaction.DISSATISFIED))
        .evaluation(Evaluation.bottomUp(W2, CENTER_3, Satisfaction.DISSATISFIED))
        .evaluation(new Evaluation(new Rater.Unit(SANITATION), CENTER_3,
            ImmutableMap.of(EvaluationDimension.EFFICIENCY, Satisfaction.BASICALLY_SATISFIED)))
        .build();
  }

  private static DayRecord day() {
    return new DayRecord(MAY_2, ImmutableList.of(caseA(), caseB(), caseC(), caseD(), caseE()),
        ImmutableMap.of(WORKER_1, GRID_1, WORKER_2, GRID_2, WORKER_3, GRID_1),
        ImmutableSet.of(WORKER_1, WORKER_3), ImmutableSet.of(WORKER_1, WORKER_2));
  }

  private static Tally tally(Object... measuresAndCounts) {
    Map<Measure, Long> m = new EnumMap<>(Measure.class);
    for (int i = 0; i < measuresAndCounts.length; i += 2) {
      m.put((Measure) measuresAndCounts[i], ((Integer) measuresAndCounts[i + 1]).longValue());
    }
    return Tally.of(m);
  }

  private static Map<Subject, Tally> expected() {
    Map<Subject, Tally> out = new HashMap<>();
    out.put(W1, tally(REPORTS, 1, VALID_REPORTS, 1, VERIFICATIONS, 1, VERIFICATIONS_ON_TIME, 1, HANDLINGS, 1,
        PATROL_DAYS, 1, PATROL_DAYS_MET, 1, ROSTER_DAYS, 1, ATTENDED_DAYS, 1));
    out.put(W2, tally(REPORTS, 1, VERIFICATIONS, 1, PATROL_DAYS, 1, ROSTER_DAYS, 1, ATTENDED_DAYS, 1));
    out.put(W3, tally(VERIFICATIONS, 1, PATROL_DAYS, 1, PATROL_DAYS_MET, 1, ROSTER_DAYS, 1));
    out.put(COMMUNITY_CENTER, tally(DISPATCHES, 2, ACCURATE_DISPATCHES, 1, CASES, 2, CASES_CLOSED, 1,
        CASES_CLOSED_ON_TIME, 1));
    out.put(CENTER_3, tally(HANDLINGS, 1, HANDLINGS_ON_TIME, 1, HANDLINGS_REWORKED, 1, CASES, 1, CASES_CLOSED, 1,
        SATISFACTION_RATINGS, 1, BOTTOM_UP_RATINGS, 1, WORK_RATINGS, 1, GOOD_WORK_RATINGS, 1));
    out.put(SANITATION, tally(HANDLINGS, 1, HANDLINGS_ON_TIME, 1, SATISFACTION_RATINGS, 1, SATISFIED_RATINGS, 1,
        BOTTOM_UP_RATINGS, 1, GOOD_BOTTOM_UP_RATINGS, 1));
    out.put(WATER, tally(HANDLINGS, 1, HANDLINGS_REWORKED, 1, WORK_RATINGS, 2, GOOD_WORK_RATINGS, 1));
    Tally area1 = tally(REPORTS, 3, VALID_REPORTS, 3, CASES, 2, CASES_CLOSED, 1, CASES_CLOSED_ON_TIME, 1,
        SATISFACTION_RATINGS, 1, SATISFIED_RATINGS, 1, PATROL_DAYS, 2, PATROL_DAYS_MET, 2, ROSTER_DAYS, 2,
        ATTENDED_DAYS, 1);
    out.put(new Subject.Area(COMMUNITY), area1);
    out.put(new Subject.Area(COMMUNITY.subdistrict()), area1);
    Tally area3 = tally(REPORTS, 2, VALID_REPORTS, 1, CASES, 1, CASES_CLOSED, 1, SATISFACTION_RATINGS, 1,
        PATROL_DAYS, 1, ROSTER_DAYS, 1, ATTENDED_DAYS, 1);
    out.put(new Subject.Area(COMMUNITY_3), area3);
    out.put(new Subject.Area(COMMUNITY_3.subdistrict()), area3);
    out.put(new Subject.Area(CITY), area1.plus(area3));
    return out;
  }

  @Test
  void eachFactIsCountedForTheSubjectThatAnswersForIt() {
    Map<Subject, Tally> actual = Attribution.of(day());

    Map<Subject, Tally> expected = expected();
    for (Subject s : expected.keySet()) {
      assertThat(actual.get(s)).as(s.label()).isEqualTo(expected.get(s));
    }
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void theScoreboardGivesEachSubjectItsCounts() {
    Scoreboard board = Scoreboard.empty().withDay(day());

    Map<Subject, Tally> expected = expected();
    expected.forEach((s, t) -> assertThat(board.tally(s, DateSpan.day(MAY_2))).as(s.label()).isEqualTo(t));
    assertThat(board.tallies(DateSpan.day(MAY_2))).isEqualTo(expected);
  }

  @Test
  void aDayWithoutCasesOrRosterCountsNothing() {
    DayRecord empty = new DayRecord(MAY_2, ImmutableList.of(), ImmutableMap.of(), ImmutableSet.of(), ImmutableSet.of());

    assertThat(Attribution.of(empty)).isEmpty();
  }
}
