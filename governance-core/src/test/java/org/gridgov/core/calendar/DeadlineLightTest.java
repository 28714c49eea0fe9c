package org.gridgov.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigInteger;
import java.time.Duration;
import org.gridgov.core.InvalidInputException;
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

  @Test
  void thresholdsHoldExactlyForBudgetsOfDecadesWhereNanosecondProductsWouldOverflow() {
    Duration budget = Duration.ofDays(100 * 365);
    Duration fourFifths = Duration.ofDays(80 * 365);
    assertThat(DeadlineLight.of(Duration.ofDays(1), budget)).isEqualTo(DeadlineLight.GREEN);
    assertThat(DeadlineLight.of(fourFifths.minusNanos(1), budget)).isEqualTo(DeadlineLight.GREEN);
    assertThat(DeadlineLight.of(fourFifths, budget)).isEqualTo(DeadlineLight.YELLOW);
    assertThat(DeadlineLight.of(budget, budget)).isEqualTo(DeadlineLight.YELLOW);
    assertThat(DeadlineLight.of(budget.plusNanos(1), budget)).isEqualTo(DeadlineLight.RED);
  }

  @Test
  void aBudgetUsedUpToTheLastNanosecondBeforeTheOverflowLimitIsYellow() {
    // 5 × (1 844 674 407.999999999 s in nanoseconds) no longer fits in a long
    Duration edge = Duration.ofSeconds(Long.MAX_VALUE / 5 / 1_000_000_000L, 999_999_999);
    assertThat(DeadlineLight.of(edge, edge)).isEqualTo(DeadlineLight.YELLOW);
    assertThat(DeadlineLight.of(edge.minusSeconds(1), edge.plusSeconds(1))).isEqualTo(DeadlineLight.YELLOW);
  }

  @Test
  void aBudgetThatIsNotPositiveOrNegativeTimeUsedIsRefused() {
    assertThatThrownBy(() -> DeadlineLight.of(Duration.ZERO, Duration.ZERO))
        .isInstanceOf(InvalidInputException.class).hasMessage("budget: must be positive, was PT0S");
    assertThatThrownBy(() -> DeadlineLight.of(Duration.ZERO, Duration.ofHours(-1)))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("budget: must be positive");
    assertThatThrownBy(() -> DeadlineLight.of(Duration.ofNanos(-1), BUDGET))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("used: must not be negative");
    assertThatThrownBy(() -> DeadlineLight.of(null, BUDGET))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("used");
  }
}
