package org.gridgov.core.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.gridgov.core.InvalidInputException;

/**
 * Reads the plain-text calendar form; every error names the line number (as the field) and the rule.
 * Stateless.
 */
final class CalendarParser {
  private static final Map<String, DayOfWeek> DAYS = Map.of(
      "MON", DayOfWeek.MONDAY, "TUE", DayOfWeek.TUESDAY, "WED", DayOfWeek.WEDNESDAY,
      "THU", DayOfWeek.THURSDAY, "FRI", DayOfWeek.FRIDAY, "SAT", DayOfWeek.SATURDAY,
      "SUN", DayOfWeek.SUNDAY);

  private CalendarParser() {}

  private record Line(int number, String directive, List<String> args) {
    InvalidInputException error(String rule, Object value) {
      return new InvalidInputException("line " + number, directive + " " + rule, value);
    }

    void requireArgs(int count, String shape) {
      if (args.size() != count) {
        throw new InvalidInputException("line " + number,
            directive + " must be written '" + directive + " " + shape + "'", String.join(" ", args));
      }
    }
  }

  static BusinessCalendar parse(BufferedReader reader) throws IOException {
    List<Line> lines = read(reader);
    Line zoneLine = null;
    Line rangeLine = null;
    Line restLine = null;
    for (Line line : lines) {
      switch (line.directive()) {
        case "zone":
          zoneLine = once(zoneLine, line);
          break;
        case "range":
          rangeLine = once(rangeLine, line);
          break;
        case "rest-days":
          restLine = once(restLine, line);
          break;
        case "working-period":
        case "holiday":
        case "workday":
          break;
        default:
          throw new InvalidInputException("line " + line.number(),
              "must start with zone, range, working-period, rest-days, holiday or workday", line.directive());
      }
    }
    if (zoneLine == null) {
      throw new InvalidInputException("calendar", "must have a 'zone' line, e.g. 'zone Asia/Shanghai'");
    }
    if (rangeLine == null) {
      throw new InvalidInputException("calendar", "must have a 'range' line, e.g. 'range 2025-01-01 2027-12-31'");
    }
    ZoneId zone = zone(zoneLine);
    rangeLine.requireArgs(2, "<first date> <last date>");
    LocalDate first = date(rangeLine, rangeLine.args().get(0));
    LocalDate last = date(rangeLine, rangeLine.args().get(1));
    if (last.isBefore(first)) {
      throw rangeLine.error("must not end before it starts", last);
    }
    BusinessCalendar.Builder builder;
    try {
      builder = BusinessCalendar.builder(zone, first, last);
    } catch (InvalidInputException e) {
      throw rangeLine.error(e.rule(), last);
    }
    Set<DayOfWeek> restDays = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    if (restLine != null) {
      restDays = restDays(restLine);
      builder.restDays(restDays);
    }
    Map<LocalDate, Integer> holidays = new HashMap<>();
    Map<LocalDate, Integer> workdays = new HashMap<>();
    boolean anyPeriod = false;
    for (Line line : lines) {
      switch (line.directive()) {
        case "working-period":
          period(line, builder);
          anyPeriod = true;
          break;
        case "holiday":
          for (LocalDate d : holidayDates(line, first, last)) {
            Integer earlier = holidays.putIfAbsent(d, line.number());
            if (earlier != null) {
              throw line.error("must not repeat the holiday of line " + earlier, d);
            }
            builder.holiday(d);
          }
          break;
        case "workday":
          line.requireArgs(1, "<date>");
          LocalDate d = covered(line, date(line, line.args().get(0)), first, last);
          if (!restDays.contains(d.getDayOfWeek())) {
            throw line.error("must fall on a rest day (" + d.getDayOfWeek() + " is a working weekday)", d);
          }
          Integer earlier = workdays.putIfAbsent(d, line.number());
          if (earlier != null) {
            throw line.error("must not repeat the workday of line " + earlier, d);
          }
          builder.makeUpWorkingDay(d);
          break;
        default:
          break;
      }
    }
    if (!anyPeriod) {
      throw new InvalidInputException("calendar", "must have a 'working-period' line, e.g. 'working-period 08:00 12:00'");
    }
    for (Map.Entry<LocalDate, Integer> w : workdays.entrySet()) {
      Integer holidayLine = holidays.get(w.getKey());
      if (holidayLine != null) {
        throw new InvalidInputException("line " + w.getValue(),
            "workday must not also be a holiday (line " + holidayLine + ")", w.getKey());
      }
    }
    return builder.build();
  }

