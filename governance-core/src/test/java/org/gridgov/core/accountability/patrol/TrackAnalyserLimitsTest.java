package org.gridgov.core.accountability.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.core.accountability.patrol.Tracks.BEIPIAO;
import static org.gridgov.core.accountability.patrol.Tracks.GRID;
import static org.gridgov.core.accountability.patrol.Tracks.WORKER;
import static org.gridgov.core.accountability.patrol.Tracks.at;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * Each plausibility threshold is a limit that may be reached but not passed: a track exactly at a
 * limit is plausible, one just past it is flagged.
 */
class TrackAnalyserLimitsTest {
  private static final Instant T0 = at(2, 8, 0);
  private static final Duration DAY = Duration.ofDays(1);
  private static final GridArea AREA = new GridArea.Circle(BEIPIAO, 100);
  private static final GeoPoint OUTSIDE = BEIPIAO.offset(0, 400);

  private static PlausibilityRules rules(double speed, double jump, double noise, double margin, Duration outside,
      Duration gap) {
    return new PlausibilityRules(speed, jump, noise, margin, outside, gap, 3);
  }

  /** Rules that flag nothing but what a test sets. */
  private static PlausibilityRules loose() {
    return rules(1e6, 1e7, 10, 50, DAY, DAY);
  }

  private static TrackPoint point(long seconds, GeoPoint position) {
    return new TrackPoint(T0.plusSeconds(seconds), position);
  }

  /** A patrol from its first point's time to its last's. */
  private static Patrol covering(TrackPoint... points) {
    return Patrol.of(PatrolId.of("p"), WORKER, GRID, points[0].at(), points[points.length - 1].at(),
        ImmutableList.copyOf(points));
  }

  private static List<FlagKind> kinds(PlausibilityRules rules, Patrol patrol, Optional<GridArea> area) {
    return TrackAnalyser.of(rules).assess(patrol, area).flags().stream().map(TrackFlag::kind).toList();
  }

  private static List<String> messages(PlausibilityRules rules, Patrol patrol, Optional<GridArea> area) {
    return TrackAnalyser.of(rules).assess(patrol, area).flags().stream().map(TrackFlag::message).toList();
  }

  // noise

  @Test
  void aStepOfExactlyTheNoiseThresholdCountsAndAShorterOneDoesNot() {
    GeoPoint b = BEIPIAO.offset(12, 0);
    double d = BEIPIAO.distanceTo(b);
    ImmutableList<TrackPoint> track = ImmutableList.of(point(0, BEIPIAO), point(60, b));

    assertThat(TrackAnalyser.of(rules(1, 1, d, 1, DAY, DAY)).distanceMetres(track)).isEqualTo(d);
    assertThat(TrackAnalyser.of(rules(1, 1, Math.nextUp(d), 1, DAY, DAY)).distanceMetres(track)).isZero();
  }

  @Test
  void distanceIsMeasuredFromTheLastCountedPoint() {
    GeoPoint c = BEIPIAO.offset(12, 0);
    ImmutableList<TrackPoint> track = ImmutableList.of(point(0, BEIPIAO), point(60, BEIPIAO.offset(6, 0)),
        point(120, c), point(180, c.offset(6, 0)));

    assertThat(TrackAnalyser.of(loose()).distanceMetres(track)).isEqualTo(BEIPIAO.distanceTo(c));
    assertThat(TrackAnalyser.of(loose()).distanceMetres(ImmutableList.of())).isZero();
    assertThat(TrackAnalyser.of(loose()).distanceMetres(ImmutableList.of(point(0, BEIPIAO)))).isZero();
  }

  // jumps

