package org.gridgov.core.calendar;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.quicktheories.core.Gen;

/** Generators for calendar properties: instants biased to period boundaries, amounts, calendars. */
final class CalendarGens {
  private static final List<LocalTime> BOUNDARIES = List.of(LocalTime.MIDNIGHT, LocalTime.of(8, 0),
      LocalTime.of(12, 0), LocalTime.of(14, 0), LocalTime.of(18, 0), LocalTime.of(9, 0), LocalTime.of(17, 0),
      LocalTime.of(23, 59, 59, 999_999_999));

  private CalendarGens() {}

  /** Instants from the start of the first covered day up to, not including, the end of the last. */
  static Gen<Instant> instantsIn(BusinessCalendar calendar) {
    long start = calendar.first().atStartOfDay(calendar.zone()).toEpochSecond();
    long end = calendar.last().plusDays(1).atStartOfDay(calendar.zone()).toEpochSecond();
    Gen<Instant> uniform = longs().between(start, end - 1)
        .zip(integers().between(0, 999_999_999).mix(arbitrary().constant(0), 70),
            (s, n) -> Instant.ofEpochSecond(s, n));
    int days = (int) ChronoUnit.DAYS.between(calendar.first(), calendar.last());
    Gen<Instant> boundary = integers().between(0, days)
        .zip(arbitrary().pick(BOUNDARIES), integers().between(-1, 1),
            (d, t, nudge) -> calendar.first().plusDays(d).atTime(t).atZone(calendar.zone()).toInstant()
                .plusNanos(nudge))
        .assuming(i -> !i.isBefore(Instant.ofEpochSecond(start)) && i.isBefore(Instant.ofEpochSecond(end)));
    return uniform.mix(boundary, 40);
  }

  /** Amounts of counted time from zero to 40 days, often whole hours or whole days. */
  static Gen<Duration> amounts() {
    Gen<Duration> any = longs().between(0, 40L * 86_400).zip(integers().between(0, 999_999_999),
        (s, n) -> Duration.ofSeconds(s, n));
    Gen<Duration> hours = integers().between(0, 200).map(h -> Duration.ofHours(h));
    Gen<Duration> days = integers().between(0, 30).map(d -> Duration.ofDays(d));
    return any.mix(hours, 40).mix(days, 30);
  }

  /** Time kinds, each equally likely. */
  static Gen<TimeKind> kinds() {
    return arbitrary().enumValues(TimeKind.class);
  }

  /**
   * Calendars of one year in zones with and without daylight saving time, with random holidays,
   * make-up working days, rest days and ordinary working periods.
   */
  static Gen<BusinessCalendar> calendars() {
    Gen<ZoneId> zones = arbitrary().pick(List.of(ZoneId.of("Asia/Shanghai"), ZoneId.of("Europe/Berlin"),
        ZoneId.of("America/New_York"), ZoneId.of("Australia/Sydney")));
    Gen<List<LocalTime[]>> periodSets = arbitrary().pick(List.of(
        List.of(new LocalTime[] {LocalTime.of(8, 0), LocalTime.of(12, 0)},
            new LocalTime[] {LocalTime.of(14, 0), LocalTime.of(18, 0)}),
        List.<LocalTime[]>of(new LocalTime[] {LocalTime.of(9, 0), LocalTime.of(17, 30)}),
        List.<LocalTime[]>of(new LocalTime[] {LocalTime.of(0, 0), LocalTime.of(23, 59)}),
        List.of(new LocalTime[] {LocalTime.of(7, 15), LocalTime.of(11, 45)},
            new LocalTime[] {LocalTime.of(13, 0), LocalTime.of(16, 0)},
            new LocalTime[] {LocalTime.of(19, 0), LocalTime.of(21, 0)})));
    Gen<Set<DayOfWeek>> restDays = arbitrary().pick(List.of(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
        EnumSet.of(DayOfWeek.SUNDAY), EnumSet.noneOf(DayOfWeek.class),
        EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY)));
    Gen<List<Integer>> offsets = lists().of(integers().between(0, 364)).ofSizeBetween(0, 30);
    Gen<Integer> years = integers().between(2024, 2028);
    return zones.zip(periodSets, restDays, offsets.zip(offsets, List::of), years,
        (zone, periods, rest, holidayAndWorkday, year) -> {
          LocalDate first = LocalDate.of(year, 1, 1);
          BusinessCalendar.Builder b = BusinessCalendar.builder(zone, first, first.plusDays(364));
          periods.forEach(p -> b.workingPeriod(p[0], p[1]));
          b.restDays(rest);
          holidayAndWorkday.get(0).forEach(d -> b.holiday(first.plusDays(d)));
          holidayAndWorkday.get(1).stream().filter(d -> !holidayAndWorkday.get(0).contains(d))
              .forEach(d -> b.makeUpWorkingDay(first.plusDays(d)));
          return b.build();
        });
  }
}
