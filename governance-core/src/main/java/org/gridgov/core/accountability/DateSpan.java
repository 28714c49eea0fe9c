package org.gridgov.core.accountability;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;

/**
 * A span of calendar dates, both ends inclusive: the period a scorecard, a compliance report or a
 * ledger summary covers.
 *
 * <p>{@link #toString()} gives {@code first/last} and {@link #parse(String)} reads it back. This class
 * is immutable and thread-safe.
 *
 * @param first  the first date
 * @param last  the last date, not before the first
 */
public record DateSpan(LocalDate first, LocalDate last) {

  /**
   * Creates the span.
   *
   * @throws InvalidInputException if a date is null or the last is before the first
   */
  public DateSpan {
    Checks.notNull(first, "first");
    Checks.notNull(last, "last");
    if (last.isBefore(first)) {
      throw new InvalidInputException("last", "must not be before first " + first, last);
    }
  }

  /**
   * Obtains a span from its first to its last date.
   *
   * @param first  the first date, not null
   * @param last  the last date, not null
   * @return the span, not null
   * @throws InvalidInputException if the last date is before the first
   */
  public static DateSpan of(LocalDate first, LocalDate last) {
    return new DateSpan(first, last);
  }

  /**
   * Obtains the span of one date.
   *
   * @param date  the date, not null
   * @return the span, not null
   */
  public static DateSpan day(LocalDate date) {
    return new DateSpan(date, date);
  }

  /**
   * Obtains the span of a calendar month.
   *
   * @param month  the month, not null
   * @return the span, not null
   */
  public static DateSpan month(YearMonth month) {
    Checks.notNull(month, "month");
    return new DateSpan(month.atDay(1), month.atEndOfMonth());
  }

  /**
   * Obtains the span of a calendar year.
   *
   * @param year  the year, within {@link Year#MIN_VALUE} to {@link Year#MAX_VALUE}
   * @return the span, not null
   * @throws InvalidInputException if the year is out of that range
   */
  public static DateSpan year(int year) {
    Checks.range(year, "year", Year.MIN_VALUE, Year.MAX_VALUE);
    return new DateSpan(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /**
   * Parses {@code first/last}, e.g. {@code 2022-05-01/2022-05-31}.
   *
   * @param text  the text, not null
   * @return the span, not null
   * @throws InvalidInputException if the text is malformed
   */
  public static DateSpan parse(String text) {
    Checks.notNull(text, "dateSpan");
    int slash = text.indexOf('/');
    if (slash < 0) {
      throw new InvalidInputException("dateSpan", "must be first/last in ISO dates", text);
    }
    try {
      return new DateSpan(LocalDate.parse(text.substring(0, slash)), LocalDate.parse(text.substring(slash + 1)));
    } catch (java.time.format.DateTimeParseException e) {
      throw new InvalidInputException("dateSpan", "must be first/last in ISO dates", text);
    }
  }

  /**
   * Returns whether the date lies in the span.
   *
   * @param date  the date, not null
   * @return true if first ≤ date ≤ last
   * @throws InvalidInputException if the date is null
   */
  public boolean contains(LocalDate date) {
    Checks.notNull(date, "date");
    return !date.isBefore(first) && !date.isAfter(last);
  }

  /**
   * Returns the number of dates in the span.
   *
   * @return the length in days, at least 1
   */
  public long lengthInDays() {
    return ChronoUnit.DAYS.between(first, last) + 1;
  }

  /**
   * Returns the dates of the span in order.
   *
   * @return the dates, not empty
   */
  public ImmutableList<LocalDate> dates() {
    return first.datesUntil(last.plusDays(1)).collect(ImmutableList.toImmutableList());
  }

  @Override
  public String toString() {
    return first + "/" + last;
  }
}
