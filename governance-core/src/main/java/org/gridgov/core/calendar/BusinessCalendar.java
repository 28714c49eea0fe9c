package org.gridgov.core.calendar;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;

/**
 * A business calendar as data: time zone, daily working periods, weekly rest days, public holidays
 * and make-up working days (调休), over a covered range of dates.
 *
 * <p>It measures counted time between instants for each {@link TimeKind} and finds the instant at
 * which an amount of counted time has passed. Instants outside the covered range are rejected for
 * the calendar-dependent kinds. This class is immutable and thread-safe.
 */
public final class BusinessCalendar {
  /** A working period within a day, e.g. 08:00–12:00. */
  public record Period(LocalTime start, LocalTime end) {
    /**
     * Creates a period.
     *
     * @throws InvalidInputException if start is not before end
     */
    public Period {
      Checks.notNull(start, "start");
      Checks.notNull(end, "end");
      if (!start.isBefore(end)) {
        throw new InvalidInputException("end", "must be after start " + start, end);
      }
    }
  }

  private final ZoneId zone;
  private final ImmutableList<Period> periods;
  private final ImmutableSet<DayOfWeek> restDays;
  private final ImmutableSet<LocalDate> holidays;
  private final ImmutableSet<LocalDate> makeUpWorkingDays;
  private final LocalDate first;
  private final LocalDate last;

  private BusinessCalendar(Builder b) {
    this.zone = b.zone;
    this.periods = ImmutableList.copyOf(b.periods);
    this.restDays = ImmutableSet.copyOf(b.restDays);
    this.holidays = ImmutableSet.copyOf(b.holidays);
    this.makeUpWorkingDays = ImmutableSet.copyOf(b.makeUpWorkingDays);
    this.first = b.first;
    this.last = b.last;
  }

  /**
   * Starts building a calendar.
   *
   * @param zone  the time zone, not null
   * @param first  the first covered date, not null
   * @param last  the last covered date, not before first, not null
   * @return a builder, not null
   */
  public static Builder builder(ZoneId zone, LocalDate first, LocalDate last) {
    return new Builder(zone, first, last);
  }

  /**
   * Returns the time zone.
   *
   * @return the zone, not null
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Returns whether a date is a working day: not a holiday, and either a make-up working day or not a
   * weekly rest day.
   *
   * @param date  a covered date, not null
   * @return true if a working day
   * @throws InvalidInputException if the date is outside the covered range
   */
  public boolean isWorkingDay(LocalDate date) {
    requireCovered(date);
    if (holidays.contains(date)) {
      return false;
    }
    return makeUpWorkingDays.contains(date) || !restDays.contains(date.getDayOfWeek());
  }

  /**
   * Returns the counted time of a kind between two instants; zero if {@code to} is not after {@code from}.
   *
   * @param kind  the kind, not null
   * @param from  the start, not null
   * @param to  the end, not null
   * @return the counted time, not negative
   * @throws InvalidInputException if a calendar-dependent kind meets an instant outside the range
   */
  public Duration elapsed(TimeKind kind, Instant from, Instant to) {
    Checks.notNull(kind, "kind");
    Checks.notNull(from, "from");
    Checks.notNull(to, "to");
    if (!to.isAfter(from)) {
      return Duration.ZERO;
    }
    if (kind == TimeKind.CONTINUOUS_HOURS || kind == TimeKind.NATURAL_DAYS) {
      return Duration.between(from, to);
    }
    Duration total = Duration.ZERO;
    for (Interval i : countedIntervals(kind, from, to)) {
      total = total.plus(Duration.between(i.start, i.end));
    }
    return total;
  }

  /**
   * Returns the instant at which an amount of counted time of a kind has passed since a start.
   *
   * @param kind  the kind, not null
   * @param from  the start, not null
   * @param amount  the counted time, not negative, not null
   * @return the instant, not null
   * @throws InvalidInputException if the result would fall outside the covered range
   */
  public Instant advance(TimeKind kind, Instant from, Duration amount) {
    Checks.notNull(kind, "kind");
    Checks.notNull(from, "from");
    Checks.notNull(amount, "amount");
    if (amount.isNegative()) {
      throw new InvalidInputException("amount", "must not be negative", amount);
    }
    if (kind == TimeKind.CONTINUOUS_HOURS || kind == TimeKind.NATURAL_DAYS) {
      return from.plus(amount);
    }
    Duration left = amount;
    LocalDate day = from.atZone(zone).toLocalDate();
    requireCovered(day);
    while (true) {
      for (Interval i : dayIntervals(kind, day)) {
        Instant s = i.start.isBefore(from) ? from : i.start;
        if (!i.end.isAfter(s)) {
          continue;
        }
        Duration span = Duration.between(s, i.end);
        if (span.compareTo(left) >= 0) {
          return s.plus(left);
        }
        left = left.minus(span);
      }
      day = day.plusDays(1);
      requireCovered(day);
    }
  }

