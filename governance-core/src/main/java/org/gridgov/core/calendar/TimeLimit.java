package org.gridgov.core.calendar;

import java.time.Duration;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;

/**
 * A time limit: an amount of counted time of one {@link TimeKind}, e.g. 4 working hours.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param kind  how the clock runs
 * @param budget  the counted time allowed, positive
 */
public record TimeLimit(TimeKind kind, Duration budget) {

  /**
   * Creates a limit.
   *
   * @throws InvalidInputException if a component is null or the budget is not positive
   */
  public TimeLimit {
    Checks.notNull(kind, "kind");
    Checks.notNull(budget, "budget");
    if (budget.isNegative() || budget.isZero()) {
      throw new InvalidInputException("budget", "must be positive", budget);
    }
  }

  /**
   * Obtains a limit of continuous hours.
   *
   * @param hours  the hours, positive
   * @return the limit, not null
   * @throws InvalidInputException if the hours are not positive or too many for a Duration
   */
  public static TimeLimit continuousHours(long hours) {
    return new TimeLimit(TimeKind.CONTINUOUS_HOURS, hours(hours));
  }

  /**
   * Obtains a limit of working hours.
   *
   * @param hours  the hours, positive
   * @return the limit, not null
   * @throws InvalidInputException if the hours are not positive or too many for a Duration
   */
  public static TimeLimit workingHours(long hours) {
    return new TimeLimit(TimeKind.WORKING_HOURS, hours(hours));
  }

  /**
   * Obtains a limit of working days.
   *
   * @param days  the days, positive
   * @return the limit, not null
   * @throws InvalidInputException if the days are not positive or too many for a Duration
   */
  public static TimeLimit workingDays(long days) {
    return new TimeLimit(TimeKind.WORKING_DAYS, days(days));
  }

  /**
   * Obtains a limit of natural days.
   *
   * @param days  the days, positive
   * @return the limit, not null
   * @throws InvalidInputException if the days are not positive or too many for a Duration
   */
  public static TimeLimit naturalDays(long days) {
    return new TimeLimit(TimeKind.NATURAL_DAYS, days(days));
  }

  /**
   * Returns this limit extended by more counted time of the same kind.
   *
   * @param extra  the extension, positive
   * @return the longer limit, not null
   * @throws InvalidInputException if the extension is null or not positive, or the sum does not fit
   *     in a {@link Duration}
   */
  public TimeLimit plus(Duration extra) {
    Checks.notNull(extra, "extra");
    if (extra.isNegative() || extra.isZero()) {
      throw new InvalidInputException("extra", "must be positive", extra);
    }
    try {
      return new TimeLimit(kind, budget.plus(extra));
    } catch (ArithmeticException e) {
      throw new InvalidInputException("extra", "must keep the budget " + budget + " within Duration's range", extra);
    }
  }

  private static Duration hours(long hours) {
    try {
      return Duration.ofHours(hours);
    } catch (ArithmeticException e) {
      throw new InvalidInputException("hours", "must fit in a Duration", hours);
    }
  }

  private static Duration days(long days) {
    try {
      return Duration.ofDays(days);
    } catch (ArithmeticException e) {
      throw new InvalidInputException("days", "must fit in a Duration", days);
    }
  }
}