  @Test
  void aStepOfExactlyTheMaximumJumpIsNoJumpAndALongerOneIs() {
    GeoPoint b = BEIPIAO.offset(300, 0);
    GeoPoint c = b.offset(400, 0);
    Patrol p = covering(point(0, BEIPIAO), point(60, b), point(120, c));
    double longest = b.distanceTo(c);

    assertThat(kinds(rules(1e6, longest, 10, 50, DAY, DAY), p, Optional.empty())).isEmpty();
    assertThat(kinds(rules(1e6, Math.nextDown(longest), 10, 50, DAY, DAY), p, Optional.empty()))
        .containsExactly(FlagKind.JUMP);
    assertThat(messages(rules(1e6, 350, 10, 50, DAY, DAY), p, Optional.empty()))
        .containsExactly("points 1→2: a step of 400 m exceeds 350 m");
  }

  // speed

  @Test
  void exactlyTheMaximumSpeedIsPlausibleAndFasterIsASpike() {
    GeoPoint b = BEIPIAO.offset(100, 0);
    Patrol p = covering(point(0, BEIPIAO), point(10, b));
    double speed = BEIPIAO.distanceTo(b) / (10_000 / 1000.0);

    assertThat(kinds(rules(speed, 1e7, 10, 50, DAY, DAY), p, Optional.empty())).isEmpty();
    assertThat(kinds(rules(Math.nextDown(speed), 1e7, 10, 50, DAY, DAY), p, Optional.empty()))
        .containsExactly(FlagKind.SPEED_SPIKE);
  }

  @Test
  void theSpikeNamesTheFastestStretch() {
    GeoPoint b = BEIPIAO.offset(20, 0);
    Patrol p = covering(point(0, BEIPIAO), point(60, b), point(70, b.offset(200, 0)), point(130, b.offset(220, 0)));

    assertThat(messages(rules(25 / 3.6, 1e7, 10, 50, DAY, DAY), p, Optional.empty()))
        .containsExactly("up to point 2: 72.0 km/h exceeds 25.0 km/h");
  }

  @Test
  void speedIsMeasuredFromTheLastCountedPointSoNoiseIsNeverASpike() {
    PlausibilityRules rules = rules(25 / 3.6, 1e7, 10, 50, DAY, DAY);

    assertThat(kinds(rules, covering(point(0, BEIPIAO), point(1, BEIPIAO.offset(8, 0))), Optional.empty()))
        .isEmpty();
    assertThat(kinds(rules, covering(point(0, BEIPIAO), point(1, BEIPIAO.offset(8, 0)),
        point(2, BEIPIAO.offset(16, 0))), Optional.empty())).containsExactly(FlagKind.SPEED_SPIKE);
  }

  @Test
  void ofEqualStepsTheFirstIsNamed() {
    GeoPoint b = BEIPIAO.offset(400, 0);
    Patrol there = covering(point(0, BEIPIAO), point(60, b), point(120, BEIPIAO));

    assertThat(messages(rules(1, 350, 10, 50, DAY, DAY), there, Optional.empty())).containsExactly(
        "points 0→1: a step of 400 m exceeds 350 m", "up to point 1: 24.0 km/h exceeds 3.6 km/h");
  }

  @Test
  void aStepOfExactlyTheNoiseThresholdIsTimedForSpeed() {
    GeoPoint b = BEIPIAO.offset(12, 0);
    double d = BEIPIAO.distanceTo(b);
    Patrol p = covering(point(0, BEIPIAO), point(1, b));

    assertThat(kinds(rules(1, 1e7, d, 50, DAY, DAY), p, Optional.empty())).containsExactly(FlagKind.SPEED_SPIKE);
    assertThat(kinds(rules(1, 1e7, Math.nextUp(d), 50, DAY, DAY), p, Optional.empty())).isEmpty();
  }

  // order

