package org.gridgov.core.accountability.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.core.accountability.patrol.Tracks.BEIPIAO;

import com.google.common.collect.ImmutableList;
import org.assertj.core.data.Offset;
import org.gridgov.core.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** A grid's area measures how far a point lies outside it, in metres. */
class GridAreaTest {
  private static final Offset<Double> HALF_A_METRE = Offset.offset(0.5);

  /** An L-shaped grid (metres north and east of Beipiao): a notch cut from the north-east of a 1 km square. */
  private static final GridArea L_SHAPE = new GridArea.Polygon(ImmutableList.of(at(0, 0), at(0, 1000),
      at(400, 1000), at(400, 400), at(1000, 400), at(1000, 0)));

  private static GeoPoint at(double north, double east) {
    return BEIPIAO.offset(north, east);
  }

  @ParameterizedTest(name = "{0} m north, {1} m east lies {2} m outside")
  @CsvSource({
      "200, 200, 0", "900, 100, 0", "100, 900, 0",
      "700, 700, 300", "700, 450, 50", "450, 700, 50",
      "1200, 200, 200", "-300, 500, 300", "200, 1300, 300", "200, -150, 150",
      "1300, 800, 500", "-300, -400, 500",
      "400, -200, 200", "400, 1200, 200", "1000, 700, 300", "0, -100, 100"})
  void aPolygonMeasuresTheDistanceToItsNearestEdge(double north, double east, double metres) {
    assertThat(L_SHAPE.metresOutside(at(north, east))).isCloseTo(metres, HALF_A_METRE);
  }

  @Test
  void aTriangleJudgesAPointLevelWithItsApex() {
    GridArea triangle = new GridArea.Polygon(ImmutableList.of(at(0, 0), at(0, 1000), at(500, 500)));

    assertThat(triangle.metresOutside(at(500, -200))).isCloseTo(700 / Math.sqrt(2), HALF_A_METRE);
    assertThat(triangle.metresOutside(at(500, 1200))).isCloseTo(700 / Math.sqrt(2), HALF_A_METRE);
    assertThat(triangle.metresOutside(at(700, 500))).isCloseTo(200, HALF_A_METRE);
    assertThat(triangle.metresOutside(at(100, 500))).isZero();
  }

  @Test
  void aRepeatedVertexDoesNotDisturbTheMeasure() {
    GridArea square = new GridArea.Polygon(ImmutableList.of(at(0, 0), at(0, 0), at(0, 1000), at(1000, 1000),
        at(1000, 0)));

    assertThat(square.metresOutside(at(500, 500))).isZero();
    assertThat(square.metresOutside(at(-100, -100))).isCloseTo(Math.hypot(100, 100), HALF_A_METRE);
  }

  @Test
  void aPolygonNeedsAtLeastThreeVertices() {
    assertThat(new GridArea.Polygon(ImmutableList.of(at(0, 0), at(0, 100), at(100, 0))).vertices()).hasSize(3);
    assertThatThrownBy(() -> new GridArea.Polygon(ImmutableList.of(at(0, 0), at(0, 100))))
        .isInstanceOf(InvalidInputException.class).hasMessage("vertices: must be at least 3, was 2");
    assertThatThrownBy(() -> new GridArea.Polygon(null)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aCircleMeasuresFromItsRim() {
    GridArea circle = new GridArea.Circle(BEIPIAO, 300);

    assertThat(circle.metresOutside(at(200, 0))).isZero();
    assertThat(circle.metresOutside(at(0, -500))).isCloseTo(200, HALF_A_METRE);
    assertThat(new GridArea.Circle(BEIPIAO, Double.MIN_VALUE).radiusMetres()).isPositive();
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, -1, Double.NaN, Double.POSITIVE_INFINITY})
  void aCircleNeedsAPositiveFiniteRadius(double radius) {
    assertThatThrownBy(() -> new GridArea.Circle(BEIPIAO, radius)).isInstanceOf(InvalidInputException.class)
        .hasMessage("radiusMetres: must be positive, was " + radius);
  }

  @Test
  void aCircleNeedsACentre() {
    assertThatThrownBy(() -> new GridArea.Circle(null, 1)).hasMessage("centre: is required");
  }
}
