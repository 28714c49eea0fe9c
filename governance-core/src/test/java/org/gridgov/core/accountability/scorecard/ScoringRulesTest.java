package org.gridgov.core.accountability.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.core.accountability.scorecard.Fixtures.GRID_1;
import static org.gridgov.core.accountability.scorecard.Fixtures.GRID_2;
import static org.gridgov.core.accountability.scorecard.Fixtures.SANITATION;
import static org.gridgov.core.accountability.scorecard.Fixtures.WORKER_1;
import static org.gridgov.core.accountability.scorecard.Fixtures.WORKER_2;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.accountability.DateSpan;
import org.gridgov.core.org.GridId;
import org.junit.jupiter.api.Test;

/** The scoring rules one by one: indicator values, shares, grades, scheme checks and the scoreboard's periods. */
class ScoringRulesTest {
  private static final LocalDate MAY_2 = LocalDate.of(2022, 5, 2);
  private static final Subject.GridWorker W1 = new Subject.GridWorker(WORKER_1);

  private static Tally tally(Measure m1, long c1, Measure m2, long c2) {
    return Tally.of(Map.of(m1, c1, m2, c2));
  }

  @Test
  void anIndicatorsValueIsItsRateOrOneLessItWhereLowerIsBetter() {
    IndicatorScore closure = new IndicatorScore(Indicator.CLOSURE_RATE, 20, 3, 4, 0.5);
    IndicatorScore rework = new IndicatorScore(Indicator.REWORK_RATE, 20, 1, 4, 0.5);

    assertThat(closure.value()).hasValue(0.75);
    assertThat(closure.points()).isEqualTo(37.5);
    assertThat(rework.value()).hasValue(0.75);
    assertThat(rework.points()).isEqualTo(37.5);
    assertThat(new IndicatorScore(Indicator.CLOSURE_RATE, 20, 5, 4, 1).value()).as("a rate is capped at 1")
        .hasValue(1.0);
    assertThat(new IndicatorScore(Indicator.CLOSURE_RATE, 20, 0, 0, 0).value()).isEmpty();
    assertThat(new IndicatorScore(Indicator.CLOSURE_RATE, 20, 0, 0, 0).points()).isZero();
    assertThatThrownBy(() -> new IndicatorScore(Indicator.CLOSURE_RATE, 20, -1, 4, 0.5))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new IndicatorScore(Indicator.CLOSURE_RATE, 20, 1, -1, 0.5))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aLowerIsBetterLineExplainsItsFormulaAsOneLessTheRate() {
    IndicatorScore rework = new IndicatorScore(Indicator.REWORK_RATE, 20, 1, 4, 0.5);

    assertThat(rework.explanation()).isEqualTo("返工率 rework rate = 1 − HANDLINGS_REWORKED / HANDLINGS = 1 − 1 / 4"
        + " = 75.0 %, weight 20 (50.0 % of applicable) → 37.50 points");
    assertThat(Indicator.CLOSURE_RATE.formula()).isEqualTo("CASES_CLOSED / CASES");
  }

  @Test
  void onlyIndicatorsWithDataShareTheWeight() {
    // grid worker: valid reports 1/2 (15), attendance 1/1 (20); the other four indicators have no data
    Tally t = Tally.of(Map.of(Measure.REPORTS, 2L, Measure.VALID_REPORTS, 1L, Measure.ROSTER_DAYS, 1L,
        Measure.ATTENDED_DAYS, 1L));

    Scorecard card = Scorecard.compute(W1, DateSpan.day(MAY_2), t, ScoringScheme.standard());

    assertThat(card.lines()).extracting(IndicatorScore::share).containsExactly(15 / 35.0, 0.0, 0.0, 0.0, 0.0,
        20 / 35.0);
    assertThat(card.score()).hasValue(78.57);
    assertThat(card.grade()).contains(Grade.B);
    assertThat(card.explanation().get(0)).isEqualTo("grid-worker:w1 " + DateSpan.day(MAY_2)
        + ": 78.57 points, grade B");
  }

  @Test
  void aPerfectRecordScoresAHundred() {
    Tally t = tally(Measure.ROSTER_DAYS, 3, Measure.ATTENDED_DAYS, 3);

    Scorecard card = Scorecard.compute(W1, DateSpan.day(MAY_2), t, ScoringScheme.standard());

    assertThat(card.score()).hasValue(100.0);
    assertThat(card.grade()).contains(Grade.A);
  }