  @Test
  void anEqualTimestampIsOutOfOrderAndNoSpeedIsComputedAcrossIt() {
    Patrol p = Patrol.of(PatrolId.of("p"), WORKER, GRID, T0, T0.plusSeconds(60),
        ImmutableList.of(point(0, BEIPIAO), point(0, BEIPIAO.offset(100, 0))));

    assertThat(kinds(loose(), p, Optional.empty())).containsExactly(FlagKind.TIMESTAMPS_OUT_OF_ORDER);
    assertThat(messages(loose(), p, Optional.empty()).get(0))
        .isEqualTo("point 1 at " + T0 + " is not after point 0 at " + T0);
  }

  // coverage and gaps

  @Test
  void aTrackFromExactlyTheStartToExactlyTheEndCoversThePatrol() {
    TrackPoint first = point(0, BEIPIAO);
    TrackPoint last = point(60, BEIPIAO.offset(20, 0));
    ImmutableList<TrackPoint> track = ImmutableList.of(first, last);

    assertThat(kinds(loose(), covering(first, last), Optional.empty())).isEmpty();
    assertThat(kinds(loose(), Patrol.of(PatrolId.of("p"), WORKER, GRID, T0.plusSeconds(1), last.at(), track),
        Optional.empty())).containsExactly(FlagKind.TRACK_NOT_COVERING_PATROL);
    assertThat(messages(loose(), Patrol.of(PatrolId.of("p"), WORKER, GRID, T0, last.at().minusSeconds(1), track),
        Optional.empty())).singleElement().asString().contains("outside the patrol");
  }

  @Test
  void aGapOfExactlyTheMaximumIsPlausibleAndALongerOneIsNot() {
    Patrol p = covering(point(0, BEIPIAO), point(600, BEIPIAO.offset(20, 0)), point(660, BEIPIAO.offset(40, 0)));
    Duration tenMinutes = Duration.ofMinutes(10);

    assertThat(kinds(rules(1e6, 1e7, 10, 50, DAY, tenMinutes), p, Optional.empty())).isEmpty();
    assertThat(messages(rules(1e6, 1e7, 10, 50, DAY, tenMinutes.minusNanos(1)), p, Optional.empty()))
        .singleElement().asString().startsWith("a gap of 10 min between points 0 and 1 exceeds");
  }

  @Test
  void gapsAtTheStartAndTheEndOfThePatrolCount() {
    ImmutableList<TrackPoint> track = ImmutableList.of(point(300, BEIPIAO), point(600, BEIPIAO.offset(20, 0)));
    PlausibilityRules fourMinutes = rules(1e6, 1e7, 10, 50, DAY, Duration.ofMinutes(4));

    assertThat(messages(fourMinutes, Patrol.of(PatrolId.of("p"), WORKER, GRID, T0, T0.plusSeconds(660), track),
        Optional.empty())).containsExactly("a gap of 5 min before the first point exceeds 4 min");
    assertThat(messages(fourMinutes, Patrol.of(PatrolId.of("p"), WORKER, GRID, T0.plusSeconds(300),
        T0.plusSeconds(930), track), Optional.empty())).containsExactly("a gap of 5 min 30 s after the last point exceeds 4 min");
  }

  @Test
  void ofEquallyLongGapsTheEarliestIsNamed() {
    ImmutableList<TrackPoint> track = ImmutableList.of(point(300, BEIPIAO), point(600, BEIPIAO.offset(20, 0)));
    Patrol p = Patrol.of(PatrolId.of("p"), WORKER, GRID, T0, T0.plusSeconds(900), track);

    assertThat(messages(rules(1e6, 1e7, 10, 50, DAY, Duration.ofMinutes(4)), p, Optional.empty()))
        .containsExactly("a gap of 5 min before the first point exceeds 4 min");
    assertThat(messages(rules(1e6, 1e7, 10, 50, DAY, Duration.ofMinutes(4)),
        covering(point(0, BEIPIAO), point(300, BEIPIAO), point(600, BEIPIAO)), Optional.empty()))
        .containsExactly("a gap of 5 min between points 0 and 1 exceeds 4 min");
  }

  // outside the grid

