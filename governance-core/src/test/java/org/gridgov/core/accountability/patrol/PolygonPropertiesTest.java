package org.gridgov.core.accountability.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.core.accountability.patrol.Tracks.BEIPIAO;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * A polygon's measure agrees with an independent oracle on random star-shaped grids: a point is
 * inside (0 m outside) exactly when the polygon winds around it, and otherwise lies as far outside as
 * its nearest edge, in local metres.
 */
class PolygonPropertiesTest {

  @Test
  void aPointIsOutsideByTheDistanceToTheNearestEdgeExactlyWhenThePolygonDoesNotWindAroundIt() {
    qt().withFixedSeed(41_80L).withExamples(400)
        .forAll(lists().of(doubles().between(100, 1000)).ofSizeBetween(3, 12), integers().between(0, 1_000_000),
            doubles().between(-1500, 1500), doubles().between(-1500, 1500))
        .checkAssert((radii, turn, north, east) -> {
          int n = radii.size();
          double[] ns = new double[n];
          double[] es = new double[n];
          ImmutableList.Builder<GeoPoint> vertices = ImmutableList.builder();
          for (int i = 0; i < n; i++) {
            double angle = 2 * Math.PI * (i + (turn % 1000) / 2000.0) / n;
            ns[i] = radii.get(i) * Math.cos(angle);
            es[i] = radii.get(i) * Math.sin(angle);
            vertices.add(BEIPIAO.offset(ns[i], es[i]));
          }
          double nearest = nearestEdge(ns, es, north, east);
          if (nearest < 1) {
            return;
          }
          double outside = new GridArea.Polygon(vertices.build()).metresOutside(BEIPIAO.offset(north, east));
          if (winds(ns, es, north, east)) {
            assertThat(outside).isZero();
          } else {
            assertThat(outside).isCloseTo(nearest, Offset.offset(0.5));
          }
        });
  }

  /** Winding number of the polygon around the point, by summed turning angles. */
  private static boolean winds(double[] ns, double[] es, double north, double east) {
    double total = 0;
    for (int i = 0; i < ns.length; i++) {
      int j = (i + 1) % ns.length;
      double a = Math.atan2(ns[i] - north, es[i] - east);
      double b = Math.atan2(ns[j] - north, es[j] - east);
      double d = b - a;
      while (d > Math.PI) {
        d -= 2 * Math.PI;
      }
      while (d < -Math.PI) {
        d += 2 * Math.PI;
      }
      total += d;
    }
    return Math.abs(total) > Math.PI;
  }

  private static double nearestEdge(double[] ns, double[] es, double north, double east) {
    double best = Double.MAX_VALUE;
    for (int i = 0; i < ns.length; i++) {
      int j = (i + 1) % ns.length;
      double dn = ns[j] - ns[i];
      double de = es[j] - es[i];
      double t = Math.max(0, Math.min(1, ((north - ns[i]) * dn + (east - es[i]) * de) / (dn * dn + de * de)));
      best = Math.min(best, Math.hypot(north - (ns[i] + t * dn), east - (es[i] + t * de)));
    }
    return best;
  }

  @Test
  void theOracleAgreesWithAHandMeasuredSquare() {
    double[] ns = {-500, -500, 500, 500};
    double[] es = {-500, 500, 500, -500};

    assertThat(winds(ns, es, 0, 0)).isTrue();
    assertThat(winds(ns, es, 0, 700)).isFalse();
    assertThat(nearestEdge(ns, es, 0, 700)).isEqualTo(200);
    assertThat(List.of(nearestEdge(ns, es, 800, 900))).containsExactly(500.0);
  }
}
