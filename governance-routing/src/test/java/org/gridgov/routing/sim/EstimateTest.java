package org.gridgov.routing.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.gridgov.core.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * Confidence intervals across replications: the Student-t half-width on known samples, the quantile
 * against reference values, and the properties an interval must keep whatever the sample.
 */
class EstimateTest {

  /** Reference 97.5 % quantiles of Student's t (SciPy {@code stats.t.ppf(0.975, df)}), by degrees of freedom. */
  private static final double[][] REFERENCE = {
      {1, 12.706204736174694}, {2, 4.302652729749462}, {3, 3.1824463052837078}, {10, 2.228138851986274},
      {29, 2.045229642132703}, {30, 2.0422724563012378}, {31, 2.039513446396408}, {35, 2.030107928250343},
      {40, 2.021075390306273}, {60, 2.0002978220142604}, {100, 1.9839715185235518}, {120, 1.9799304050824402},
      {1000, 1.9623390808264083}, {10000, 1.960201239890626}};

  @Test
  void theHalfWidthIsStudentsTTimesTheStandardError() {
    // mean 2.625, sample standard deviation 1.4930394…, t(0.975, 3) = 3.1824463…
    Estimate e = Estimate.of(List.of(1.0, 2.0, 3.0, 4.5));
    assertThat(e.mean()).isEqualTo(2.625);
    assertThat(e.halfWidth()).isCloseTo(2.3757588699932297, within(1e-8));
    assertThat(e.n()).isEqualTo(4);
  }

  @Test
  void beyondThirtyReplicationsTheQuantileIsNotTheNormalOne() {
    // 40 replications: 39 degrees of freedom, t = 2.0227 (1.96 would make the interval 3 % too narrow)
    List<Double> values = IntStream.rangeClosed(1, 40).mapToObj(i -> (double) i).toList();
    Estimate e = Estimate.of(values);
    assertThat(e.mean()).isEqualTo(20.5);
    assertThat(e.halfWidth()).isCloseTo(3.7387879149750907, within(1e-7));
  }

  @Test
  void theQuantileMatchesReferenceValues() {
    for (double[] r : REFERENCE) {
      assertThat(Estimate.tQuantile((int) r[0])).as("df %d", (int) r[0]).isCloseTo(r[1], within(1e-7));
    }
  }

  @Test
  void theQuantileFallsWithTheDegreesOfFreedomTowardsTheNormalOne() {
    double previous = Double.POSITIVE_INFINITY;
    for (int df = 1; df <= 100_000; df++) {
      double t = Estimate.tQuantile(df);
      assertThat(t).as("df %d", df).isLessThan(previous).isGreaterThan(1.959963984540054);
      previous = t;
    }
  }

  @Test
  void oneReplicationHasNoWidth() {
    assertThat(Estimate.of(List.of(7.5))).isEqualTo(new Estimate(7.5, 0, 1));
  }

  @Test
  void identicalValuesHaveNoWidth() {
    assertThat(Estimate.of(List.of(0.25, 0.25, 0.25))).isEqualTo(new Estimate(0.25, 0, 3));
  }

  @Test
  void theIntervalIncludesItsEnds() {
    Estimate e = new Estimate(1.0, 0.5, 4);
    assertThat(e.covers(0.5)).isTrue();
    assertThat(e.covers(1.5)).isTrue();
    assertThat(e.covers(Math.nextUp(1.5))).isFalse();
    assertThat(e.covers(0.5 - 1e-12)).isFalse();
    assertThat(e.toString()).isEqualTo("1.0000 ± 0.5000 (n=4)");
  }

  /**
   * Shifting every value shifts the mean and keeps the width; scaling scales both; the order of the
   * replications changes neither; the interval always covers the mean.
   */
  @Test
  void theIntervalMovesAndScalesWithTheValues() {
    qt().withFixedSeed(41L).withExamples(300)
        .forAll(lists().of(doubles().between(-1e3, 1e3)).ofSizeBetween(2, 60), doubles().between(-1e3, 1e3),
            doubles().between(0.01, 100))
        .checkAssert((values, shift, scale) -> {
          Estimate e = Estimate.of(values);
          List<Double> shifted = values.stream().map(v -> v + shift).toList();
          List<Double> scaled = values.stream().map(v -> v * scale).toList();
          List<Double> reversed = new ArrayList<>(values);
          Collections.reverse(reversed);
          double tolerance = 1e-9 * (1 + Math.abs(shift) + e.halfWidth());
          assertThat(Estimate.of(shifted).mean()).isCloseTo(e.mean() + shift, within(tolerance));
          assertThat(Estimate.of(shifted).halfWidth()).isCloseTo(e.halfWidth(), within(1e-6 * (1 + Math.abs(shift))));
          assertThat(Estimate.of(scaled).halfWidth()).isCloseTo(e.halfWidth() * scale,
              within(1e-9 * (1 + e.halfWidth() * scale)));
          assertThat(Estimate.of(reversed).halfWidth()).isCloseTo(e.halfWidth(), within(tolerance));
          assertThat(e.covers(e.mean())).isTrue();
          assertThat(e.n()).isEqualTo(values.size());
        });
  }

  @Test
  void moreReplicationsOfTheSameSpreadNarrowTheInterval() {
    qt().withFixedSeed(43L).withExamples(100).forAll(integers().between(2, 200)).checkAssert(n -> {
      double[] alternating = IntStream.range(0, 2 * n).mapToDouble(i -> i % 2).toArray();
      Estimate fewer = Estimate.of(Arrays.stream(alternating, 0, n + n % 2).boxed().toList());
      Estimate more = Estimate.of(Arrays.stream(alternating).boxed().toList());
      assertThat(more.halfWidth()).isLessThan(fewer.halfWidth());
    });
  }

  @Test
  void badValuesAreRefusedByName() {
    assertThatThrownBy(() -> Estimate.of(List.of())).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("values");
    assertThatThrownBy(() -> Estimate.of(null)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Estimate.of(Arrays.asList(1.0, null))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("values[1]");
    assertThatThrownBy(() -> Estimate.of(List.of(1.0, Double.NaN))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("values[1]").hasMessageContaining("finite");
    assertThatThrownBy(() -> Estimate.of(List.of(Double.POSITIVE_INFINITY))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("values[0]");
    assertThatThrownBy(() -> new Estimate(Double.NaN, 0, 1)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("mean");
    assertThatThrownBy(() -> new Estimate(0, -0.1, 2)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("halfWidth");
    assertThatThrownBy(() -> new Estimate(0, Double.NaN, 2)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("halfWidth");
    assertThatThrownBy(() -> new Estimate(0, Double.POSITIVE_INFINITY, 2)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("halfWidth");
    assertThatThrownBy(() -> new Estimate(0, 0, 0)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("n");
  }
}
