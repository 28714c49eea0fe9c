package org.gridgov.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigInteger;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Deadline lights: green below 80 %, yellow from 80 % up to the budget, red beyond it. */
class DeadlineLightTest {
  private static final Duration BUDGET = Duration.ofHours(10);

  @Test
  void thresholdsSitExactlyAt80PercentAndAt100Percent() {
    assertThat(DeadlineLight.of(Duration.ZERO, BUDGET)).isEqualTo(DeadlineLight.GREEN);
    assertThat(DeadlineLight.of(Duration.ofHours(8).minusNanos(1), BUDGET)).isEqualTo(DeadlineLight.GREEN);
    assertThat(DeadlineLight.of(Duration.ofHours(8), BUDGET)).isEqualTo(DeadlineLight.YELLOW);
    assertThat(DeadlineLight.of(Duration.ofHours(10), BUDGET)).isEqualTo(DeadlineLight.YELLOW);
    assertThat(DeadlineLight.of(Duration.ofHours(10).plusNanos(1), BUDGET)).isEqualTo(DeadlineLight.RED);
  }

  @Test
  void thresholdsHoldForBudgetsThatDoNotDivideByFive() {
    Duration budget = Duration.ofSeconds(7);
    assertThat(DeadlineLight.of(Duration.ofMillis(5600).minusNanos(1), budget)).isEqualTo(DeadlineLight.GREEN);
    assertThat(DeadlineLight.of(Duration.ofMillis(5600), budget)).isEqualTo(DeadlineLight.YELLOW);
  }

  @Test
  void theLightFollowsTheExactShareOfTheBudgetUsed() {
    qt().withFixedSeed(80L).withExamples(2000)
        .forAll(longs().between(1, 400L * 86_400 * 1_000_000_000L), longs().between(0, 500L * 86_400 * 1_000_000_000L))
        .checkAssert((budgetNanos, usedNanos) -> {
          BigInteger used = BigInteger.valueOf(usedNanos);
          BigInteger budget = BigInteger.valueOf(budgetNanos);
          DeadlineLight expected = used.compareTo(budget) > 0 ? DeadlineLight.RED
              : used.multiply(BigInteger.valueOf(5)).compareTo(budget.multiply(BigInteger.valueOf(4))) >= 0
                  ? DeadlineLight.YELLOW : DeadlineLight.GREEN;
          assertThat(DeadlineLight.of(Duration.ofNanos(usedNanos), Duration.ofNanos(budgetNanos)))
              .isEqualTo(expected);
        });
  }
}
