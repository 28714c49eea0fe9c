package org.gridgov.core.accountability.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.core.accountability.patrol.Tracks.BEIPIAO;
import static org.gridgov.core.accountability.patrol.Tracks.GRID;
import static org.gridgov.core.accountability.patrol.Tracks.SHANGHAI;
import static org.gridgov.core.accountability.patrol.Tracks.WORKER;
import static org.gridgov.core.accountability.patrol.Tracks.at;
import static org.gridgov.core.accountability.patrol.Tracks.patrol;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.gridgov.core.accountability.CaseRef;
import org.gridgov.core.duty.Activity;
import org.gridgov.core.duty.CadencePeriod;
import org.gridgov.core.duty.Duty;
import org.gridgov.core.duty.DutyBearer;
import org.gridgov.core.org.Role;
import org.gridgov.core.people.PersonId;
import org.junit.jupiter.api.Test;

/** How the evaluator orders, pairs and explains a worker's patrols. */
class PatrolEvaluatorTest {
  private static final LocalDate MAY_2 = LocalDate.of(2022, 5, 2);
  private final PatrolComplianceEvaluator evaluator = PatrolComplianceEvaluator.standard(SHANGHAI);

  private static Patrol of(String id, PersonId worker, Instant start, Instant end) {
    int minutes = (int) Duration.between(start, end).toMinutes();
    return Patrol.of(PatrolId.of(id), worker, GRID, start, end, Tracks.walk(BEIPIAO, 0, start, minutes, 20));
  }

  @Test
  void theStandardEvaluatorJudgesTheGridWorkerPatrolDuty() {
    assertThat(evaluator.duty().id()).isEqualTo("grid-worker-patrol");
    assertThat(evaluator.zone()).isEqualTo(SHANGHAI);
    assertThat(evaluator.analyser().rules()).isEqualTo(PlausibilityRules.standard());
  }

  @Test
  void theLaterPatrolIsTheReplayWhateverOrderThePatrolsAreGivenIn() {
    Patrol original = patrol("p1", at(2, 8, 0), 60, 20, 0);
    Patrol replay = Patrol.of(PatrolId.of("p2"), WORKER, GRID, at(2, 14, 0), at(2, 15, 0),
        original.track().stream().map(t -> new TrackPoint(t.at().plusSeconds(6 * 3600), t.position()))
            .collect(ImmutableList.toImmutableList()));

    DailyPatrolCompliance day = evaluator.evaluateDay(WORKER, MAY_2, List.of(replay, original), Map.of());

    assertThat(day.checks()).extracting(c -> c.patrol().id().value()).containsExactly("p1", "p2");
    assertThat(day.checks().get(0).counts()).isTrue();
    assertThat(day.checks().get(1).assessment().flags()).singleElement().hasToString(
        "REPLAYED_TRACK: the track repeats patrol p1 of worker-1 started " + original.start());
  }

  @Test
  void ofTwoIdenticalTracksStartedTogetherTheLaterIdentifierIsTheReplay() {
    Instant start = at(2, 8, 0);
    Patrol b = of("p-b", PersonId.of("worker-b"), start, start.plus(Duration.ofHours(1)));
    Patrol a = of("p-a", PersonId.of("worker-a"), start, start.plus(Duration.ofHours(1)));

    ImmutableList<DailyPatrolCompliance> all = evaluator.evaluateAll(List.of(b, a), Map.of(), Map.of());

    assertThat(all).extracting(d -> d.worker().value()).containsExactly("worker-a", "worker-b");
    assertThat(all.get(0).checks().get(0).assessment().plausible()).isTrue();
    assertThat(all.get(1).checks().get(0).assessment().flags()).extracting(TrackFlag::kind)
        .containsExactly(FlagKind.REPLAYED_TRACK);
  }

  @Test
  void aPatrolInsideALongerOneDoesNotShortenIt() {
    Patrol longOne = of("p1", WORKER, at(2, 8, 0), at(2, 10, 0));
    Patrol inside = of("p2", WORKER, at(2, 8, 30), at(2, 9, 0));
    Patrol after = of("p3", WORKER, at(2, 9, 30), at(2, 10, 30));

    DailyPatrolCompliance day = evaluator.evaluateDay(WORKER, MAY_2, List.of(longOne, inside, after), Map.of());

    assertThat(day.checks()).extracting(c -> c.shortfalls().contains(Shortfall.OVERLAPS_EARLIER_PATROL))
        .containsExactly(false, true, true);
  }