  @Test
  void gradesStartAtTheirThresholdsAndScoresOutsideZeroToHundredAreRefused() {
    for (Grade g : Grade.values()) {
      assertThat(Grade.of(g.threshold())).isEqualTo(g);
    }
    assertThat(List.of(Grade.A, Grade.B, Grade.C, Grade.D, Grade.E)).extracting(Grade::threshold)
        .containsExactly(90.0, 75.0, 60.0, 40.0, 0.0);
    assertThat(Grade.of(74.99)).isEqualTo(Grade.C);
    assertThat(Grade.of(59.99)).isEqualTo(Grade.D);
    for (double bad : new double[] {-0.01, 100.01, Double.NaN}) {
      assertThatThrownBy(() -> Grade.of(bad)).isInstanceOf(InvalidInputException.class)
          .hasMessageStartingWith("score:");
    }
  }

  @Test
  void aSchemeNeedsIndicatorsForEveryKindWithoutRepeats() {
    Map<SubjectKind, List<WeightedIndicator>> weights = new EnumMap<>(SubjectKind.class);
    for (SubjectKind k : SubjectKind.values()) {
      weights.put(k, ScoringScheme.standard().indicatorsFor(k));
    }
    assertThat(ScoringScheme.of(weights).indicatorsFor(SubjectKind.AREA))
        .isEqualTo(ScoringScheme.standard().indicatorsFor(SubjectKind.AREA));

    Map<SubjectKind, List<WeightedIndicator>> missing = new EnumMap<>(weights);
    missing.remove(SubjectKind.DEPARTMENT);
    Map<SubjectKind, List<WeightedIndicator>> empty = new EnumMap<>(weights);
    empty.put(SubjectKind.DEPARTMENT, List.of());
    Map<SubjectKind, List<WeightedIndicator>> repeated = new EnumMap<>(weights);
    WeightedIndicator w = new WeightedIndicator(Indicator.CLOSURE_RATE, 10);
    repeated.put(SubjectKind.DEPARTMENT, List.of(w, new WeightedIndicator(Indicator.CLOSURE_RATE, 5)));
    Map<SubjectKind, List<WeightedIndicator>> withNull = new EnumMap<>(weights);
    withNull.put(SubjectKind.DEPARTMENT, java.util.Arrays.asList(w, null));

    assertThatThrownBy(() -> ScoringScheme.of(missing)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("every subject kind").hasMessageContaining("DEPARTMENT");
    assertThatThrownBy(() -> ScoringScheme.of(empty)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("every subject kind");
    assertThatThrownBy(() -> ScoringScheme.of(repeated)).isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("weights.DEPARTMENT: must not repeat");
    assertThatThrownBy(() -> ScoringScheme.of(withNull)).isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("weights.DEPARTMENT[1]");
    assertThatThrownBy(() -> ScoringScheme.standard().with(SubjectKind.AREA, List.of()))
        .isInstanceOf(InvalidInputException.class);
    assertThat(ScoringScheme.standard().with(SubjectKind.AREA, List.of(w)).indicatorsFor(SubjectKind.AREA))
        .containsExactly(w);
  }

  @Test
  void weightsArePositiveAndFinite() {
    assertThat(new WeightedIndicator(Indicator.CLOSURE_RATE, Double.MIN_VALUE).weight()).isPositive();
    for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> new WeightedIndicator(Indicator.CLOSURE_RATE, bad))
          .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("weight:");
    }
    assertThatThrownBy(() -> new WeightedIndicator(null, 1)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void anIndicatorsMeasuresDiffer() {
    assertThatThrownBy(() -> new Indicator("x", "x", Measure.CASES, Measure.CASES, true))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("denominator:");
    assertThatThrownBy(() -> new Indicator("x", "x", null, Measure.CASES, true))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("numerator:");
    assertThatThrownBy(() -> new Indicator("x", "x", Measure.CASES, null, true))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("denominator:");
    assertThat(new Indicator("x", "x", Measure.CASES_CLOSED, Measure.CASES, false).formula())
        .isEqualTo("1 − CASES_CLOSED / CASES");
  }

  @Test
  void stepsAndDispatchesAreJudgedByTheirDeadlinesAndReturns() {
    java.time.Instant due = Fixtures.noon(MAY_2);

    assertThat(new StepRecord(W1, due, Optional.empty()).done()).isFalse();
    assertThat(new StepRecord(W1, due, Optional.empty()).onTime()).isFalse();
    assertThat(StepRecord.done(W1, due, due).done()).isTrue();
    assertThat(StepRecord.done(W1, due, due).onTime()).isTrue();
    assertThat(StepRecord.done(W1, due, due.plusSeconds(1)).onTime()).isFalse();
    assertThat(new DispatchRecord(W1, due, 0).accurate()).isTrue();
    assertThat(new DispatchRecord(W1, due, 1).accurate()).isFalse();
    assertThatThrownBy(() -> new DispatchRecord(W1, due, -1)).isInstanceOf(InvalidInputException.class);
    assertThat(new HandlingRecord(W1, due, Optional.of(due), 0).onTime()).isTrue();
    assertThat(new HandlingRecord(W1, due, Optional.of(due.plusSeconds(1)), 0).onTime()).isFalse();
  }

  @Test
  void subjectsAreLabelledByKindAndId() {
    assertThat(W1.label()).isEqualTo("grid-worker:w1");
    assertThat(SANITATION.label()).isEqualTo("department:sanitation");
    assertThat(new Subject.Center(GRID_1.community()).label()).isEqualTo("community-center:" + GRID_1.community());
    assertThat(new Subject.Center(GRID_1.community().subdistrict()).label())
        .isEqualTo("subdistrict-center:" + GRID_1.community().subdistrict());
    assertThat(new Subject.Center(Fixtures.CITY).label()).isEqualTo("city-center:" + Fixtures.CITY);
    assertThat(new Subject.Area(Fixtures.CITY).label()).isEqualTo("area:" + Fixtures.CITY);
    assertThat(new Subject.Area(Fixtures.CITY).kind()).isEqualTo(SubjectKind.AREA);
    assertThat(new Rater.Unit(SANITATION)).hasToString("department:sanitation");
    assertThat(new Rater.Resident(WORKER_1)).hasToString("resident:w1");
    assertThatThrownBy(() -> new Subject.Center(GRID_1)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new Subject.Area(GRID_1)).isInstanceOf(InvalidInputException.class);
  }

  private static DayRecord rosterDay(LocalDate date, boolean checkedIn) {
    return new DayRecord(date, ImmutableList.of(), ImmutableMap.of(WORKER_1, GRID_1),
        ImmutableSet.of(), checkedIn ? ImmutableSet.of(WORKER_1) : ImmutableSet.of());
  }

  @Test
  void aPeriodCountsOnlyItsOwnDays() {
    LocalDate may1 = MAY_2.minusDays(1);
    LocalDate may3 = MAY_2.plusDays(1);
    Scoreboard board = Scoreboard.empty().withDay(rosterDay(may1, true)).withDay(rosterDay(MAY_2, false))
        .withDay(rosterDay(may3, true));

    assertThat(board.dates()).containsExactly(may1, MAY_2, may3);
    assertThat(board.span()).contains(DateSpan.of(may1, may3));
    assertThat(Scoreboard.empty().span()).isEmpty();
    assertThat(Scoreboard.empty().dates()).isEmpty();
    for (DateSpan span : List.of(DateSpan.of(may1, may3), DateSpan.of(may1.minusDays(9), may3.plusDays(9)),
        DateSpan.of(may1, MAY_2), DateSpan.of(MAY_2, may3), DateSpan.day(MAY_2), DateSpan.day(may1),
        DateSpan.day(may3), DateSpan.day(may3.plusDays(1)), DateSpan.of(may1.minusDays(5), may1))) {
      long days = span.dates().stream().filter(d -> !d.isBefore(may1) && !d.isAfter(may3)).count();
      long attended = span.dates().stream().filter(d -> d.equals(may1) || d.equals(may3)).count();
      Tally expected = days == 0 ? Tally.zero()
          : Tally.of(attended == 0 ? Map.of(Measure.ROSTER_DAYS, days, Measure.PATROL_DAYS, days)
              : Map.of(Measure.ROSTER_DAYS, days, Measure.PATROL_DAYS, days, Measure.ATTENDED_DAYS, attended));
      assertThat(board.tally(W1, span)).as(span.toString()).isEqualTo(expected);
      assertThat(board.tallies(span).getOrDefault(W1, Tally.zero())).as(span.toString()).isEqualTo(expected);
      assertThat(board.tallies(span)).as(span.toString()).hasSize(days == 0 ? 0 : 4);
      assertThat(board.tally(new Subject.GridWorker(WORKER_2), span)).isEqualTo(Tally.zero());
    }
  }

  @Test
  void aSubjectWhoseCountsCancelOutIsLeftOut() {
    GridId grid = GRID_2;
    DayRecord withWorker2 = new DayRecord(MAY_2, ImmutableList.of(), ImmutableMap.of(WORKER_2, grid),
        ImmutableSet.of(), ImmutableSet.of());
    DayRecord withoutWorker2 = new DayRecord(MAY_2, ImmutableList.of(), ImmutableMap.of(), ImmutableSet.of(),
        ImmutableSet.of());

    Scoreboard board = Scoreboard.empty().withDay(rosterDay(MAY_2.minusDays(1), true)).withDay(withWorker2)
        .withDay(withoutWorker2);

    assertThat(board.tallies(DateSpan.of(MAY_2.minusDays(1), MAY_2))).doesNotContainKey(new Subject.GridWorker(WORKER_2))
        .containsKey(W1);
    assertThat(board.scorecards(DateSpan.of(MAY_2.minusDays(1), MAY_2), ScoringScheme.standard()))
        .extracting(Scorecard::subject).doesNotContain(new Subject.GridWorker(WORKER_2));
    DateSpan all = DateSpan.of(MAY_2.minusDays(1), MAY_2);
    assertThat(board.tallies(all)).isEqualTo(Scoreboard.of(List.of(rosterDay(MAY_2.minusDays(1), true),
        withoutWorker2)).tallies(all));
  }

  private static org.gridgov.core.accountability.patrol.DailyPatrolCompliance patrolDay(
      org.gridgov.core.people.PersonId worker, LocalDate date, boolean met) {
    org.gridgov.core.accountability.patrol.PatrolId id =
        org.gridgov.core.accountability.patrol.PatrolId.of("p-" + worker.value() + "-" + date);
    java.time.Instant start = Fixtures.noon(date);
    org.gridgov.core.accountability.patrol.PatrolCheck check = new org.gridgov.core.accountability.patrol.PatrolCheck(
        org.gridgov.core.accountability.patrol.Patrol.of(id, worker, GRID_1, start, start.plusSeconds(3600),
            ImmutableList.of()),
        java.time.Duration.ofHours(1), new org.gridgov.core.accountability.patrol.TrackAssessment(id, 1200,
            ImmutableList.of(), org.gridgov.core.accountability.patrol.CheckStatus.PASSED),
        java.time.Duration.ofHours(1), 1000, ImmutableSet.of());
    return new org.gridgov.core.accountability.patrol.DailyPatrolCompliance(worker, date, 1,
        met ? ImmutableList.of(check) : ImmutableList.of());
  }

  @Test
  void aDayRecordTakesOnlyThatDaysMetPatrolsAndCheckInsOfRosteredWorkers() {
    org.gridgov.core.people.PersonId stranger = org.gridgov.core.people.PersonId.of("stranger");
    LocalDate may3 = MAY_2.plusDays(1);
    java.time.ZoneId zone = Fixtures.SHANGHAI;

    DayRecord day = DayRecord.of(MAY_2, List.of(), Map.of(WORKER_1, GRID_1, WORKER_2, GRID_2),
        List.of(patrolDay(WORKER_1, MAY_2, true), patrolDay(WORKER_2, MAY_2, false), patrolDay(WORKER_2, may3, true),
            patrolDay(stranger, MAY_2, true)),
        List.of(org.gridgov.core.accountability.patrol.CheckIn.of(WORKER_2, MAY_2.atStartOfDay(zone).toInstant()),
            org.gridgov.core.accountability.patrol.CheckIn.of(WORKER_1, may3.atStartOfDay(zone).toInstant()),
            org.gridgov.core.accountability.patrol.CheckIn.of(stranger, Fixtures.noon(MAY_2))),
        zone);

    assertThat(day.patrolMet()).containsExactly(WORKER_1);
    assertThat(day.checkedIn()).containsExactly(WORKER_2);
    assertThat(day.roster()).containsOnlyKeys(WORKER_1, WORKER_2);
    assertThatThrownBy(() -> new DayRecord(MAY_2, ImmutableList.of(), ImmutableMap.of(), ImmutableSet.of(WORKER_1),
        ImmutableSet.of())).isInstanceOf(InvalidInputException.class).hasMessageStartingWith("patrolMet:");
    assertThatThrownBy(() -> new DayRecord(MAY_2, ImmutableList.of(), ImmutableMap.of(), ImmutableSet.of(),
        ImmutableSet.of(WORKER_1))).isInstanceOf(InvalidInputException.class).hasMessageStartingWith("checkedIn:");
  }
}
