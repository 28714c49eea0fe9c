package org.gridgov.core.accountability.points;

import org.gridgov.core.InvalidInputException;
import org.gridgov.core.accountability.DateSpan;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.people.PersonId;

/**
 * A person's points over a period: opening balance, earned, redeemed, closing balance.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param person  the person
 * @param span  the period
 * @param opening  the balance before the period
 * @param earned  points earned in the period, not negative
 * @param redeemed  points redeemed in the period, not negative
 * @param entries  the number of entries in the period, not negative
 */
public record PeriodSummary(PersonId person, DateSpan span, long opening, long earned, long redeemed, int entries) {

  /**
   * Creates the summary.
   *
   * @throws InvalidInputException if a component is null or an amount or the entry count negative
   */
  public PeriodSummary {
    Checks.notNull(person, "person");
    Checks.notNull(span, "span");
    Checks.range(opening, "opening", 0, Long.MAX_VALUE);
    Checks.range(earned, "earned", 0, Long.MAX_VALUE);
    Checks.range(redeemed, "redeemed", 0, Long.MAX_VALUE);
    Checks.range(entries, "entries", 0, Integer.MAX_VALUE);
  }

  /**
   * Returns the balance at the end of the period.
   *
   * @return opening + earned − redeemed
   */
  public long closing() {
    return opening + earned - redeemed;
  }
}
