package org.gridgov.core.accountability.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.core.accountability.patrol.Tracks.BEIPIAO;
import static org.gridgov.core.accountability.patrol.Tracks.SHANGHAI;
import static org.gridgov.core.accountability.patrol.Tracks.WORKER;
import static org.gridgov.core.accountability.patrol.Tracks.at;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** Invariants of patrol compliance and distance. */
class PatrolPropertiesTest {
  private static final LocalDate MAY_2 = LocalDate.of(2022, 5, 2);
  private final PatrolComplianceEvaluator evaluator = PatrolComplianceEvaluator.standard(SHANGHAI);

  /** A patrol in its own 90-minute slot (slot 0 starts 06:00) of 30 to 90 minutes, shaped by a code. */
  private static Patrol patrolIn(int slot, int code) {
    int minutes = 30 + code % 61;
    int pace = 5 + (code / 61) % 36;
    int bearing = (code / 2196) % 360;
    return Tracks.patrol("p" + slot, at(2, 6, 0).plusSeconds(slot * 5400L), minutes, pace, bearing);
  }

  @Test
  void addingACompliantPatrolNeverLowersCompliance() {
    qt().withFixedSeed(7).withExamples(200).forAll(
        SourceDSL.lists().of(SourceDSL.integers().between(0, 2196 * 360 - 1)).ofSizeBetween(0, 8),
        SourceDSL.integers().between(8, 11), SourceDSL.integers().between(0, 359))
        .checkAssert((codes, freeSlot, bearing) -> {
          List<Patrol> patrols = new ArrayList<>();
          for (int slot = 0; slot < codes.size(); slot++) {
            patrols.add(patrolIn(slot, codes.get(slot)));
          }
          DailyPatrolCompliance before = evaluator.evaluateDay(WORKER, MAY_2, patrols, Map.of());
          patrols.add(Tracks.patrol("extra", at(2, 6, 0).plusSeconds(freeSlot * 5400L), 70, 25, bearing));
          DailyPatrolCompliance after = evaluator.evaluateDay(WORKER, MAY_2, patrols, Map.of());

          assertThat(after.countingPatrols()).isEqualTo(before.countingPatrols() + 1);
          assertThat(!before.met() || after.met()).isTrue();
        });
  }

  @Test
  void gpsNoiseBelowTheThresholdAddsNoDistanceToAStandingWorker() {
    qt().withFixedSeed(11).withExamples(300).forAll(
        SourceDSL.lists().of(SourceDSL.doubles().between(-4.9, 4.9)).ofSizeBetween(4, 80))
        .checkAssert(offsets -> {
          ImmutableList.Builder<TrackPoint> track = ImmutableList.builder();
          for (int i = 0; i < offsets.size(); i++) {
            double n = offsets.get(i);
            double e = offsets.get((i + 1) % offsets.size());
            double scale = Math.min(1, 4.9 / Math.max(1e-9, Math.hypot(n, e)));
            track.add(new TrackPoint(at(2, 8, 0).plusSeconds(30L * i), BEIPIAO.offset(n * scale, e * scale)));
          }
          assertThat(TrackAnalyser.of(PlausibilityRules.standard()).distanceMetres(track.build())).isZero();
        });
  }
}
