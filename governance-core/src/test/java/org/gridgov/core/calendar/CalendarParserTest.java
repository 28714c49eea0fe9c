package org.gridgov.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.gridgov.core.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The plain-text calendar form: what it reads, and errors that name the line and the rule. */
class CalendarParserTest {
  private static final String HEADER = String.join("\n",
      "# a test calendar",
      "zone Asia/Shanghai",
      "range 2025-01-01 2025-12-31",
      "working-period 08:00 12:00   # morning",
      "working-period 14:00 18:00",
      "");

  private static InvalidInputException parseError(String text) {
    try {
      BusinessCalendar.parse(text);
    } catch (InvalidInputException e) {
      return e;
    }
    throw new AssertionError("expected a parse error for:\n" + text);
  }

  @Test
  void readsZoneRangePeriodsRestDaysHolidaysAndWorkdays() throws IOException {
    BusinessCalendar cal = BusinessCalendar.parse(new StringReader(HEADER + String.join("\n",
        "rest-days sun",
        "",
        "holiday 2025-05-01..2025-05-03  # three days",
        "workday 2025-04-27",
        "holiday 2025-06-02")));
    assertThat(cal.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    assertThat(cal.first()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(cal.last()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(cal.workingPeriods()).hasSize(2);
    assertThat(cal.isWorkingDay(LocalDate.of(2025, 3, 8))).as("Saturday is no rest day here").isTrue();
    assertThat(cal.isWorkingDay(LocalDate.of(2025, 3, 9))).isFalse();
    assertThat(cal.isWorkingDay(LocalDate.of(2025, 4, 27))).isTrue();
    assertThat(cal.isWorkingDay(LocalDate.of(2025, 5, 2))).isFalse();
    assertThat(cal.isWorkingDay(LocalDate.of(2025, 5, 3))).isFalse();
    assertThat(cal.isWorkingDay(LocalDate.of(2025, 6, 2))).isFalse();
    assertThat(cal.elapsed(TimeKind.WORKING_HOURS,
        LocalDateTime.parse("2025-03-07T00:00").atZone(cal.zone()).toInstant(),
        LocalDateTime.parse("2025-03-10T00:00").atZone(cal.zone()).toInstant())).isEqualTo(Duration.ofHours(16));
  }

  @Test
  void restDaysDefaultToSaturdayAndSunday() {
    BusinessCalendar cal = BusinessCalendar.parse(HEADER);
    assertThat(cal.isWorkingDay(LocalDate.of(2025, 3, 7).with(DayOfWeek.SATURDAY))).isFalse();
    assertThat(cal.isWorkingDay(LocalDate.of(2025, 3, 7))).isTrue();
  }

  @Test
  void errorsNameTheLineNumberAndTheRule() {
    assertThat(parseError(HEADER + "holiday 2025-13-01").getMessage())
        .isEqualTo("line 6: holiday date must be an ISO date yyyy-MM-dd, was '2025-13-01'");
    assertThat(parseError(HEADER + "\n\nholiday 2026-01-01").getMessage())
        .isEqualTo("line 8: holiday date must lie within the range 2025-01-01 to 2025-12-31, was 2026-01-01");
    assertThat(parseError(HEADER + "holidays 2025-01-01").getMessage())
        .isEqualTo("line 6: must start with zone, range, working-period, rest-days, holiday or workday, was 'holidays'");
    assertThat(parseError(HEADER + "workday 2025-03-05").getMessage())
        .isEqualTo("line 6: workday must fall on a rest day (WEDNESDAY is a working weekday), was 2025-03-05");
    assertThat(parseError(HEADER + "holiday 2025-01-01\nholiday 2024-12-30..2025-01-01").getMessage())
        .startsWith("line 7: holiday date must lie within the range");
    assertThat(parseError(HEADER + "holiday 2025-01-01\nholiday 2025-01-01").getMessage())
        .isEqualTo("line 7: holiday must not repeat the holiday of line 6, was 2025-01-01");
    assertThat(parseError(HEADER + "workday 2025-01-05\nholiday 2025-01-05").getMessage())
        .isEqualTo("line 6: workday must not also be a holiday (line 7), was 2025-01-05");
    assertThat(parseError(HEADER + "working-period 11:00 13:00").getMessage())
        .isEqualTo("line 6: working-period must not overlap 08:00–12:00, was '11:00 13:00'");
    assertThat(parseError(HEADER + "working-period 8h 12:00").getMessage())
        .isEqualTo("line 6: working-period time must be HH:mm, was '8h'");
    assertThat(parseError(HEADER + "zone Europe/Berlin").getMessage())
        .isEqualTo("line 6: zone must appear only once (first on line 2), was 'Europe/Berlin'");
    assertThat(parseError(HEADER + "rest-days SAT SONNTAG").getMessage())
        .isEqualTo("line 6: rest-days must list days as MON TUE WED THU FRI SAT SUN, was 'SONNTAG'");
    assertThat(parseError(HEADER + "holiday 2025-05-05..2025-05-01").getMessage())
        .isEqualTo("line 6: holiday range must not end before it starts, was '2025-05-05..2025-05-01'");
    assertThat(parseError(HEADER + "holiday").getMessage())
        .startsWith("line 6: holiday must be written 'holiday <date>");
  }

  @Test
  void headerErrorsNameTheirLineToo() {
    assertThat(parseError("zone Mars/Olympus\nrange 2025-01-01 2025-12-31\nworking-period 08:00 12:00").getMessage())
        .isEqualTo("line 1: zone must name a known time zone, was 'Mars/Olympus'");
    assertThat(parseError("zone UTC\n\nrange 2025-12-31 2025-01-01\nworking-period 08:00 12:00").getMessage())
        .isEqualTo("line 3: range must not end before it starts, was 2025-01-01");
    assertThat(parseError("zone UTC\nrange 2025-01-01 2225-01-01\nworking-period 08:00 12:00").getMessage())
        .startsWith("line 2: range must be at most 100 years after first");
  }

  @Test
  void missingRequiredLinesAreNamed() {
    assertThat(parseError("range 2025-01-01 2025-12-31\nworking-period 08:00 12:00").getMessage())
        .isEqualTo("calendar: must have a 'zone' line, e.g. 'zone Asia/Shanghai'");
    assertThat(parseError("zone UTC\nworking-period 08:00 12:00").getMessage())
        .startsWith("calendar: must have a 'range' line");
    assertThat(parseError("zone UTC\nrange 2025-01-01 2025-12-31\n# no periods").getMessage())
        .startsWith("calendar: must have a 'working-period' line");
  }

  @Test
  void theShippedFileParsesCleanly() {
    assertThat(BusinessCalendar.chinaMainland().isWorkingDay(LocalDate.of(2025, 1, 2))).isTrue();
  }

  @Test
  void everyDirectiveRefusesTooFewOrTooManyArguments() {
    assertThat(parseError("zone Asia/Shanghai Europe/Berlin\nrange 2025-01-01 2025-12-31\nworking-period 08:00 12:00")
        .getMessage()).isEqualTo(
            "line 1: zone must be written 'zone <region id, e.g. Asia/Shanghai>', was 'Asia/Shanghai Europe/Berlin'");
    assertThat(parseError("zone UTC\nrange 2025-01-01\nworking-period 08:00 12:00").getMessage())
        .isEqualTo("line 2: range must be written 'range <first date> <last date>', was '2025-01-01'");
    assertThat(parseError("zone UTC\nrange 2025-01-01 2025-06-30 2025-12-31\nworking-period 08:00 12:00").getMessage())
        .startsWith("line 2: range must be written 'range <first date> <last date>'");
    assertThat(parseError(HEADER + "working-period 19:00").getMessage())
        .isEqualTo("line 6: working-period must be written 'working-period <start HH:mm> <end HH:mm>', was '19:00'");
    assertThat(parseError(HEADER + "working-period 19:00 20:00 21:00").getMessage())
        .startsWith("line 6: working-period must be written");
    assertThat(parseError(HEADER + "workday").getMessage())
        .isEqualTo("line 6: workday must be written 'workday <date>', was ''");
    assertThat(parseError(HEADER + "workday 2025-01-05 2025-01-12").getMessage())
        .isEqualTo("line 6: workday must be written 'workday <date>', was '2025-01-05 2025-01-12'");
    assertThat(parseError(HEADER + "holiday 2025-01-01 2025-05-01").getMessage())
        .startsWith("line 6: holiday must be written 'holiday <date>");
  }

  @Test
  void aHolidayRangeIncludesBothEnds() {
    BusinessCalendar cal = BusinessCalendar.parse(HEADER + "holiday 2025-05-01..2025-05-05\nholiday 2025-10-08..2025-10-08");
    assertThat(cal.holidays()).containsExactly(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 2),
        LocalDate.of(2025, 5, 3), LocalDate.of(2025, 5, 4), LocalDate.of(2025, 5, 5), LocalDate.of(2025, 10, 8));
    assertThat(cal.isWorkingDay(LocalDate.of(2025, 4, 30))).isTrue();
    assertThat(cal.isWorkingDay(LocalDate.of(2025, 5, 6))).isTrue();
    assertThat(BusinessCalendar.parse(HEADER + "holiday 2025-01-01..2025-12-31").holidays()).hasSize(365);
  }

  @Test
  void aHolidayRangeMissingAnEndIsRefusedWhole() {
    assertThat(parseError(HEADER + "holiday ..2025-05-05").getMessage())
        .isEqualTo("line 6: holiday range must be written '<first date>..<last date>', was '..2025-05-05'");
    assertThat(parseError(HEADER + "holiday 2025-05-01..").getMessage())
        .isEqualTo("line 6: holiday range must be written '<first date>..<last date>', was '2025-05-01..'");
    assertThat(parseError(HEADER + "holiday 2025-05-01..2025-05-0x").getMessage())
        .isEqualTo("line 6: holiday date must be an ISO date yyyy-MM-dd, was '2025-05-0x'");
    assertThat(parseError(HEADER + "holiday 2025-12-30..2026-01-02").getMessage())
        .isEqualTo("line 6: holiday date must lie within the range 2025-01-01 to 2025-12-31, was 2026-01-02");
  }

  @Test
  void theParsedCalendarReportsItsRestDaysHolidaysAndWorkdays() {
    BusinessCalendar cal = BusinessCalendar.parse(HEADER + "rest-days FRI sat\nworkday 2025-01-04\nholiday 2025-01-01");
    assertThat(cal.restDays()).containsExactlyInAnyOrder(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
    assertThat(cal.makeUpWorkingDays()).containsExactly(LocalDate.of(2025, 1, 4));
    assertThat(cal.holidays()).containsExactly(LocalDate.of(2025, 1, 1));
    assertThat(BusinessCalendar.parse(HEADER + "rest-days").restDays()).as("an empty list: no weekly rest").isEmpty();
  }
}