  @Test
  void aPointExactlyAtTheMarginIsNotOutside() {
    double margin = AREA.metresOutside(OUTSIDE);
    Patrol p = covering(point(0, BEIPIAO), point(60, OUTSIDE), point(120, BEIPIAO));

    assertThat(kinds(rules(1e6, 1e7, 10, margin, Duration.ZERO, DAY), p, Optional.of(AREA))).isEmpty();
    assertThat(kinds(rules(1e6, 1e7, 10, Math.nextDown(margin), Duration.ZERO, DAY), p, Optional.of(AREA)))
        .containsExactly(FlagKind.OUTSIDE_GRID);
  }

  @Test
  void aStretchOutsideOfExactlyTheMaximumIsPlausibleAndALongerOneIsNot() {
    Patrol p = covering(point(0, BEIPIAO), point(60, OUTSIDE), point(120, OUTSIDE), point(180, BEIPIAO));

    assertThat(kinds(rules(1e6, 1e7, 10, 50, Duration.ofSeconds(120), DAY), p, Optional.of(AREA))).isEmpty();
    assertThat(kinds(rules(1e6, 1e7, 10, 50, Duration.ofSeconds(119), DAY), p, Optional.of(AREA)))
        .containsExactly(FlagKind.OUTSIDE_GRID);
    assertThat(messages(rules(1e6, 1e7, 10, 50, Duration.ofSeconds(60), DAY), p, Optional.of(AREA)))
        .containsExactly("a stretch of 2 min more than 50 m outside the grid exceeds 1 min");
  }

  @Test
  void aStretchStillOutsideAtTheEndRunsToTheLastPoint() {
    Patrol p = covering(point(0, BEIPIAO), point(60, OUTSIDE), point(180, OUTSIDE));

    assertThat(kinds(rules(1e6, 1e7, 10, 50, Duration.ofSeconds(120), DAY), p, Optional.of(AREA))).isEmpty();
    assertThat(kinds(rules(1e6, 1e7, 10, 50, Duration.ofSeconds(119), DAY), p, Optional.of(AREA)))
        .containsExactly(FlagKind.OUTSIDE_GRID);
  }

  @Test
  void theLongestStretchOutsideIsJudgedWhereverItLies() {
    Patrol longFirst = covering(point(0, OUTSIDE), point(120, BEIPIAO), point(180, OUTSIDE), point(240, BEIPIAO));
    Patrol longLast = covering(point(0, OUTSIDE), point(60, BEIPIAO), point(120, OUTSIDE), point(240, BEIPIAO));
    PlausibilityRules rules = rules(1e6, 1e7, 10, 50, Duration.ofSeconds(119), DAY);

    assertThat(kinds(rules, longFirst, Optional.of(AREA))).containsExactly(FlagKind.OUTSIDE_GRID);
    assertThat(kinds(rules, longLast, Optional.of(AREA))).containsExactly(FlagKind.OUTSIDE_GRID);
    assertThat(TrackAnalyser.of(rules).assess(longLast, Optional.of(AREA)).outsideGridCheck())
        .isEqualTo(CheckStatus.FAILED);
    assertThat(TrackAnalyser.of(loose()).assess(longLast, Optional.of(AREA)).outsideGridCheck())
        .isEqualTo(CheckStatus.PASSED);
  }

  // missing tracks

  @Test
  void twoPointsAreATrackAndFewerAreMissing() {
    assertThat(kinds(loose(), covering(point(0, BEIPIAO), point(60, BEIPIAO)), Optional.empty())).isEmpty();

    TrackAssessment one = TrackAnalyser.of(loose()).assess(Patrol.of(PatrolId.of("p"), WORKER, GRID, T0,
        T0.plusSeconds(60), ImmutableList.of(point(0, BEIPIAO))), Optional.of(AREA));
    assertThat(one.flags()).extracting(TrackFlag::kind, TrackFlag::message).containsExactly(
        org.assertj.core.groups.Tuple.tuple(FlagKind.TRACK_MISSING, "the track has 1 points, needs at least 2"));
    assertThat(one.distanceMetres()).isZero();
    assertThat(one.outsideGridCheck()).isEqualTo(CheckStatus.NOT_CHECKED);
  }

