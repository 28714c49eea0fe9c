package org.gridgov.core.accountability.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.function.DoubleFunction;
import java.util.stream.Stream;
import org.gridgov.core.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every plausibility threshold is data, and a meaningless one is refused by name. */
class PlausibilityRulesTest {
  private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

  static Stream<Arguments> thresholds() {
    return Stream.of(
        Arguments.of("maxSpeedMetresPerSecond",
            (DoubleFunction<PlausibilityRules>) v -> new PlausibilityRules(v, 500, 10, 50, TEN_MINUTES, TEN_MINUTES, 3)),
        Arguments.of("maxJumpMetres",
            (DoubleFunction<PlausibilityRules>) v -> new PlausibilityRules(7, v, 10, 50, TEN_MINUTES, TEN_MINUTES, 3)),
        Arguments.of("noiseMetres",
            (DoubleFunction<PlausibilityRules>) v -> new PlausibilityRules(7, 500, v, 50, TEN_MINUTES, TEN_MINUTES, 3)),
        Arguments.of("outsideMarginMetres",
            (DoubleFunction<PlausibilityRules>) v -> new PlausibilityRules(7, 500, 10, v, TEN_MINUTES, TEN_MINUTES, 3)),
        Arguments.of("replayToleranceMetres",
            (DoubleFunction<PlausibilityRules>) v -> new PlausibilityRules(7, 500, 10, 50, TEN_MINUTES, TEN_MINUTES, v)));
  }

  @ParameterizedTest
  @MethodSource("thresholds")
  void eachThresholdMustBePositiveAndFinite(String field, DoubleFunction<PlausibilityRules> rules) {
    assertThat(rules.apply(Double.MIN_VALUE)).isNotNull();
    for (double bad : new double[] {0, -0.0, -1, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
      assertThatThrownBy(() -> rules.apply(bad)).isInstanceOf(InvalidInputException.class)
          .hasMessage(field + ": must be positive, was " + bad);
    }
  }

  @Test
  void theOutsideStretchMayBeZeroButNotNegative() {
    assertThat(new PlausibilityRules(7, 500, 10, 50, Duration.ZERO, TEN_MINUTES, 3).maxOutsideStretch()).isZero();
    assertThatThrownBy(() -> new PlausibilityRules(7, 500, 10, 50, Duration.ofSeconds(-1), TEN_MINUTES, 3))
        .isInstanceOf(InvalidInputException.class).hasMessage("maxOutsideStretch: must not be negative, was PT-1S");
  }

  @Test
  void theGapMustBePositive() {
    assertThat(new PlausibilityRules(7, 500, 10, 50, TEN_MINUTES, Duration.ofNanos(1), 3).maxGap())
        .isEqualTo(Duration.ofNanos(1));
    assertThatThrownBy(() -> new PlausibilityRules(7, 500, 10, 50, TEN_MINUTES, Duration.ZERO, 3))
        .isInstanceOf(InvalidInputException.class).hasMessage("maxGap: must be positive, was PT0S");
    assertThatThrownBy(() -> new PlausibilityRules(7, 500, 10, 50, TEN_MINUTES, Duration.ofMinutes(-1), 3))
        .isInstanceOf(InvalidInputException.class).hasMessage("maxGap: must be positive, was PT-1M");
  }

  @Test
  void missingDurationsAreRefusedByName() {
    assertThatThrownBy(() -> new PlausibilityRules(7, 500, 10, 50, null, TEN_MINUTES, 3))
        .hasMessage("maxOutsideStretch: is required");
    assertThatThrownBy(() -> new PlausibilityRules(7, 500, 10, 50, TEN_MINUTES, null, 3))
        .hasMessage("maxGap: is required");
  }

  @Test
  void theStandardRulesAreTheDocumentedOnes() {
    assertThat(PlausibilityRules.standard()).isEqualTo(
        new PlausibilityRules(25.0 / 3.6, 500, 10, 50, TEN_MINUTES, TEN_MINUTES, 3));
  }
}
