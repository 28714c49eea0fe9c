package org.gridgov.core.accountability.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.core.accountability.patrol.Tracks.BEIPIAO;
import static org.gridgov.core.accountability.patrol.Tracks.GRID;
import static org.gridgov.core.accountability.patrol.Tracks.SHANGHAI;
import static org.gridgov.core.accountability.patrol.Tracks.WORKER;
import static org.gridgov.core.accountability.patrol.Tracks.at;
import static org.gridgov.core.accountability.patrol.Tracks.patrol;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.duty.Duty;
import org.junit.jupiter.api.Test;

/** The article's patrol rule: at least 2 patrols a day, each at least 1 hour, track at least 1 km. */
class PatrolComplianceTest {
  private static final LocalDate MAY_2 = LocalDate.of(2022, 5, 2);
  private final PatrolComplianceEvaluator evaluator = PatrolComplianceEvaluator.standard(SHANGHAI);

  @Test
  void twoOneHourPatrolsOfOneKilometrePass() {
    List<Patrol> patrols = List.of(
        patrol("p1", at(2, 8, 0), 60, 20, 0),
        patrol("p2", at(2, 14, 0), 60, 20, 90));

    DailyPatrolCompliance day = evaluator.evaluateDay(WORKER, MAY_2, patrols, Map.of());

    assertThat(day.met()).isTrue();
    assertThat(day.countingPatrols()).isEqualTo(2);
    assertThat(day.checks()).allSatisfy(c -> assertThat(c.assessment().distanceMetres()).isBetween(1195.0, 1205.0));
    assertThat(day.explanation()).last().asString().contains("2 counting patrols of 2 required → met");
  }

  @Test
  void oneFiftyMinutePatrolFailsWithTheReason() {
    DailyPatrolCompliance day = evaluator.evaluateDay(WORKER, MAY_2,
        List.of(patrol("p1", at(2, 8, 0), 50, 30, 0)), Map.of());

    assertThat(day.met()).isFalse();
    assertThat(day.checks()).singleElement().satisfies(c -> {
      assertThat(c.shortfalls()).containsExactly(Shortfall.TOO_SHORT);
      assertThat(c.explanation()).contains("50 min is below the minimum 60 min").contains("1.50 km meets the minimum 1.00 km");
    });
    assertThat(day.explanation()).last().asString().contains("0 counting patrols of 2 required → not met");
  }

  @Test
  void aPatrolWithTooShortATrackDoesNotCount() {
    DailyPatrolCompliance day = evaluator.evaluateDay(WORKER, MAY_2,
        List.of(patrol("p1", at(2, 8, 0), 60, 15, 0)), Map.of());

    assertThat(day.checks().get(0).shortfalls()).containsExactly(Shortfall.TOO_LITTLE_DISTANCE);
  }

  @Test
  void theDayIsDecidedInTheGivenTimeZone() {
    Patrol lateEvening = patrol("p1", at(2, 23, 30), 60, 20, 0);

    assertThat(evaluator.evaluateDay(WORKER, MAY_2, List.of(lateEvening), Map.of()).checks()).hasSize(1);
    assertThat(PatrolComplianceEvaluator.standard(java.time.ZoneOffset.UTC)
        .evaluateDay(WORKER, MAY_2, List.of(lateEvening), Map.of()).checks()).hasSize(1);
    assertThat(evaluator.evaluateDay(WORKER, MAY_2.plusDays(1), List.of(lateEvening), Map.of()).checks()).isEmpty();
  }

  @Test
  void aReplayedTrackDoesNotCount() {
    Patrol original = patrol("p1", at(2, 8, 0), 60, 20, 0);
    Patrol replay = Patrol.of(PatrolId.of("p2"), WORKER, GRID, at(2, 14, 0), at(2, 15, 0),
        original.track().stream().map(t -> new TrackPoint(t.at().plusSeconds(6 * 3600), t.position()))
            .collect(ImmutableList.toImmutableList()));

    DailyPatrolCompliance day = evaluator.evaluateDay(WORKER, MAY_2, List.of(replay, original), Map.of());

    assertThat(day.countingPatrols()).isEqualTo(1);
    assertThat(day.checks().get(1).assessment().flags()).extracting(TrackFlag::kind)
        .containsExactly(FlagKind.REPLAYED_TRACK);
  }

  @Test
  void overlappingPatrolsCountOnce() {
    DailyPatrolCompliance day = evaluator.evaluateDay(WORKER, MAY_2,
        List.of(patrol("p1", at(2, 8, 0), 60, 20, 0), patrol("p2", at(2, 8, 30), 60, 20, 90)), Map.of());

    assertThat(day.countingPatrols()).isEqualTo(1);
    assertThat(day.checks().get(1).shortfalls()).containsExactly(Shortfall.OVERLAPS_EARLIER_PATROL);
  }

  @Test
  void evaluateAllReportsRosteredDaysWithoutPatrols() {
    ImmutableList<DailyPatrolCompliance> all = evaluator.evaluateAll(
        List.of(patrol("p1", at(2, 8, 0), 60, 20, 0), patrol("p2", at(2, 14, 0), 60, 20, 90)),
        ImmutableMap.of(MAY_2, List.of(WORKER), MAY_2.plusDays(1), List.of(WORKER)), Map.of());

    assertThat(all).extracting(DailyPatrolCompliance::date, DailyPatrolCompliance::met)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(MAY_2, true),
            org.assertj.core.groups.Tuple.tuple(MAY_2.plusDays(1), false));
  }

  @Test
  void onlyADailyPatrolDutyCanBeEvaluated() {
    Duty weekly = Duty.standard().stream().filter(d -> d.id().equals("subdistrict-cadre-patrol")).findFirst()
        .orElseThrow();

    assertThatThrownBy(() -> PatrolComplianceEvaluator.of(weekly, PlausibilityRules.standard(), SHANGHAI))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("must be a daily patrol duty");
  }

  @Test
  void theGridAreaCheckRunsOnlyWhenAnAreaIsGiven() {
    Patrol p = patrol("p1", at(2, 8, 0), 60, 20, 0);

    assertThat(evaluator.evaluateDay(WORKER, MAY_2, List.of(p), Map.of()).checks().get(0).explanation())
        .contains("outside-grid check not checked");
    assertThat(evaluator.evaluateDay(WORKER, MAY_2, List.of(p),
        Map.of(GRID, new GridArea.Circle(BEIPIAO, 2000))).checks().get(0).assessment().outsideGridCheck())
        .isEqualTo(CheckStatus.PASSED);
  }
}
