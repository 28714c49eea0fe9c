package org.gridgov.core.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.gridgov.core.InvalidInputException;

/**
 * The first, day-by-day implementation of {@link BusinessCalendar#elapsed} and
 * {@link BusinessCalendar#advance}, kept as a test oracle for the precomputed one.
 *
 * <p>Known differences, both at the edges: the oracle returns the start of the next counted
 * interval (not the start itself) for a zero amount, and it rejects the very end of the range
 * (midnight after the last day), which the precomputed calendar accepts.
 */
final class OracleCalendar {
  private final ZoneId zone;
  private final List<BusinessCalendar.Period> periods;
  private final Predicate<LocalDate> workingDay;
  private final LocalDate first;
  private final LocalDate last;

  OracleCalendar(BusinessCalendar calendar) {
    this.zone = calendar.zone();
    this.periods = calendar.workingPeriods();
    this.first = calendar.first();
    this.last = calendar.last();
    this.workingDay = calendar::isWorkingDay;
  }

  Duration elapsed(TimeKind kind, Instant from, Instant to) {
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

  Instant advance(TimeKind kind, Instant from, Duration amount) {
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
    if (!workingDay.test(day)) {
      return List.of();
    }
    if (kind == TimeKind.WORKING_DAYS) {
      return List.of(new Interval(day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant()));
    }
    List<Interval> out = new ArrayList<>(periods.size());
    for (BusinessCalendar.Period p : periods) {
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
}