  private static List<Line> read(BufferedReader reader) throws IOException {
    List<Line> lines = new ArrayList<>();
    int number = 0;
    for (String raw = reader.readLine(); raw != null; raw = reader.readLine()) {
      number++;
      int hash = raw.indexOf('#');
      String text = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
      if (text.isEmpty()) {
        continue;
      }
      String[] tokens = text.split("\\s+");
      lines.add(new Line(number, tokens[0], List.of(tokens).subList(1, tokens.length)));
    }
    return lines;
  }

  private static Line once(Line earlier, Line line) {
    if (earlier != null) {
      throw line.error("must appear only once (first on line " + earlier.number() + ")", String.join(" ", line.args()));
    }
    return line;
  }

  private static ZoneId zone(Line line) {
    line.requireArgs(1, "<region id, e.g. Asia/Shanghai>");
    try {
      return ZoneId.of(line.args().get(0));
    } catch (DateTimeException e) {
      throw line.error("must name a known time zone", line.args().get(0));
    }
  }

  private static Set<DayOfWeek> restDays(Line line) {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (String token : line.args()) {
      DayOfWeek day = DAYS.get(token.toUpperCase(Locale.ROOT));
      if (day == null) {
        throw line.error("must list days as MON TUE WED THU FRI SAT SUN", token);
      }
      if (!days.add(day)) {
        throw line.error("must not repeat a day", token);
      }
    }
    return days;
  }

  private static void period(Line line, BusinessCalendar.Builder builder) {
    line.requireArgs(2, "<start HH:mm> <end HH:mm>");
    LocalTime start = time(line, line.args().get(0));
    LocalTime end = time(line, line.args().get(1));
    try {
      builder.workingPeriod(start, end);
    } catch (InvalidInputException e) {
      throw line.error(e.rule(), start + " " + end);
    }
  }

  private static List<LocalDate> holidayDates(Line line, LocalDate first, LocalDate last) {
    line.requireArgs(1, "<date> or 'holiday <first date>..<last date>'");
    String arg = line.args().get(0);
    int dots = arg.indexOf("..");
    if (dots < 0) {
      return List.of(covered(line, date(line, arg), first, last));
    }
    String fromText = arg.substring(0, dots);
    String toText = arg.substring(dots + 2);
    if (fromText.isEmpty() || toText.isEmpty()) {
      throw line.error("range must be written '<first date>..<last date>'", arg);
    }
    LocalDate from = covered(line, date(line, fromText), first, last);
    LocalDate to = covered(line, date(line, toText), first, last);
    if (to.isBefore(from)) {
      throw line.error("range must not end before it starts", arg);
    }
    List<LocalDate> dates = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      dates.add(d);
    }
    return dates;
  }

  private static LocalDate covered(Line line, LocalDate date, LocalDate first, LocalDate last) {
    if (date.isBefore(first) || date.isAfter(last)) {
      throw line.error("date must lie within the range " + first + " to " + last, date);
    }
    return date;
  }

  private static LocalDate date(Line line, String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw line.error("date must be an ISO date yyyy-MM-dd", text);
    }
  }

  private static LocalTime time(Line line, String text) {
    try {
      return LocalTime.parse(text);
    } catch (DateTimeParseException e) {
      throw line.error("time must be HH:mm", text);
    }
  }
}
