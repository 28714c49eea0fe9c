package org.gridgov.core.accountability.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.core.accountability.scorecard.Fixtures.COMMUNITY_CENTER;
import static org.gridgov.core.accountability.scorecard.Fixtures.GRID_1;
import static org.gridgov.core.accountability.scorecard.Fixtures.SANITATION;
import static org.gridgov.core.accountability.scorecard.Fixtures.WORKER_1;
import static org.gridgov.core.accountability.scorecard.Fixtures.noon;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.gridgov.core.accountability.CaseRef;
import org.gridgov.core.accountability.DateSpan;
import org.gridgov.core.category.CategoryCode;
import org.gridgov.core.evaluation.Satisfaction;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** Scorecards from case outcomes, patrols and check-ins; incremental equals recomputed. */
class ScoreboardTest {
  private static final LocalDate MAY_2 = LocalDate.of(2022, 5, 2);
  private final ScoringScheme scheme = ScoringScheme.standard();

  @Test
  void aGridWorkersScoreIsExplainedIndicatorByIndicator() {
    CaseOutcome c = CaseOutcome.builder(CaseRef.of("c1"), CategoryCode.of("0102"), GRID_1, noon(MAY_2))
        .reporter(ReporterKind.GRID_WORKER, WORKER_1)
        .verification(StepRecord.done(new Subject.GridWorker(WORKER_1), noon(MAY_2).plus(Duration.ofHours(2)),
            noon(MAY_2).plus(Duration.ofHours(3))))
        .build();
    DayRecord day = new DayRecord(MAY_2, ImmutableList.of(c), ImmutableMap.of(WORKER_1, GRID_1),
        ImmutableSet.of(WORKER_1), ImmutableSet.of());

    Scorecard card = Scoreboard.empty().withDay(day).scorecard(new Subject.GridWorker(WORKER_1),
        DateSpan.day(MAY_2), scheme);

    // valid reports 1/1 (15), on-time verification 0/1 (15), patrol 1/1 (25), attendance 0/1 (20): 40/75
    assertThat(card.score()).hasValue(53.33);
    assertThat(card.grade()).contains(Grade.D);
    assertThat(card.explanation()).contains(
        "  按时核实率 on-time verification rate = VERIFICATIONS_ON_TIME / VERIFICATIONS = 0 / 1 = 0.0 %,"
            + " weight 15 (20.0 % of applicable) → 0.00 points",
        "  群众满意率 satisfaction rate = SATISFIED_RATINGS / SATISFACTION_RATINGS: no data"
            + " (SATISFACTION_RATINGS = 0), weight 15 not applied");
  }

  @Test
  void aSubjectWithoutDataIsNotGraded() {
    Scorecard card = Scoreboard.empty().scorecard(SANITATION, DateSpan.day(MAY_2), scheme);

    assertThat(card.score()).isEmpty();
    assertThat(card.explanation().get(0)).endsWith("no data, not graded");
  }

  @Test
  void gradesFollowTheThresholds() {
    assertThat(List.of(Grade.of(100), Grade.of(90), Grade.of(89.99), Grade.of(75), Grade.of(60), Grade.of(40),
        Grade.of(39.99), Grade.of(0))).containsExactly(Grade.A, Grade.A, Grade.B, Grade.B, Grade.C, Grade.D, Grade.E,
        Grade.E);
  }