  private record Interval(Instant start, Instant end) {}

  private List<Interval> countedIntervals(TimeKind kind, Instant from, Instant to) {
    List<Interval> out = new ArrayList<>();
    LocalDate day = from.atZone(zone).toLocalDate();
    LocalDate end = to.atZone(zone).toLocalDate();
    requireCovered(day);
    requireCovered(end);
    for (; !day.isAfter(end); day = day.plusDays(1)) {
      for (Interval i : dayIntervals(kind, day)) {
        Instant s = i.start.isBefore(from) ? from : i.start;
        Instant e = i.end.isAfter(to) ? to : i.end;
        if (e.isAfter(s)) {
          out.add(new Interval(s, e));
        }
      }
    }
    return out;
  }

  private List<Interval> dayIntervals(TimeKind kind, LocalDate day) {
    if (!isWorkingDay(day)) {
      return List.of();
    }
    if (kind == TimeKind.WORKING_DAYS) {
      return List.of(new Interval(day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant()));
    }
    List<Interval> out = new ArrayList<>(periods.size());
    for (Period p : periods) {
      ZonedDateTime s = day.atTime(p.start()).atZone(zone);
      ZonedDateTime e = day.atTime(p.end()).atZone(zone);
      out.add(new Interval(s.toInstant(), e.toInstant()));
    }
    return out;
  }

  private void requireCovered(LocalDate date) {
    if (date.isBefore(first) || date.isAfter(last)) {
      throw new InvalidInputException("date", "must lie within the calendar's range " + first + " to " + last, date);
    }
  }

  /** Collects a calendar's data. A builder is not thread-safe. */
  public static final class Builder {
    private final ZoneId zone;
    private final LocalDate first;
    private final LocalDate last;
    private final List<Period> periods = new ArrayList<>();
    private final Set<DayOfWeek> restDays = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    private final Set<LocalDate> holidays = new HashSet<>();
    private final Set<LocalDate> makeUpWorkingDays = new HashSet<>();

    private Builder(ZoneId zone, LocalDate first, LocalDate last) {
      this.zone = Checks.notNull(zone, "zone");
      this.first = Checks.notNull(first, "first");
      this.last = Checks.notNull(last, "last");
      if (last.isBefore(first)) {
        throw new InvalidInputException("last", "must not be before first " + first, last);
      }
    }

    /**
     * Adds a daily working period; periods must not overlap and are kept in order.
     *
     * @param start  the start, not null
     * @param end  the end, after start, not null
     * @return this builder
     */
    public Builder workingPeriod(LocalTime start, LocalTime end) {
      Period p = new Period(start, end);
      for (Period q : periods) {
        if (p.start().isBefore(q.end()) && q.start().isBefore(p.end())) {
          throw new InvalidInputException("workingPeriod", "must not overlap " + q.start() + "–" + q.end(),
              start + "–" + end);
        }
      }
      periods.add(p);
      periods.sort((a, c) -> a.start().compareTo(c.start()));
      return this;
    }

    /**
     * Replaces the weekly rest days (Saturday and Sunday by default).
     *
     * @param days  the rest days, not null
     * @return this builder
     */
    public Builder restDays(Set<DayOfWeek> days) {
      Checks.noNulls(days, "restDays");
      restDays.clear();
      restDays.addAll(days);
      return this;
    }

    /**
     * Adds a public holiday.
     *
     * @param date  the date, not null
     * @return this builder
     */
    public Builder holiday(LocalDate date) {
      holidays.add(Checks.notNull(date, "holiday"));
      return this;
    }

    /**
     * Adds a make-up working day 调休: a weekly rest day that is worked.
     *
     * @param date  the date, not null
     * @return this builder
     */
    public Builder makeUpWorkingDay(LocalDate date) {
      makeUpWorkingDays.add(Checks.notNull(date, "makeUpWorkingDay"));
      return this;
    }

    /**
     * Builds the calendar.
     *
     * @return the calendar, not null
     * @throws InvalidInputException if there is no working period or a date is both a holiday and a
     *     make-up working day
     */
    public BusinessCalendar build() {
      if (periods.isEmpty()) {
        throw new InvalidInputException("workingPeriods", "must name at least one working period");
      }
      for (LocalDate d : makeUpWorkingDays) {
        if (holidays.contains(d)) {
          throw new InvalidInputException("makeUpWorkingDay", "must not also be a holiday", d);
        }
      }
      return new BusinessCalendar(this);
    }
  }
}
