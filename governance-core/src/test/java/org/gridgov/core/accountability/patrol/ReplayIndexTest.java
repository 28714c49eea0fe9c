package org.gridgov.core.accountability.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.core.accountability.patrol.Tracks.BEIPIAO;
import static org.gridgov.core.accountability.patrol.Tracks.GRID;
import static org.gridgov.core.accountability.patrol.Tracks.WORKER;
import static org.gridgov.core.accountability.patrol.Tracks.at;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Replay detection finds every earlier track the analyser would call the same, wherever it lies. */
class ReplayIndexTest {
  private static final Instant START = at(2, 8, 0);

  private static PlausibilityRules tolerance(double metres) {
    return new PlausibilityRules(25.0 / 3.6, 500, 10, 50, Duration.ofMinutes(10), Duration.ofMinutes(10), metres);
  }

  private static Patrol standing(String id, GeoPoint... points) {
    ImmutableList.Builder<TrackPoint> track = ImmutableList.builder();
    for (int i = 0; i < points.length; i++) {
      track.add(new TrackPoint(START.plusSeconds(60L * i), points[i]));
    }
    return Patrol.of(PatrolId.of(id), WORKER, GRID, START, START.plusSeconds(60L * points.length), track.build());
  }

  private static Optional<Patrol> matchAfterAdding(PlausibilityRules rules, Patrol original, Patrol replay) {
    ReplayIndex index = new ReplayIndex(TrackAnalyser.of(rules));
    index.add(original);
    return index.match(replay);
  }

  @Test
  void aReplayIsFoundWithinALargeTolerance() {
    Patrol original = standing("p1", BEIPIAO, BEIPIAO.offset(100, 0));
    Patrol shifted = standing("p2", BEIPIAO.offset(0, 180), BEIPIAO.offset(100, 180));

    assertThat(matchAfterAdding(tolerance(200), original, shifted)).contains(original);
    assertThat(matchAfterAdding(tolerance(150), original, shifted)).isEmpty();
  }

  @Test
  void aReplayIsFoundAcrossTheAntimeridian() {
    Patrol original = standing("p1", GeoPoint.of(0, 179.999995), GeoPoint.of(0.0001, 179.999995));
    Patrol replay = standing("p2", GeoPoint.of(0, -179.999995), GeoPoint.of(0.0001, -179.999995));

    assertThat(matchAfterAdding(PlausibilityRules.standard(), original, replay)).contains(original);
  }

  @Test
  void aReplayIsFoundNearThePoleWhereLongitudesCrowd() {
    Patrol original = standing("p1", GeoPoint.of(89.9999, 0), GeoPoint.of(89.99989, 0));
    Patrol replay = standing("p2", GeoPoint.of(89.9999, 0.5), GeoPoint.of(89.99989, 0.5));

    assertThat(matchAfterAdding(PlausibilityRules.standard(), original, replay)).contains(original);
  }

  @Test
  void tracksOfFewerThanTwoPointsAreNeitherIndexedNorMatched() {
    Patrol single = standing("p1", BEIPIAO);

    assertThat(matchAfterAdding(PlausibilityRules.standard(), single, standing("p2", BEIPIAO))).isEmpty();
    assertThat(matchAfterAdding(PlausibilityRules.standard(), standing("p1", BEIPIAO, BEIPIAO),
        standing("p2", BEIPIAO, BEIPIAO))).isPresent();
  }

  @Test
  void tracksOfDifferentLengthsAreNotMatched() {
    assertThat(matchAfterAdding(PlausibilityRules.standard(), standing("p1", BEIPIAO, BEIPIAO),
        standing("p2", BEIPIAO, BEIPIAO, BEIPIAO))).isEmpty();
  }

  @Test
  void theIndexNeverMissesATrackTheAnalyserCallsARepeat() {
    qt().withFixedSeed(4_1800L).withExamples(3000)
        .forAll(doubles().between(-90, 90), doubles().between(-180, 180), doubles().between(0.5, 2000),
            doubles().between(0, 2 * Math.PI))
        .checkAssert((lat, lon, tol, bearing) -> {
          PlausibilityRules rules = tolerance(tol);
          double north = Math.cos(bearing);
          double east = Math.sin(bearing);
          double toleranceDegrees = Math.toDegrees(tol / GeoPoint.EARTH_MEAN_RADIUS_METRES);
          double lat2 = Math.max(-90, Math.min(90, lat + north * toleranceDegrees));
          double lonSpan = Math.min(180, toleranceDegrees / Math.max(1e-9, Math.cos(Math.toRadians(lat))));
          double lon2 = lon + east * lonSpan;
          lon2 = lon2 > 180 ? lon2 - 360 : lon2 < -180 ? lon2 + 360 : lon2;
          Patrol original = standing("p1", GeoPoint.of(lat, lon), GeoPoint.of(lat, lon));
          Patrol replay = standing("p2", GeoPoint.of(lat2, lon2), GeoPoint.of(lat2, lon2));
          if (TrackAnalyser.of(rules).replays(replay, original)) {
            assertThat(matchAfterAdding(rules, original, replay)).contains(original);
          }
        });
  }

  @Test
  void cellsNearTheAntimeridianAndThePolesAreNeighbours() {
    ReplayIndex index = new ReplayIndex(TrackAnalyser.of(PlausibilityRules.standard()));
    long band = index.latCell(0);

    assertThat(index.neighbours(band, 180)).contains(index.lonCell(band, -180));
    assertThat(index.neighbours(band, -179.9999)).contains(index.lonCell(band, 179.9999));
    assertThat(index.lonCells(index.latCell(90))).isEqualTo(1);
    assertThat(index.lonCells(index.latCell(-90))).isEqualTo(1);
  }

  @Test
  void tracksFarApartFallInCellsThatAreNotNeighbours() {
    for (double tolerance : new double[] {3, 200}) {
      ReplayIndex index = new ReplayIndex(TrackAnalyser.of(tolerance(tolerance)));
      long band = index.latCell(BEIPIAO.latitude());
      GeoPoint east = BEIPIAO.offset(0, 5000);
      GeoPoint north = BEIPIAO.offset(5000, 0);

      assertThat(index.neighbours(band, BEIPIAO.longitude())).doesNotContain(index.lonCell(band, east.longitude()));
      assertThat(Math.abs(index.latCell(north.latitude()) - band)).isGreaterThan(1);
    }
  }
}