  @Test
  void incrementalEqualsRecomputed() {
    qt().withFixedSeed(5).withExamples(150).forAll(
        SourceDSL.lists().of(SourceDSL.integers().between(0, 59)).ofSizeBetween(0, 40),
        SourceDSL.longs().all())
        .checkAssert((dayOffsets, seed) -> {
          List<DayRecord> records = new ArrayList<>();
          Scoreboard incremental = Scoreboard.empty();
          for (int i = 0; i < dayOffsets.size(); i++) {
            DayRecord r = Fixtures.day(LocalDate.of(2022, 5, 1).plusDays(dayOffsets.get(i)), seed + i);
            records.add(r);
            incremental = incremental.withDay(r);
          }
          Scoreboard recomputed = Scoreboard.of(records);
          for (DateSpan span : List.of(DateSpan.of(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)),
              DateSpan.month(java.time.YearMonth.of(2022, 6)), DateSpan.day(LocalDate.of(2022, 5, 9)))) {
            assertThat(incremental.tallies(span)).isEqualTo(recomputed.tallies(span));
            assertThat(incremental.scorecards(span, scheme)).isEqualTo(recomputed.scorecards(span, scheme));
          }
        });
  }

  @Test
  void aScoreNeverDecreasesWhenAnOverdueClosureBecomesOnTime() {
    qt().withFixedSeed(9).withExamples(300).forAll(SourceDSL.longs().all()).checkAssert(seed -> {
      DayRecord day = Fixtures.day(MAY_2, seed);
      SplittableRandom r = new SplittableRandom(seed);
      CaseOutcome base = Fixtures.randomCase(CaseRef.of("overdue"), MAY_2, r);
      StepRecord due = base.closure().orElseThrow();
      CaseOutcome overdue = base.toBuilder().valid(true).closure(StepRecord.done(due.by(), due.due(),
          due.due().plus(Duration.ofHours(5)))).build();
      CaseOutcome onTime = overdue.toBuilder().closure(StepRecord.done(due.by(), due.due(), due.due())).build();

      Scoreboard before = Scoreboard.empty().withDay(withCase(day, overdue));
      Scoreboard after = Scoreboard.empty().withDay(withCase(day, onTime));
      DateSpan span = DateSpan.day(MAY_2);
      for (Scorecard b : before.scorecards(span, scheme)) {
        Scorecard a = after.scorecard(b.subject(), span, scheme);
        assertThat(a.score().orElse(0)).isGreaterThanOrEqualTo(b.score().orElse(0));
      }
    });
  }

  @Test
  void replacingADayReplacesItsCounts() {
    DayRecord first = Fixtures.day(MAY_2, 1);
    DayRecord second = Fixtures.day(MAY_2, 2);

    assertThat(Scoreboard.empty().withDay(first).withDay(second).tallies(DateSpan.day(MAY_2)))
        .isEqualTo(Scoreboard.empty().withDay(second).tallies(DateSpan.day(MAY_2)));
  }

  @Test
  void dissatisfiedRatingsLowerTheDepartmentsSatisfactionRate() {
    CaseOutcome c = CaseOutcome.builder(CaseRef.of("c1"), CategoryCode.of("0102"), GRID_1, noon(MAY_2))
        .handling(new HandlingRecord(SANITATION, noon(MAY_2).plusSeconds(3600), Optional.of(noon(MAY_2)), 0))
        .closure(StepRecord.done(COMMUNITY_CENTER, noon(MAY_2).plusSeconds(7200), noon(MAY_2).plusSeconds(3600)))
        .evaluation(Evaluation.residentSatisfaction(new Rater.Resident(org.gridgov.core.people.PersonId.of("r1")),
            SANITATION, Satisfaction.DISSATISFIED))
        .build();
    Scoreboard board = Scoreboard.empty().withDay(new DayRecord(MAY_2, ImmutableList.of(c), ImmutableMap.of(),
        ImmutableSet.of(), ImmutableSet.of()));

    Tally t = board.tally(SANITATION, DateSpan.day(MAY_2));
    assertThat(t.get(Measure.SATISFACTION_RATINGS)).isEqualTo(1);
    assertThat(t.get(Measure.SATISFIED_RATINGS)).isZero();
    assertThat(board.tally(new Subject.Area(Fixtures.COMMUNITY), DateSpan.day(MAY_2)).get(Measure.CASES_CLOSED_ON_TIME))
        .isEqualTo(1);
  }

  private static DayRecord withCase(DayRecord day, CaseOutcome extra) {
    return new DayRecord(day.date(), ImmutableList.<CaseOutcome>builder().addAll(day.cases()).add(extra).build(),
        day.roster(), day.patrolMet(), day.checkedIn());
  }
}
