package org.gridgov.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.gridgov.core.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * Counted time at the edges: the first and last instant of the covered range, the start and end of
 * working periods, midnight, and one nanosecond either side of each.
 */
class CalendarEdgesTest {
  /** Monday 2025-01-06 to Monday 2025-01-13 in UTC, working 08:00–12:00 and 14:00–18:00, weekend off. */
  private static final BusinessCalendar WEEK = BusinessCalendar.builder(ZoneOffset.UTC,
          LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 13))
      .workingPeriod(LocalTime.of(8, 0), LocalTime.of(12, 0))
      .workingPeriod(LocalTime.of(14, 0), LocalTime.of(18, 0))
      .build();
  private static final Instant START = at("2025-01-06T00:00");
  private static final Instant END = at("2025-01-14T00:00");

  private static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).toInstant(ZoneOffset.UTC);
  }

  @Test
  void theRangeStartsAtMidnightOfTheFirstDayAndNotOneNanosecondEarlier() {
    assertThat(WEEK.elapsed(TimeKind.WORKING_HOURS, START, at("2025-01-06T09:00"))).isEqualTo(Duration.ofHours(1));
    assertThat(WEEK.elapsed(TimeKind.WORKING_DAYS, START, START.plusNanos(1))).isEqualTo(Duration.ofNanos(1));
    assertThat(WEEK.advance(TimeKind.WORKING_HOURS, START, Duration.ofHours(1))).isEqualTo(at("2025-01-06T09:00"));
    assertThat(WEEK.advance(TimeKind.WORKING_DAYS, START, Duration.ofDays(1))).isEqualTo(at("2025-01-07T00:00"));
    assertThatThrownBy(() -> WEEK.elapsed(TimeKind.WORKING_HOURS, START.minusNanos(1), START.plusNanos(1)))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("from: must lie within the calendar's range");
    assertThatThrownBy(() -> WEEK.advance(TimeKind.WORKING_DAYS, START.minusNanos(1), Duration.ofDays(1)))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("from: must lie within");
    assertThat(WEEK.elapsed(TimeKind.CONTINUOUS_HOURS, START.minusNanos(1), START)).as("wall-clock kinds need no range")
        .isEqualTo(Duration.ofNanos(1));
  }

  @Test
  void theRangeEndsAtMidnightAfterTheLastDayAndNotOneNanosecondLater() {
    Instant lastMonday = at("2025-01-13T00:00");
    assertThat(WEEK.elapsed(TimeKind.WORKING_HOURS, lastMonday, END)).isEqualTo(Duration.ofHours(8));
    assertThat(WEEK.elapsed(TimeKind.WORKING_DAYS, START, END)).isEqualTo(Duration.ofDays(6));
    assertThat(WEEK.elapsed(TimeKind.WORKING_DAYS, END, END)).isZero();
    assertThat(WEEK.advance(TimeKind.WORKING_DAYS, END, Duration.ZERO)).isEqualTo(END);
    assertThat(WEEK.advance(TimeKind.WORKING_HOURS, lastMonday, Duration.ofHours(8))).isEqualTo(at("2025-01-13T18:00"));
    assertThat(WEEK.advance(TimeKind.WORKING_DAYS, START, Duration.ofDays(6))).isEqualTo(END);
    assertThatThrownBy(() -> WEEK.elapsed(TimeKind.WORKING_HOURS, lastMonday, END.plusNanos(1)))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("to: must lie within the calendar's range");
    assertThatThrownBy(() -> WEEK.elapsed(TimeKind.WORKING_DAYS, lastMonday, END.plusSeconds(1)))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("to: must lie within");
    assertThatThrownBy(() -> WEEK.elapsed(TimeKind.WORKING_DAYS, lastMonday, Instant.MAX))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("to: must lie within");
    assertThatThrownBy(() -> WEEK.advance(TimeKind.WORKING_HOURS, lastMonday, Duration.ofHours(8).plusNanos(1)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("PT8H of WORKING_HOURS left");
    assertThatThrownBy(() -> WEEK.advance(TimeKind.WORKING_HOURS, END, Duration.ofNanos(1)))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("amount: must end within");
  }

  @Test
  void aDeadlineReachedExactlyAtTheEndOfAPeriodFallsThereNotAtTheNextStart() {
    assertThat(WEEK.advance(TimeKind.WORKING_HOURS, at("2025-01-06T08:00"), Duration.ofHours(4)))
        .isEqualTo(at("2025-01-06T12:00"));
    assertThat(WEEK.advance(TimeKind.WORKING_HOURS, at("2025-01-06T08:00"), Duration.ofHours(4).plusNanos(1)))
        .isEqualTo(at("2025-01-06T14:00").plusNanos(1));
    assertThat(WEEK.advance(TimeKind.WORKING_HOURS, at("2025-01-10T14:00"), Duration.ofHours(4)))
        .as("Friday's last hour, not Monday morning").isEqualTo(at("2025-01-10T18:00"));
    assertThat(WEEK.advance(TimeKind.WORKING_HOURS, at("2025-01-09T14:00"), Duration.ofHours(12)))
        .isEqualTo(at("2025-01-10T18:00"));
    assertThat(WEEK.advance(TimeKind.WORKING_HOURS, at("2025-01-10T14:00"), Duration.ofHours(4).plusNanos(1)))
        .isEqualTo(at("2025-01-13T08:00").plusNanos(1));
    assertThat(WEEK.advance(TimeKind.WORKING_DAYS, at("2025-01-10T00:00"), Duration.ofDays(1)))
        .as("a working day ends at Friday midnight").isEqualTo(at("2025-01-11T00:00"));
    assertThat(WEEK.advance(TimeKind.WORKING_DAYS, at("2025-01-06T00:00"), Duration.ofDays(5)))
        .isEqualTo(at("2025-01-11T00:00"));
  }

  @Test
  void periodBoundariesAndMidnightCountNothingOutsideWorkingTime() {
    assertThat(WEEK.elapsed(TimeKind.WORKING_HOURS, at("2025-01-06T12:00"), at("2025-01-06T14:00"))).isZero();
    assertThat(WEEK.elapsed(TimeKind.WORKING_HOURS, at("2025-01-06T12:00").minusNanos(1),
        at("2025-01-06T14:00").plusNanos(1))).isEqualTo(Duration.ofNanos(2));
    assertThat(WEEK.elapsed(TimeKind.WORKING_HOURS, at("2025-01-07T00:00"), at("2025-01-08T00:00")))
        .isEqualTo(Duration.ofHours(8));
    assertThat(WEEK.elapsed(TimeKind.WORKING_HOURS, at("2025-01-11T00:00"), at("2025-01-13T00:00"))).isZero();
    assertThat(WEEK.elapsed(TimeKind.WORKING_DAYS, at("2025-01-11T00:00"), at("2025-01-13T00:00"))).isZero();
    assertThat(WEEK.elapsed(TimeKind.WORKING_DAYS, at("2025-01-10T00:00").minusNanos(1),
        at("2025-01-13T00:00").plusNanos(1))).isEqualTo(Duration.ofDays(1).plusNanos(2));
    assertThat(WEEK.advance(TimeKind.WORKING_HOURS, at("2025-01-11T10:00"), Duration.ofNanos(1)))
        .as("from a weekend the clock starts on Monday").isEqualTo(at("2025-01-13T08:00").plusNanos(1));
  }

  @Test
  void periodsGivenOutOfOrderAreCountedInOrder() {
    BusinessCalendar reversed = BusinessCalendar.builder(ZoneOffset.UTC, LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 13))
        .workingPeriod(LocalTime.of(14, 0), LocalTime.of(18, 0))
        .workingPeriod(LocalTime.of(8, 0), LocalTime.of(12, 0))
        .build();
    assertThat(reversed.workingPeriods()).isEqualTo(WEEK.workingPeriods());
    assertThat(reversed.elapsed(TimeKind.WORKING_HOURS, START, at("2025-01-07T00:00"))).isEqualTo(Duration.ofHours(8));
    assertThat(reversed.advance(TimeKind.WORKING_HOURS, START, Duration.ofHours(5))).isEqualTo(at("2025-01-06T15:00"));
  }

  @Test
  void theBuilderKeepsWhatItWasGivenAndChains() {
    BusinessCalendar cal = BusinessCalendar.builder(ZoneId.of("Asia/Shanghai"), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))
        .restDays(EnumSet.of(DayOfWeek.SUNDAY))
        .holiday(LocalDate.of(2025, 10, 1))
        .holiday(LocalDate.of(2025, 1, 1))
        .makeUpWorkingDay(LocalDate.of(2025, 9, 28))
        .makeUpWorkingDay(LocalDate.of(2025, 1, 26))
        .workingPeriod(LocalTime.of(9, 0), LocalTime.of(17, 0))
        .build();
    assertThat(cal.restDays()).containsExactly(DayOfWeek.SUNDAY);
    assertThat(cal.holidays()).containsExactly(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 10, 1));
    assertThat(cal.makeUpWorkingDays()).containsExactly(LocalDate.of(2025, 1, 26), LocalDate.of(2025, 9, 28));
    assertThat(cal.isWorkingDay(LocalDate.of(2025, 1, 26))).as("a worked Sunday").isTrue();
    assertThat(cal.isWorkingDay(LocalDate.of(2025, 1, 4))).as("Saturday is no rest day here").isTrue();
    assertThat(cal.isWorkingDay(LocalDate.of(2025, 10, 1))).isFalse();
  }

  @Test
  void holidaysAndMakeUpDaysMustLieWithinTheRange() {
    BusinessCalendar.Builder b = BusinessCalendar.builder(ZoneOffset.UTC, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
    assertThatThrownBy(() -> b.holiday(LocalDate.of(2024, 12, 31)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("holiday: must lie within the calendar's range 2025-01-01 to 2025-12-31, was 2024-12-31");
    assertThatThrownBy(() -> b.makeUpWorkingDay(LocalDate.of(2026, 1, 1)))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("makeUpWorkingDay: must lie within");
    assertThatThrownBy(() -> b.holiday(null))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("holiday");
    BusinessCalendar edges = b.holiday(LocalDate.of(2025, 1, 1)).makeUpWorkingDay(LocalDate.of(2025, 12, 27))
        .workingPeriod(LocalTime.of(9, 0), LocalTime.of(17, 0)).build();
    assertThat(edges.isWorkingDay(LocalDate.of(2025, 1, 1))).isFalse();
    assertThat(edges.isWorkingDay(LocalDate.of(2025, 12, 27))).isTrue();
  }

  @Test
  void theRangeSpansAtMostAHundredYearsAndEndsBeforeTheLastRepresentableDate() {
    LocalDate first = LocalDate.of(2025, 1, 1);
    assertThat(BusinessCalendar.builder(ZoneOffset.UTC, first, first.plusYears(100))).isNotNull();
    assertThatThrownBy(() -> BusinessCalendar.builder(ZoneOffset.UTC, first, first.plusYears(100).plusDays(1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("last: must be at most 100 years after first 2025-01-01, was 2125-01-02");
    assertThatThrownBy(() -> BusinessCalendar.builder(ZoneOffset.UTC, first, first.minusDays(1)))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("last: must not be before first");
    assertThatThrownBy(() -> BusinessCalendar.builder(ZoneOffset.UTC, LocalDate.MAX.minusDays(3), LocalDate.MAX))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("last: must be before +999999999-12-31");
    BusinessCalendar farFuture = BusinessCalendar.builder(ZoneOffset.UTC, LocalDate.MAX.minusDays(3),
        LocalDate.MAX.minusDays(1)).workingPeriod(LocalTime.of(8, 0), LocalTime.of(12, 0)).restDays(EnumSet.noneOf(DayOfWeek.class)).build();
    Instant from = LocalDate.MAX.minusDays(3).atStartOfDay(ZoneOffset.UTC).toInstant();
    assertThat(farFuture.elapsed(TimeKind.WORKING_HOURS, from, from.plus(Duration.ofDays(3)))).isEqualTo(Duration.ofHours(12));
  }

  @Test
  void aroundDaylightSavingChangesEveryHalfHourAndItsNeighboursAgreeWithTheOracle() {
    check(ZoneId.of("Australia/Sydney"), LocalDate.of(2025, 4, 4), LocalDate.of(2025, 4, 9));
    check(ZoneId.of("America/New_York"), LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 5));
    check(ZoneId.of("America/New_York"), LocalDate.of(2025, 3, 8), LocalDate.of(2025, 3, 11));
  }

  private static void check(ZoneId zone, LocalDate first, LocalDate last) {
    BusinessCalendar cal = BusinessCalendar.builder(zone, first, last)
        .workingPeriod(LocalTime.of(1, 30), LocalTime.of(3, 30))
        .workingPeriod(LocalTime.of(8, 0), LocalTime.of(12, 0))
        .restDays(EnumSet.of(DayOfWeek.WEDNESDAY))
        .build();
    OracleCalendar oracle = new OracleCalendar(cal);
    Instant start = first.atStartOfDay(zone).toInstant();
    Instant end = last.plusDays(1).atStartOfDay(zone).toInstant();
    List<Instant> instants = new ArrayList<>();
    for (Instant t = start; t.isBefore(end); t = t.plus(Duration.ofMinutes(30))) {
      instants.add(t);
      instants.add(t.plusNanos(1));
      if (t.isAfter(start)) {
        instants.add(t.minusNanos(1));
      }
    }
    for (TimeKind kind : List.of(TimeKind.WORKING_HOURS, TimeKind.WORKING_DAYS)) {
      for (Instant t : instants) {
        assertThat(cal.elapsed(kind, start, t)).as("%s %s from the start to %s", zone, kind, t)
            .isEqualTo(oracle.elapsed(kind, start, t));
        assertThat(cal.elapsed(kind, t, end.minusNanos(1))).as("%s %s from %s to the end", zone, kind, t)
            .isEqualTo(oracle.elapsed(kind, t, end.minusNanos(1)));
        Duration fromStart = cal.elapsed(kind, start, t);
        if (!fromStart.isZero()) {
          assertThat(cal.advance(kind, start, fromStart)).as("%s %s advance to %s", zone, kind, t)
              .isEqualTo(oracle.advance(kind, start, fromStart));
        }
      }
    }
  }

  @Test
  void deadlinesFarAheadOnALongCalendarAgreeWithTheOracle() {
    BusinessCalendar decade = BusinessCalendar.builder(ZoneId.of("Asia/Shanghai"), LocalDate.of(2025, 1, 1),
            LocalDate.of(2034, 12, 31))
        .workingPeriod(LocalTime.of(8, 0), LocalTime.of(12, 0))
        .workingPeriod(LocalTime.of(14, 0), LocalTime.of(18, 0))
        .holiday(LocalDate.of(2034, 12, 29))
        .build();
    OracleCalendar oracle = new OracleCalendar(decade);
    Instant start = LocalDate.of(2025, 1, 1).atStartOfDay(decade.zone()).toInstant();
    Instant end = LocalDate.of(2035, 1, 1).atStartOfDay(decade.zone()).toInstant();
    for (TimeKind kind : List.of(TimeKind.WORKING_HOURS, TimeKind.WORKING_DAYS)) {
      Duration total = decade.elapsed(kind, start, end);
      for (long step = 1; step < 2000; step = step * 3 + 1) {
        for (Instant from : List.of(start, start.plus(Duration.ofDays(step)))) {
          Duration amount = kind == TimeKind.WORKING_DAYS ? Duration.ofDays(step) : Duration.ofHours(step);
          assertThat(decade.advance(kind, from, amount)).as("%s %s from %s", kind, amount, from)
              .isEqualTo(oracle.advance(kind, from, amount));
        }
      }
      assertThat(decade.advance(kind, start, total)).as("all of the %s", kind)
          .isEqualTo(kind == TimeKind.WORKING_DAYS ? LocalDate.of(2034, 12, 29).atStartOfDay(decade.zone()).toInstant()
              : LocalDate.of(2034, 12, 28).atTime(18, 0).atZone(decade.zone()).toInstant());
      assertThatThrownBy(() -> decade.advance(kind, start, total.plusNanos(1)))
          .isInstanceOf(InvalidInputException.class);
    }
  }
}
