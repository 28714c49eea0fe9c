package org.gridgov.core.cases;

import java.time.Duration;
import java.time.Instant;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;

/**
 * A period during which one holder held a case.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param holder  the holder
 * @param from  the start
 * @param to  the end: the next change of holder, the case's end, or the query instant
 */
public record HolderPeriod(Holder holder, Instant from, Instant to) {

  /**
   * Creates the period.
   *
   * @throws InvalidInputException if a value is null or the end is before the start
   */
  public HolderPeriod {
    Checks.notNull(holder, "holder");
    Checks.notNull(from, "from");
    Checks.notNull(to, "to");
    if (to.isBefore(from)) {
      throw new InvalidInputException("to", "must not be before " + from, to);
    }
  }

  /**
   * Returns how long the holder held the case, in continuous time.
   *
   * @return the duration, not null
   */
  public Duration duration() {
    return Duration.between(from, to);
  }
}
