package org.gridgov.core.calendar;

import java.time.Duration;
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

  /** Durations below this many seconds (about 58 years) compare exactly in long nanoseconds times 5. */
  private static final long SAFE_SECONDS = Long.MAX_VALUE / 5 / 1_000_000_000L;

  /**
   * Returns the light for an amount of counted time used against a budget.
   *
   * @param used  the counted time used, not null
   * @param budget  the budget, positive, not null
   * @return the light, not null
   */
  public static DeadlineLight of(Duration used, Duration budget) {
    Checks.notNull(used, "used");
    Checks.notNull(budget, "budget");
    if (used.compareTo(budget) > 0) {
      return RED;
    }
    if (budget.getSeconds() < SAFE_SECONDS && used.getSeconds() < SAFE_SECONDS) {
      return 5 * used.toNanos() >= 4 * budget.toNanos() ? YELLOW : GREEN;
    }
    return used.multipliedBy(5).compareTo(budget.multipliedBy(4)) >= 0 ? YELLOW : GREEN;
  }
}
