package org.gridgov.core.calendar;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
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
 * the calendar-dependent kinds. A calendar is built with {@link #builder}, read from its plain-text
 * form with {@link #parse(String)}, or taken ready-made from {@link #chinaMainland()}. Counted time
 * is precomputed per covered day when the calendar is built, so {@link #elapsed} and
 * {@link #advance} are cheap enough to call on every case transition.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BusinessCalendar {
  private static final long NANOS_PER_SECOND = 1_000_000_000L;
  private static final long MAX_YEARS = 100;

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
  private final ImmutableSortedSet<LocalDate> holidays;
  private final ImmutableSortedSet<LocalDate> makeUpWorkingDays;
  private final LocalDate first;
  private final LocalDate last;
  private final boolean[] working;
  private final CountedTimeline workingHours;
  private final CountedTimeline workingDays;

  private BusinessCalendar(Builder b) {
    this.zone = b.zone;
    this.periods = ImmutableList.copyOf(b.periods);
    this.restDays = ImmutableSet.copyOf(b.restDays);
    this.holidays = ImmutableSortedSet.copyOf(b.holidays);
    this.makeUpWorkingDays = ImmutableSortedSet.copyOf(b.makeUpWorkingDays);
    this.first = b.first;
    this.last = b.last;
    int n = Math.toIntExact(ChronoUnit.DAYS.between(first, last) + 1);
    this.working = new boolean[n];
    for (int d = 0; d < n; d++) {
      LocalDate date = first.plusDays(d);
      working[d] = !holidays.contains(date)
          && (makeUpWorkingDays.contains(date) || !restDays.contains(date.getDayOfWeek()));
    }
    this.workingHours = CountedTimeline.build(zone, first, working, periods);
    this.workingDays = CountedTimeline.build(zone, first, working, null);
  }

  /**
   * Starts building a calendar.
   *
   * @param zone  the time zone, not null
   * @param first  the first covered date, not null
   * @param last  the last covered date, not before first, at most 100 years after it and before
   *     {@link LocalDate#MAX}, not null
   * @return a builder, not null
   * @throws InvalidInputException if an argument is null or the range is empty or too long
   */
  public static Builder builder(ZoneId zone, LocalDate first, LocalDate last) {
    return new Builder(zone, first, last);
  }

  /**
   * Reads a calendar from its plain-text form (see {@code docs/CALENDAR.md}).
   *
   * <p>The form is line-oriented: {@code zone Asia/Shanghai}, {@code range 2025-01-01 2027-12-31},
   * {@code working-period 08:00 12:00}, {@code rest-days SAT SUN}, {@code holiday 2025-01-01} or
   * {@code holiday 2025-01-28..2025-02-04}, {@code workday 2025-01-26}; {@code #} starts a comment.
   *
   * @param text  the calendar text, not null
   * @return the calendar, not null
   * @throws InvalidInputException naming the line number and the rule, if the text breaks a rule
   */
  public static BusinessCalendar parse(String text) {
    Checks.notNull(text, "text");
    try {
      return parse(new StringReader(text));
    } catch (IOException e) {
      throw new AssertionError("a StringReader does not fail", e);
    }
  }

  /**
   * Reads a calendar from its plain-text form, as {@link #parse(String)} does.
   *
   * @param source  the calendar text, not null; not closed by this method
   * @return the calendar, not null
   * @throws InvalidInputException naming the line number and the rule, if the text breaks a rule
   * @throws IOException if reading the source fails
   */
  public static BusinessCalendar parse(Reader source) throws IOException {
    Checks.notNull(source, "source");
    return CalendarParser.parse(new BufferedReader(source));
  }

  /**
   * Returns the mainland-China calendar for 2025–2027 (zone Asia/Shanghai, working periods
   * 08:00–12:00 and 14:00–18:00, Saturday and Sunday rest days, public holidays and make-up working
   * days from the State Council General Office notices).
   *
   * <p>2025 and 2026 follow the published notices; 2027 is provisional (statutory holidays only, no
   * make-up working days) until its notice is published. See {@code docs/CALENDAR.md}.
   *
   * @return the shared calendar, not null
   */
  public static BusinessCalendar chinaMainland() {
    return ChinaMainland.CALENDAR;
  }

  /** Holds the shipped calendar, read once on first use. */
  private static final class ChinaMainland {
    static final String RESOURCE = "china-mainland-2025-2027.calendar";
    static final BusinessCalendar CALENDAR = load();

    private static BusinessCalendar load() {
      InputStream in = BusinessCalendar.class.getResourceAsStream(RESOURCE);
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is missing from the library");
      }
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return parse(r);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
      }
    }
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
   * Returns the first covered date.
   *
   * @return the date, not null
   */
  public LocalDate first() {
    return first;
  }

  /**
   * Returns the last covered date.
   *
   * @return the date, not null
   */
  public LocalDate last() {
    return last;
  }

  /**
   * Returns the daily working periods, in order.
   *
   * @return the periods, not empty, not null
   */
  public ImmutableList<Period> workingPeriods() {
    return periods;
  }

  /**
   * Returns the weekly rest days.
   *
   * @return the rest days, not null
   */
  public ImmutableSet<DayOfWeek> restDays() {
    return restDays;
  }

  /**
   * Returns the public holidays, in date order.
   *
   * @return the holidays, not null
   */
  public ImmutableSortedSet<LocalDate> holidays() {
    return holidays;
  }

  /**
   * Returns the make-up working days 调休, in date order.
   *
   * @return the make-up working days, not null
   */
  public ImmutableSortedSet<LocalDate> makeUpWorkingDays() {
    return makeUpWorkingDays;
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
    Checks.notNull(date, "date");
    if (date.isBefore(first) || date.isAfter(last)) {
      throw new InvalidInputException("date", "must lie within the calendar's range " + rangeText(), date);
    }
    return working[(int) ChronoUnit.DAYS.between(first, date)];
  }

  /**
   * Returns the counted time of a kind between two instants; zero if {@code to} is not after {@code from}.
   *
   * <p>For {@link TimeKind#WORKING_HOURS} only time inside the working periods of working days
   * counts; for {@link TimeKind#WORKING_DAYS} whole working days count around the clock; the other
   * kinds count wall-clock time. Calendar-dependent kinds take constant time per call.
   *
   * @param kind  the kind, not null
   * @param from  the start, not null
   * @param to  the end, not null
   * @return the counted time, not negative
   * @throws InvalidInputException if a calendar-dependent kind meets an instant outside the range
   *     (from the start of the first covered day to the end of the last)
   */
  public Duration elapsed(TimeKind kind, Instant from, Instant to) {
    Checks.notNull(kind, "kind");
    Checks.notNull(from, "from");
    Checks.notNull(to, "to");
    if (!to.isAfter(from)) {
      return Duration.ZERO;
    }
    CountedTimeline timeline = timeline(kind);
    if (timeline == null) {
      return Duration.between(from, to);
    }
    long start = timeline.countedUpTo(position(timeline, from, "from"));
    long end = timeline.countedUpTo(position(timeline, to, "to"));
    return Duration.ofNanos(end - start);
  }

  /**
   * Returns the earliest instant at which an amount of counted time of a kind has passed since a
   * start; the start itself for a zero amount.
   *
   * <p>For example, 4 working hours from a Friday 17:00 end on the next working day at 11:00 when
   * the working periods are 08:00–12:00 and 14:00–18:00. Calendar-dependent kinds take time
   * logarithmic in the span per call.
   *
   * @param kind  the kind, not null
   * @param from  the start, not null
   * @param amount  the counted time, not negative, not null
   * @return the instant, not null
   * @throws InvalidInputException if the amount is negative, or for a calendar-dependent kind if the
   *     start or the result would fall outside the covered range
   */
  public Instant advance(TimeKind kind, Instant from, Duration amount) {
    Checks.notNull(kind, "kind");
    Checks.notNull(from, "from");
    Checks.notNull(amount, "amount");
    if (amount.isNegative()) {
      throw new InvalidInputException("amount", "must not be negative", amount);
    }
    CountedTimeline timeline = timeline(kind);
    if (timeline == null) {
      return from.plus(amount);
    }
    long start = position(timeline, from, "from");
    if (amount.isZero()) {
      return from;
    }
    long before = timeline.countedUpTo(start);
    long left = timeline.total() - before;
    long wanted = amount.getSeconds() > left / NANOS_PER_SECOND ? Long.MAX_VALUE : amount.toNanos();
    if (wanted > left) {
      throw new InvalidInputException("amount",
          "must end within the calendar's range " + rangeText() + " (" + Duration.ofNanos(left) + " of "
              + kind + " left after " + from + ")", amount);
    }
    return timeline.instantAt(timeline.positionOfCounted(start, before + wanted));
  }

  private CountedTimeline timeline(TimeKind kind) {
    switch (kind) {
      case WORKING_HOURS:
        return workingHours;
      case WORKING_DAYS:
        return workingDays;
      default:
        return null;
    }
  }

  private long position(CountedTimeline timeline, Instant instant, String field) {
    if (!timeline.covers(instant)) {
      throw new InvalidInputException(field, "must lie within the calendar's range " + rangeText(), instant);
    }
    return timeline.position(instant);
  }

  private String rangeText() {
    return first + " to " + last + " (" + zone + ")";
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
      // whole years first, so that plusYears cannot overflow for a first date near LocalDate.MAX
      if (ChronoUnit.YEARS.between(first, last) >= MAX_YEARS && last.isAfter(first.plusYears(MAX_YEARS))) {
        throw new InvalidInputException("last", "must be at most " + MAX_YEARS + " years after first " + first, last);
      }
      if (last.equals(LocalDate.MAX)) {
        throw new InvalidInputException("last", "must be before " + LocalDate.MAX + ", whose end has no date", last);
      }
    }

    private LocalDate covered(LocalDate date, String field) {
      Checks.notNull(date, field);
      if (date.isBefore(first) || date.isAfter(last)) {
        throw new InvalidInputException(field, "must lie within the calendar's range " + first + " to " + last, date);
      }
      return date;
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
     * @param date  the date, within the covered range, not null
     * @return this builder
     * @throws InvalidInputException if the date is null or outside the covered range
     */
    public Builder holiday(LocalDate date) {
      holidays.add(covered(date, "holiday"));
      return this;
    }

    /**
     * Adds a make-up working day 调休: a weekly rest day that is worked.
     *
     * @param date  the date, within the covered range, not null
     * @return this builder
     * @throws InvalidInputException if the date is null or outside the covered range
     */
    public Builder makeUpWorkingDay(LocalDate date) {
      makeUpWorkingDays.add(covered(date, "makeUpWorkingDay"));
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
