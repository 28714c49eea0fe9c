package org.gridgov.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.gridgov.core.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The shipped mainland-China calendar and the time kinds on it, by example. */
class ChinaMainlandCalendarTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private final BusinessCalendar china = BusinessCalendar.chinaMainland();

  private static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
  }

  private boolean working(String date) {
    return china.isWorkingDay(LocalDate.parse(date));
  }

  @Test
  void coversTheYears2025To2027InShanghaiWithTwoWorkingPeriods() {
    assertThat(china.zone()).isEqualTo(SHANGHAI);
    assertThat(china.first()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(china.last()).isEqualTo(LocalDate.of(2027, 12, 31));
    assertThat(china.workingPeriods()).containsExactly(
        new BusinessCalendar.Period(LocalTime.of(8, 0), LocalTime.of(12, 0)),
        new BusinessCalendar.Period(LocalTime.of(14, 0), LocalTime.of(18, 0)));
    assertThat(BusinessCalendar.chinaMainland()).isSameAs(china);
  }

  @Test
  void springFestival2025RunsFromNewYearsEveToTheSeventhDayWithTwoMakeUpWorkingDays() {
    assertThat(working("2025-01-26")).as("Sunday 26 January is a make-up working day").isTrue();
    assertThat(working("2025-01-27")).isTrue();
    for (LocalDate d = LocalDate.of(2025, 1, 28); !d.isAfter(LocalDate.of(2025, 2, 4)); d = d.plusDays(1)) {
      assertThat(china.isWorkingDay(d)).as("%s is in the Spring Festival holiday", d).isFalse();
    }
    assertThat(working("2025-02-05")).isTrue();
    assertThat(working("2025-02-08")).as("Saturday 8 February is a make-up working day").isTrue();
    assertThat(working("2025-02-09")).as("an ordinary Sunday").isFalse();
  }

  @Test
  void workingHoursAcrossSpringFestival2025CountOnlyTheDaysAround() {
    assertThat(china.elapsed(TimeKind.WORKING_HOURS, at("2025-01-27T08:00"), at("2025-02-05T18:00")))
        .isEqualTo(Duration.ofHours(16));
    assertThat(china.elapsed(TimeKind.NATURAL_DAYS, at("2025-01-27T08:00"), at("2025-02-05T18:00")))
        .isEqualTo(Duration.ofDays(9).plusHours(10));
  }

  @Test
  void nationalDay2025IsEightDaysWithMakeUpWorkingDaysOnTheSundayBeforeAndTheSaturdayAfter() {
    assertThat(working("2025-09-28")).isTrue();
    assertThat(working("2025-09-30")).isTrue();
    for (LocalDate d = LocalDate.of(2025, 10, 1); !d.isAfter(LocalDate.of(2025, 10, 8)); d = d.plusDays(1)) {
      assertThat(china.isWorkingDay(d)).as("%s is in the National Day holiday", d).isFalse();
    }
    assertThat(working("2025-10-09")).isTrue();
    assertThat(working("2025-10-11")).as("Saturday 11 October is a make-up working day").isTrue();
  }

  @Test
  void fourWorkingHoursFromFriday1700EndMonday1100() {
    assertThat(china.advance(TimeKind.WORKING_HOURS, at("2025-03-07T17:00"), Duration.ofHours(4)))
        .isEqualTo(at("2025-03-10T11:00"));
  }

  @Test
  void aWorkingHourLimitSkipsTheLunchBreak() {
    assertThat(china.advance(TimeKind.WORKING_HOURS, at("2025-03-10T11:30"), Duration.ofHours(1)))
        .isEqualTo(at("2025-03-10T14:30"));
  }

  @Test
  void workingDaysSkipTheNationalDayHoliday() {
    // 30 Sep counts, 1–8 Oct do not, 9 and 10 Oct count
    assertThat(china.advance(TimeKind.WORKING_DAYS, at("2025-09-30T00:00"), Duration.ofDays(3)))
        .isEqualTo(at("2025-10-11T00:00"));
    assertThat(china.advance(TimeKind.WORKING_DAYS, at("2025-09-30T10:00"), Duration.ofDays(2)))
        .isEqualTo(at("2025-10-10T10:00"));
    assertThat(china.elapsed(TimeKind.WORKING_DAYS, at("2025-09-30T10:00"), at("2025-10-10T10:00")))
        .isEqualTo(Duration.ofDays(2));
  }

  @Test
  void naturalDaysAndContinuousHoursIgnoreTheHoliday() {
    assertThat(china.advance(TimeKind.NATURAL_DAYS, at("2025-09-30T10:00"), Duration.ofDays(2)))
        .isEqualTo(at("2025-10-02T10:00"));
    assertThat(china.advance(TimeKind.CONTINUOUS_HOURS, at("2025-10-01T23:00"), Duration.ofHours(2)))
        .isEqualTo(at("2025-10-02T01:00"));
  }

  @Test
  void year2026FollowsItsNotice() {
    assertThat(working("2026-01-04")).as("Sunday after New Year").isTrue();
    assertThat(working("2026-02-14")).isTrue();
    assertThat(working("2026-02-15")).isFalse();
    assertThat(working("2026-02-23")).as("Monday, seventh day of the first month").isFalse();
    assertThat(working("2026-02-24")).isTrue();
    assertThat(working("2026-02-28")).isTrue();
    assertThat(working("2026-05-09")).isTrue();
    assertThat(working("2026-09-20")).isTrue();
    assertThat(working("2026-10-07")).isFalse();
    assertThat(working("2026-10-10")).isTrue();
  }

  @Test
  void year2027HasOnlyTheStatutoryDaysAndNoMakeUpWorkingDays() {
    assertThat(working("2027-01-01")).isFalse();
    assertThat(working("2027-02-05")).as("New Year's Eve, Friday").isFalse();
    assertThat(working("2027-02-08")).as("third day of the first month, Monday").isFalse();
    assertThat(working("2027-02-09")).as("no notice yet: Tuesday is an ordinary working day").isTrue();
    assertThat(working("2027-04-05")).isFalse();
    assertThat(working("2027-06-09")).isFalse();
    assertThat(working("2027-09-15")).isFalse();
    assertThat(working("2027-10-01")).isFalse();
    assertThat(working("2027-10-04")).isTrue();
    for (LocalDate d = LocalDate.of(2027, 1, 1); d.getYear() == 2027; d = d.plusDays(1)) {
      if (d.getDayOfWeek().getValue() >= 6) {
        assertThat(china.isWorkingDay(d)).as("%s: no make-up working day is known for 2027", d).isFalse();
      }
    }
  }

  @Test
  void instantsOutsideTheRangeAreRejectedForCalendarKindsOnly() {
    Instant before = at("2024-12-31T23:59:59");
    Instant inside = at("2025-01-02T09:00");
    assertThatThrownBy(() -> china.elapsed(TimeKind.WORKING_HOURS, before, inside))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("from: must lie within the calendar's range 2025-01-01 to 2027-12-31 (Asia/Shanghai), "
            + "was 2024-12-31T15:59:59Z");
    assertThatThrownBy(() -> china.elapsed(TimeKind.WORKING_DAYS, inside, at("2028-01-01T00:00:01")))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("to: must lie within");
    assertThat(china.elapsed(TimeKind.CONTINUOUS_HOURS, before, inside)).isEqualTo(Duration.between(before, inside));
    assertThatThrownBy(() -> china.isWorkingDay(LocalDate.of(2028, 1, 1)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("2025-01-01 to 2027-12-31");
  }

  @Test
  void advancePastTheEndOfTheRangeIsRejectedNamingWhatIsLeft() {
    assertThatThrownBy(() -> china.advance(TimeKind.WORKING_HOURS, at("2027-12-31T17:00"), Duration.ofHours(2)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("amount: must end within the calendar's range")
        .hasMessageContaining("PT1H of WORKING_HOURS left");
    assertThat(china.advance(TimeKind.WORKING_HOURS, at("2027-12-31T17:00"), Duration.ofHours(1)))
        .isEqualTo(at("2027-12-31T18:00"));
  }

  @Test
  void theEndOfTheLastDayIsCoveredSoAnAdvanceResultCanBeMeasured() {
    Instant end = china.advance(TimeKind.WORKING_DAYS, at("2027-12-31T00:00"), Duration.ofDays(1));
    assertThat(end).isEqualTo(at("2028-01-01T00:00"));
    assertThat(china.elapsed(TimeKind.WORKING_DAYS, at("2027-12-31T12:00"), end)).isEqualTo(Duration.ofHours(12));
  }

  @Test
  void aZeroAmountEndsAtTheStartEvenOutsideWorkingTime() {
    Instant saturday = at("2025-03-08T10:00");
    assertThat(china.advance(TimeKind.WORKING_HOURS, saturday, Duration.ZERO)).isEqualTo(saturday);
  }

  @Test
  void negativeAmountsAreRejected() {
    assertThatThrownBy(() -> china.advance(TimeKind.NATURAL_DAYS, at("2025-03-08T10:00"), Duration.ofSeconds(-1)))
        .isInstanceOf(InvalidInputException.class).hasMessage("amount: must not be negative, was PT-1S");
  }
}