  @Test
  void aPatrolStartingExactlyWhenTheLastEndedDoesNotOverlap() {
    DailyPatrolCompliance day = evaluator.evaluateDay(WORKER, MAY_2,
        List.of(patrol("p1", at(2, 8, 0), 60, 20, 0), patrol("p2", at(2, 9, 0), 60, 20, 90)), Map.of());

    assertThat(day.checks()).allMatch(PatrolCheck::counts);
    assertThat(day.met()).isTrue();
  }

  @Test
  void aDutyWithoutADistanceMinimumCountsAStandingPatrolOfExactlyTheMinimumDuration() {
    Duty guard = new Duty("grid-worker-post", DutyBearer.role(Role.GRID_WORKER), Activity.PATROL, 1, CadencePeriod.DAY,
        Optional.of(Duration.ofHours(1)), OptionalInt.empty(), "测试");
    PatrolComplianceEvaluator standing = PatrolComplianceEvaluator.of(guard, PlausibilityRules.standard(), SHANGHAI);
    Patrol p = Patrol.of(PatrolId.of("p1"), WORKER, GRID, at(2, 8, 0), at(2, 9, 0),
        Tracks.walk(BEIPIAO, 0, at(2, 8, 0), 60, 0));

    PatrolCheck check = standing.evaluateDay(WORKER, MAY_2, List.of(p), Map.of()).checks().get(0);

    assertThat(check.assessment().distanceMetres()).isZero();
    assertThat(check.shortfalls()).isEmpty();
    assertThat(check.explanation()).isEqualTo("patrol p1: 60 min meets the minimum 60 min; 0.00 km meets the minimum"
        + " 0.00 km; track plausible; outside-grid check not checked (no grid area given) → counts");
  }

  @Test
  void theExplanationNamesEveryShortfall() {
    Patrol first = patrol("p1", at(2, 8, 0), 60, 15, 0);
    Patrol overlapping = patrol("p2", at(2, 8, 30), 60, 20, 90);

    DailyPatrolCompliance day = evaluator.evaluateDay(WORKER, MAY_2, List.of(first, overlapping),
        Map.of(GRID, new GridArea.Circle(BEIPIAO, 100)));

    assertThat(day.checks().get(0).explanation()).startsWith("patrol p1: 60 min meets the minimum 60 min; 0.90 km is"
        + " below the minimum 1.00 km; track implausible (OUTSIDE_GRID: a stretch of ").contains(
        "; outside-grid check failed").endsWith("→ does not count");
    assertThat(day.checks().get(1).explanation())
        .endsWith("outside-grid check failed; overlaps an earlier patrol of the same worker → does not count");
    assertThat(day.explanation()).last().isEqualTo("worker-1 on 2022-05-02: 0 counting patrols of 2 required → not met");
  }

  @Test
  void oneCountingPatrolIsSingular() {
    DailyPatrolCompliance day = evaluator.evaluateDay(WORKER, MAY_2, List.of(patrol("p1", at(2, 8, 0), 60, 20, 0)),
        Map.of(GRID, new GridArea.Circle(BEIPIAO, 2000)));

    assertThat(day.explanation()).containsExactly(
        "patrol p1: 60 min meets the minimum 60 min; 1.20 km meets the minimum 1.00 km; track plausible;"
            + " outside-grid check passed → counts",
        "worker-1 on 2022-05-02: 1 counting patrol of 2 required → not met");
  }

  @Test
  void evaluateAllReportsAnUnrosteredDayThatHasPatrols() {
    ImmutableList<DailyPatrolCompliance> all = evaluator.evaluateAll(List.of(patrol("p1", at(2, 8, 0), 60, 20, 0)),
        Map.of(), Map.of());

    assertThat(all).singleElement().satisfies(d -> {
      assertThat(d.date()).isEqualTo(MAY_2);
      assertThat(d.checks()).hasSize(1);
    });
  }

  @Test
  void aFindingCanBeLinkedToTheCaseItWasReportedAs() {
    Finding f = new Finding("堵塞的消防通道", Optional.of(BEIPIAO), Optional.empty());

    assertThat(f.reportedAs(CaseRef.of("case-17")).reportedAs()).contains(CaseRef.of("case-17"));
    assertThat(TrackPoint.of(at(2, 8, 0), 41.8, 120.77)).isEqualTo(new TrackPoint(at(2, 8, 0), GeoPoint.of(41.8, 120.77)));
  }
}
