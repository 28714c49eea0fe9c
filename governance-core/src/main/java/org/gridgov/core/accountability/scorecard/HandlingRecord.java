package org.gridgov.core.accountability.scorecard;

import java.time.Instant;
import java.util.Optional;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;

/**
 * One handling unit's part in a case (处置): grid worker, community, subdistrict or city center, or
 * department; its time limit, when it finished, and how often its result failed verification (返工).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param handler  the handling subject
 * @param due  the time limit
 * @param finishedAt  when it submitted its final result, empty if not yet
 * @param reworkCount  how often its result was sent back, not negative
 */
public record HandlingRecord(Subject handler, Instant due, Optional<Instant> finishedAt, int reworkCount) {

  /**
   * Creates the record.
   *
   * @throws InvalidInputException if a component is null or the rework count negative
   */
  public HandlingRecord {
    Checks.notNull(handler, "handler");
    Checks.notNull(due, "due");
    Checks.notNull(finishedAt, "finishedAt");
    Checks.range(reworkCount, "reworkCount", 0, 1000);
  }

  /**
   * Returns whether the handler finished by its time limit.
   *
   * @return true if finished no later than due
   */
  public boolean onTime() {
    return finishedAt.isPresent() && !finishedAt.get().isAfter(due);
  }
}
