package org.gridgov.core.accountability.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.core.accountability.patrol.Tracks.BEIPIAO;
import static org.gridgov.core.accountability.patrol.Tracks.GRID;
import static org.gridgov.core.accountability.patrol.Tracks.WORKER;
import static org.gridgov.core.accountability.patrol.Tracks.at;
import static org.gridgov.core.accountability.patrol.Tracks.patrol;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Implausible tracks are flagged, never silently counted. */
class TrackAnalyserTest {
  private final TrackAnalyser analyser = TrackAnalyser.of(PlausibilityRules.standard());

  private static Patrol withTrack(List<TrackPoint> track) {
    return Patrol.of(PatrolId.of("p"), WORKER, GRID, track.get(0).at(), track.get(track.size() - 1).at(),
        ImmutableList.copyOf(track));
  }

  private static List<FlagKind> kinds(TrackAssessment a) {
    return a.flags().stream().map(TrackFlag::kind).toList();
  }

  @Test
  void aSteadyWalkIsPlausible() {
    TrackAssessment a = analyser.assess(patrol("p", at(2, 8, 0), 60, 20, 45), Optional.empty());

    assertThat(a.plausible()).isTrue();
    assertThat(a.outsideGridCheck()).isEqualTo(CheckStatus.NOT_CHECKED);
  }

  @Test
  void aCarRideIsASpeedSpike() {
    List<TrackPoint> track = new ArrayList<>(Tracks.walk(BEIPIAO, 0, at(2, 8, 0), 30, 20));
    TrackPoint last = track.get(track.size() - 1);
    track.addAll(Tracks.walk(last.position(), 0, last.at(), 30, 20).subList(1, 31).stream()
        .map(t -> new TrackPoint(t.at(), t.position())).toList());
    track.set(31, new TrackPoint(track.get(31).at(), track.get(30).position().offset(450, 0)));

    assertThat(kinds(analyser.assess(withTrack(track), Optional.empty()))).contains(FlagKind.SPEED_SPIKE);
  }

  @Test
  void aLongStepIsAJump() {
    List<TrackPoint> track = new ArrayList<>(Tracks.walk(BEIPIAO, 0, at(2, 8, 0), 60, 20));
    Instant t = track.get(30).at();
    for (int i = 30; i < track.size(); i++) {
      TrackPoint p = track.get(i);
      track.set(i, new TrackPoint(p.at().plus(Duration.ofMinutes(9)), p.position().offset(600, 0)));
    }
    track.set(30, new TrackPoint(t.plus(Duration.ofMinutes(9)), track.get(30).position()));
    Patrol p = Patrol.of(PatrolId.of("p"), WORKER, GRID, at(2, 8, 0), track.get(track.size() - 1).at(),
        ImmutableList.copyOf(track));

    assertThat(kinds(analyser.assess(p, Optional.empty()))).contains(FlagKind.JUMP);
  }

  @Test
  void timestampsOutOfOrderAreFlagged() {
    List<TrackPoint> track = new ArrayList<>(Tracks.walk(BEIPIAO, 0, at(2, 8, 0), 60, 20));
    TrackPoint a = track.get(10);
    track.set(10, track.get(11));
    track.set(11, a);

    assertThat(kinds(analyser.assess(withTrack(track), Optional.empty())))
        .contains(FlagKind.TIMESTAMPS_OUT_OF_ORDER);
  }

  @Test
  void aLongStretchOutsideTheGridIsFlaggedOnlyWithAnArea() {
    Patrol p = patrol("p", at(2, 8, 0), 60, 20, 0);
    GridArea small = new GridArea.Circle(BEIPIAO, 300);

    TrackAssessment withArea = analyser.assess(p, Optional.of(small));

    assertThat(kinds(withArea)).containsExactly(FlagKind.OUTSIDE_GRID);
    assertThat(withArea.outsideGridCheck()).isEqualTo(CheckStatus.FAILED);
    assertThat(analyser.assess(p, Optional.empty()).plausible()).isTrue();
  }

  @Test
  void aPolygonAreaMeasuresHowFarAPointLiesOutside() {
    GridArea square = new GridArea.Polygon(ImmutableList.of(BEIPIAO.offset(-500, -500), BEIPIAO.offset(-500, 500),
        BEIPIAO.offset(500, 500), BEIPIAO.offset(500, -500)));

    assertThat(square.metresOutside(BEIPIAO)).isZero();
    assertThat(square.metresOutside(BEIPIAO.offset(0, 700))).isCloseTo(200, org.assertj.core.data.Offset.offset(1.0));
  }

  @Test
  void aTrackThatStopsEarlyDoesNotCoverThePatrol() {
    Patrol p = Patrol.of(PatrolId.of("p"), WORKER, GRID, at(2, 8, 0), at(2, 9, 0),
        Tracks.walk(BEIPIAO, 0, at(2, 8, 0), 30, 40));

    assertThat(kinds(analyser.assess(p, Optional.empty()))).containsExactly(FlagKind.TRACK_NOT_COVERING_PATROL);
  }

  @Test
  void jitterAroundAStandingPointAddsNoDistance() {
    List<TrackPoint> track = new ArrayList<>();
    for (int i = 0; i <= 60; i++) {
      track.add(new TrackPoint(at(2, 8, 0).plusSeconds(60L * i),
          BEIPIAO.offset(4 * Math.sin(i * 1.7), 4 * Math.cos(i * 2.3))));
    }

    assertThat(analyser.distanceMetres(ImmutableList.copyOf(track))).isZero();
  }
}
