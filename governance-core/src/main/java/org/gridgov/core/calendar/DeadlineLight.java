package org.gridgov.core.calendar;

import java.time.Duration;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;

/**
 * The deadline light of a running limit: green, yellow from 80 % of the budget, red when overdue.
 */
public enum DeadlineLight {
  /** Less than 80 % of the budget used. */
  GREEN,
  /** At least 80 % used, not yet overdue. */
  YELLOW,
  /** Overdue: more than the whole budget used. */
  RED;

  /** Budgets below this many seconds (about 58 years) compare exactly in long nanoseconds times 5. */
  private static final long SAFE_SECONDS = Long.MAX_VALUE / 5 / 1_000_000_000L;

  /**
   * Returns the light for an amount of counted time used against a budget.
   *
   * @param used  the counted time used, not negative, not null
   * @param budget  the budget, positive, not null
   * @return the light, not null
   * @throws InvalidInputException if an argument is null, the time used is negative or the budget is
   *     not positive
   */
  public static DeadlineLight of(Duration used, Duration budget) {
    Checks.notNull(used, "used");
    Checks.notNull(budget, "budget");
    if (used.isNegative()) {
      throw new InvalidInputException("used", "must not be negative", used);
    }
    if (budget.isNegative() || budget.isZero()) {
      throw new InvalidInputException("budget", "must be positive", budget);
    }
    if (used.compareTo(budget) > 0) {
      return RED;
    }
    // here used <= budget, so a budget below the limit keeps both products within a long
    if (budget.getSeconds() < SAFE_SECONDS) {
      return 5 * used.toNanos() >= 4 * budget.toNanos() ? YELLOW : GREEN;
    }
    return used.multipliedBy(5).compareTo(budget.multipliedBy(4)) >= 0 ? YELLOW : GREEN;
  }
}
