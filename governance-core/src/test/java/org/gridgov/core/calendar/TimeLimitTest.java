package org.gridgov.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.gridgov.core.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Time limits: a positive budget of one kind of counted time, extended only by positive amounts. */
class TimeLimitTest {

  @Test
  void eachFactoryNamesItsKindAndBudget() {
    assertThat(TimeLimit.continuousHours(2)).isEqualTo(new TimeLimit(TimeKind.CONTINUOUS_HOURS, Duration.ofHours(2)));
    assertThat(TimeLimit.workingHours(4)).isEqualTo(new TimeLimit(TimeKind.WORKING_HOURS, Duration.ofHours(4)));
    assertThat(TimeLimit.workingDays(3)).isEqualTo(new TimeLimit(TimeKind.WORKING_DAYS, Duration.ofDays(3)));
    assertThat(TimeLimit.naturalDays(7)).isEqualTo(new TimeLimit(TimeKind.NATURAL_DAYS, Duration.ofDays(7)));
  }

  @Test
  void aBudgetMustBePositive() {
    assertThatThrownBy(() -> TimeLimit.naturalDays(0))
        .isInstanceOf(InvalidInputException.class).hasMessage("budget: must be positive, was PT0S");
    assertThatThrownBy(() -> TimeLimit.workingHours(-1))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("budget: must be positive");
    assertThatThrownBy(() -> new TimeLimit(TimeKind.WORKING_DAYS, Duration.ofNanos(-1)))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("budget: must be positive");
    assertThat(new TimeLimit(TimeKind.WORKING_DAYS, Duration.ofNanos(1)).budget()).isEqualTo(Duration.ofNanos(1));
  }

  @Test
  void anExtensionAddsToTheBudgetAndKeepsTheKind() {
    TimeLimit extended = TimeLimit.workingDays(5).plus(Duration.ofDays(2));
    assertThat(extended).isEqualTo(TimeLimit.workingDays(7));
    assertThat(TimeLimit.workingHours(4).plus(Duration.ofNanos(1)).budget())
        .isEqualTo(Duration.ofHours(4).plusNanos(1));
  }

  @Test
  void anExtensionMustBePositive() {
    TimeLimit limit = TimeLimit.workingDays(5);
    assertThatThrownBy(() -> limit.plus(Duration.ZERO))
        .isInstanceOf(InvalidInputException.class).hasMessage("extra: must be positive, was PT0S");
    assertThatThrownBy(() -> limit.plus(Duration.ofNanos(-1)))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("extra: must be positive");
    assertThatThrownBy(() -> limit.plus(null))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("extra");
  }

  @Test
  void budgetsBeyondDurationsRangeAreRefusedNotOverflowed() {
    assertThatThrownBy(() -> TimeLimit.workingDays(5).plus(Duration.ofSeconds(Long.MAX_VALUE)))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("extra: must keep the budget PT120H");
    assertThatThrownBy(() -> TimeLimit.continuousHours(Long.MAX_VALUE))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("hours: must fit in a Duration");
    assertThatThrownBy(() -> TimeLimit.naturalDays(Long.MAX_VALUE))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("days: must fit in a Duration");
  }
}
