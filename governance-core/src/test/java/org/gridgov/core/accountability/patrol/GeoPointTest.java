package org.gridgov.core.accountability.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.gridgov.core.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Great-circle distance against reference values. */
class GeoPointTest {

  /**
   * Reference lengths: WGS84 degree lengths (equatorial degree of longitude a·π/180; degree of
   * latitude at 45°; degree of longitude at 60°; degree of latitude near Beipiao's 41.8°) and the
   * classic haversine example Nashville–Los Angeles (2887.26 km, Rosetta Code).
   */
  @ParameterizedTest
  @CsvSource({
      "0, 0, 0, 1, 111319.49",
      "44.5, 10, 45.5, 10, 111132.95",
      "60, 20, 60, 21, 55799.98",
      "41.8, 120.77, 41.801, 120.77, 111.07",
      "36.12, -86.67, 33.94, -118.40, 2887260"})
  void distanceIsWithinHalfAPercentOfTheReference(double lat1, double lon1, double lat2, double lon2,
      double metres) {
    assertThat(GeoPoint.of(lat1, lon1).distanceTo(GeoPoint.of(lat2, lon2))).isCloseTo(metres, withinPercentage(0.5));
  }

  @Test
  void distanceIsSymmetricAndZeroToItself() {
    GeoPoint a = GeoPoint.of(41.8, 120.77);
    GeoPoint b = GeoPoint.of(41.9, 120.6);

    assertThat(a.distanceTo(a)).isZero();
    assertThat(a.distanceTo(b)).isEqualTo(b.distanceTo(a));
  }

  @Test
  void coordinatesOutOfRangeAreRejected() {
    assertThatThrownBy(() -> GeoPoint.of(91, 0)).isInstanceOf(InvalidInputException.class)
        .hasMessage("latitude: must be between -90 and 90, was 91.0");
    assertThatThrownBy(() -> GeoPoint.of(0, Double.NaN)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void thePolesAndTheAntimeridianAreInRangeAndNothingBeyond() {
    assertThat(GeoPoint.of(90, 180)).isEqualTo(new GeoPoint(90, 180));
    assertThat(GeoPoint.of(-90, -180).latitude()).isEqualTo(-90);
    assertThatThrownBy(() -> GeoPoint.of(Math.nextUp(90.0), 0)).hasMessageStartingWith("latitude:");
    assertThatThrownBy(() -> GeoPoint.of(Math.nextDown(-90.0), 0)).hasMessageStartingWith("latitude:");
    assertThatThrownBy(() -> GeoPoint.of(0, Math.nextUp(180.0))).hasMessageStartingWith("longitude:");
    assertThatThrownBy(() -> GeoPoint.of(0, Math.nextDown(-180.0))).hasMessageStartingWith("longitude:");
    assertThatThrownBy(() -> GeoPoint.of(Double.NEGATIVE_INFINITY, 0)).hasMessageStartingWith("latitude:");
  }

  @Test
  void anOffsetMovesTheGivenMetresInTheGivenDirection() {
    GeoPoint beipiao = GeoPoint.of(41.8, 120.77);
    GeoPoint north = beipiao.offset(1000, 0);
    GeoPoint east = beipiao.offset(0, 1000);
    GeoPoint southWest = beipiao.offset(-600, -800);

    assertThat(beipiao.distanceTo(north)).isCloseTo(1000, org.assertj.core.data.Offset.offset(0.05));
    assertThat(north.latitude()).isGreaterThan(beipiao.latitude());
    assertThat(north.longitude()).isEqualTo(beipiao.longitude());
    assertThat(beipiao.distanceTo(east)).isCloseTo(1000, org.assertj.core.data.Offset.offset(0.05));
    assertThat(east.longitude()).isGreaterThan(beipiao.longitude());
    assertThat(beipiao.distanceTo(southWest)).isCloseTo(1000, org.assertj.core.data.Offset.offset(0.05));
    assertThat(southWest.latitude()).isLessThan(beipiao.latitude());
    assertThat(southWest.longitude()).isLessThan(beipiao.longitude());
  }
}