  // replays

  @Test
  void aTrackWithinExactlyTheToleranceIsAReplayAndOneBeyondIsNot() {
    Patrol original = covering(point(0, BEIPIAO), point(60, BEIPIAO.offset(50, 0)));
    Patrol copy = covering(point(600, BEIPIAO.offset(0, 2)), point(660, BEIPIAO.offset(50, 1)));
    double farthest = BEIPIAO.distanceTo(BEIPIAO.offset(0, 2));

    assertThat(withTolerance(farthest).replays(copy, original)).isTrue();
    assertThat(withTolerance(Math.nextDown(farthest)).replays(copy, original)).isFalse();
  }

  @Test
  void onlyTracksOfTheSameLengthAndAtLeastTwoPointsRepeatEachOther() {
    TrackAnalyser analyser = TrackAnalyser.of(loose());
    Patrol two = covering(point(0, BEIPIAO), point(60, BEIPIAO));
    Patrol three = covering(point(0, BEIPIAO), point(60, BEIPIAO), point(120, BEIPIAO));
    Patrol one = Patrol.of(PatrolId.of("p"), WORKER, GRID, T0, T0.plusSeconds(60), ImmutableList.of(point(0, BEIPIAO)));

    assertThat(analyser.replays(two, two)).isTrue();
    assertThat(analyser.replays(two, three)).isFalse();
    assertThat(analyser.replays(one, one)).isFalse();
    assertThatThrownBy(() -> analyser.replays(null, two)).isInstanceOf(InvalidInputException.class);
  }

  private static TrackAnalyser withTolerance(double metres) {
    return TrackAnalyser.of(new PlausibilityRules(1e6, 1e7, 10, 50, DAY, DAY, metres));
  }

  @Test
  void minutesAreWholeWhenTheyCanBe() {
    assertThat(TrackAnalyser.minutes(Duration.ofMinutes(10))).isEqualTo("10 min");
    assertThat(TrackAnalyser.minutes(Duration.ofSeconds(630))).isEqualTo("10 min 30 s");
    assertThat(TrackAnalyser.minutes(Duration.ZERO)).isEqualTo("0 min");
    // one decimal of a minute printed 9 min 59 s as "10.0 min", next to a limit of "10 min"
    assertThat(TrackAnalyser.minutes(Duration.ofSeconds(599))).isEqualTo("9 min 59 s");
    assertThat(TrackAnalyser.minutes(Duration.ofSeconds(601))).isEqualTo("10 min 1 s");
    assertThat(TrackAnalyser.minutes(Duration.ofSeconds(45))).isEqualTo("45 s");
    assertThat(TrackAnalyser.minutes(Duration.ofMillis(600_500))).isEqualTo("10 min 0.5 s");
    assertThat(TrackAnalyser.minutes(Duration.ofNanos(1))).isEqualTo("0.000000001 s");
  }

  @Test
  void anAssessmentsDistanceMustNotBeNegative() {
    assertThat(new TrackAssessment(PatrolId.of("p"), 0, ImmutableList.of(), CheckStatus.PASSED).plausible()).isTrue();
    assertThatThrownBy(() -> new TrackAssessment(PatrolId.of("p"), -Double.MIN_VALUE, ImmutableList.of(),
        CheckStatus.PASSED)).isInstanceOf(InvalidInputException.class).hasMessageStartingWith("distanceMetres:");
    assertThatThrownBy(() -> new TrackAssessment(PatrolId.of("p"), Double.NaN, ImmutableList.of(),
        CheckStatus.PASSED)).isInstanceOf(InvalidInputException.class).hasMessageStartingWith("distanceMetres:");
  }
}
