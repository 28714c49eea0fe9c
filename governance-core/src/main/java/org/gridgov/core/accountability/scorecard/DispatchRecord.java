package org.gridgov.core.accountability.scorecard;

import java.time.Instant;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;

/**
 * The dispatch of a case (派遣): who dispatched, when, and how often it came back as sent to the wrong
 * handler (回退).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param dispatcher  the dispatching center
 * @param at  when first dispatched
 * @param returns  how often the case was returned as wrongly dispatched, not negative
 */
public record DispatchRecord(Subject dispatcher, Instant at, int returns) {

  /**
   * Creates the record.
   *
   * @throws InvalidInputException if a component is null or the returns negative
   */
  public DispatchRecord {
    Checks.notNull(dispatcher, "dispatcher");
    Checks.notNull(at, "at");
    Checks.range(returns, "returns", 0, 1000);
  }

  /**
   * Returns whether the dispatch was accurate.
   *
   * @return true if never returned
   */
  public boolean accurate() {
    return returns == 0;
  }
}
