package org.gridgov.routing.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

/**
 * The verification draws derived past a case's stored ones ({@link Workload#derived}) behave like fresh
 * uniform draws: a mixer that leaned low would bring back cases that rework until the horizon.
 */
class DerivedDrawsTest {

  @Test
  void derivedDrawsLieInTheUnitIntervalAndDependOnlyOnTheirInputs() {
    qt().withFixedSeed(20261127L).withExamples(2_000)
        .forAll(doubles().between(0, 1), integers().between(1, 10_000))
        .checkAssert((draw, round) -> {
          double d = Workload.derived(draw, round);
          assertThat(d).isGreaterThanOrEqualTo(0.0).isLessThan(1.0);
          assertThat(Workload.derived(draw, round)).isEqualTo(d);
        });
  }

  @Test
  void derivedDrawsFromOneStoredDrawAreSpreadEvenly() {
    // 10,000 rounds from the worst stored draw (0.0): ten bins of 1,000 expected each; a fair uniform
    // strays beyond ±150 in a bin with probability well under one in a million.
    int[] bins = new int[10];
    double sum = 0;
    for (int round = 1; round <= 10_000; round++) {
      double d = Workload.derived(0.0, round);
      bins[(int) (d * 10)]++;
      sum += d;
    }
    for (int n : bins) {
      assertThat(n).isBetween(850, 1_150);
    }
    assertThat(sum / 10_000).isBetween(0.49, 0.51);
  }
}
