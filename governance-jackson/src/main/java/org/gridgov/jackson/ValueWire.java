package org.gridgov.jackson;

import com.fasterxml.jackson.core.io.SerializedString;
import static java.util.Map.entry;

import com.google.common.collect.ImmutableList;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Function;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.calendar.BusinessCalendar;
import org.gridgov.core.calendar.DeadlineLight;
import org.gridgov.core.calendar.TimeKind;
import org.gridgov.core.calendar.TimeLimit;
import org.gridgov.core.category.Category;
import org.gridgov.core.category.CategoryCatalogue;
import org.gridgov.core.duty.Activity;
import org.gridgov.core.duty.CadencePeriod;
import org.gridgov.core.duty.Duty;
import org.gridgov.core.duty.DutyBearer;
import org.gridgov.core.evaluation.EvaluationDimension;
import org.gridgov.core.evaluation.Satisfaction;

/** Times, categories, duties, evaluation scales and time limits. */
final class ValueWire {
  private ValueWire() {}

  /** Property names encoded once (see {@link Out#name}). */
  private static final class N {
    static final SerializedString ACTIVITY = Out.name("activity");
    static final SerializedString BEARER = Out.name("bearer");
    static final SerializedString BUDGET = Out.name("budget");
    static final SerializedString CATEGORIES = Out.name("categories");
    static final SerializedString CODE = Out.name("code");
    static final SerializedString DESCRIPTION = Out.name("description");
    static final SerializedString END = Out.name("end");
    static final SerializedString FIRST = Out.name("first");
    static final SerializedString HOLIDAYS = Out.name("holidays");
    static final SerializedString ID = Out.name("id");
    static final SerializedString KIND = Out.name("kind");
    static final SerializedString LAST = Out.name("last");
    static final SerializedString MAKE_UP_WORKING_DAYS = Out.name("make_up_working_days");
    static final SerializedString MINIMUM_COUNT = Out.name("minimum_count");
    static final SerializedString MINIMUM_DISTANCE_METRES = Out.name("minimum_distance_metres");
    static final SerializedString MINIMUM_DURATION = Out.name("minimum_duration");
    static final SerializedString NAME = Out.name("name");
    static final SerializedString PERIOD = Out.name("period");
    static final SerializedString REST_DAYS = Out.name("rest_days");
    static final SerializedString ROLE = Out.name("role");
    static final SerializedString START = Out.name("start");
    static final SerializedString WORKING_PERIODS = Out.name("working_periods");
    static final SerializedString ZONE = Out.name("zone");

    private N() {}
  }

  /** Free text, such as the effects of a change. */
  static final StringCodec<String> TEXT = StringCodec.of(s -> s, s -> s);

  // ------------------------------------------------------------------ java.time, ISO-8601

  /** An instant with offset: written in UTC ({@code 2026-03-01T08:00:00Z}), read with any offset. */
  static final StringCodec<Instant> INSTANT = StringCodec.of(ValueWire::formatInstant,
      iso("instant", "an ISO-8601 date-time with offset such as 2026-03-01T08:00:00+08:00",
          ValueWire::parseInstant));

  /** The first instant of year 10000: from there on ISO_INSTANT writes a sign. */
  private static final long YEAR_10000 = 253_402_300_800L;
  /** The first instant of year 0. */
  private static final long YEAR_0 = -62_167_219_200L;

  /**
   * Formats an instant exactly as {@code DateTimeFormatter.ISO_INSTANT} does ({@code 2026-03-01T08:00:00Z},
   * a fraction of 3, 6 or 9 digits when not zero), directly for years 0 to 9999 — the formatter was a
   * fifth of the time of writing a case (JsonBenchmark); other years go through the formatter.
   */
  static String formatInstant(Instant instant) {
    long seconds = instant.getEpochSecond();
    if (seconds < YEAR_0 || seconds >= YEAR_10000) {
      return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
    int nano = instant.getNano();
    java.time.LocalDateTime t = java.time.LocalDateTime.ofEpochSecond(seconds, 0, java.time.ZoneOffset.UTC);
    int fraction = nano == 0 ? 0 : nano % 1_000_000 == 0 ? 3 : nano % 1000 == 0 ? 6 : 9;
    byte[] out = new byte[20 + (fraction == 0 ? 0 : fraction + 1)];
    put(out, 0, t.getYear(), 4);
    out[4] = '-';
    put(out, 5, t.getMonthValue(), 2);
    out[7] = '-';
    put(out, 8, t.getDayOfMonth(), 2);
    out[10] = 'T';
    put(out, 11, t.getHour(), 2);
    out[13] = ':';
    put(out, 14, t.getMinute(), 2);
    out[16] = ':';
    put(out, 17, t.getSecond(), 2);
    if (fraction > 0) {
      out[19] = '.';
      put(out, 20, fraction == 3 ? nano / 1_000_000 : fraction == 6 ? nano / 1000 : nano, fraction);
    }
    out[out.length - 1] = 'Z';
    return new String(out, java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  /** Writes a non-negative value as exactly {@code width} decimal digits, zero-padded. */
  private static void put(byte[] out, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      out[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
  }

  /**
   * Parses an ISO-8601 date-time with offset. The form this library writes ({@code 2026-03-01T08:00:00Z},
   * optionally with a fraction) is parsed directly — {@code OffsetDateTime.parse} was a quarter of the
   * time of reading a case (JsonBenchmark); anything else goes through {@code OffsetDateTime.parse}, so
   * the accepted language is unchanged.
   */
  static Instant parseInstant(String s) {
    int n = s.length();
    if (n >= 20 && n <= 30 && s.charAt(n - 1) == 'Z' && s.charAt(4) == '-' && s.charAt(7) == '-'
        && s.charAt(10) == 'T' && s.charAt(13) == ':' && s.charAt(16) == ':') {
      int year = digits(s, 0, 4);
      int month = digits(s, 5, 7);
      int day = digits(s, 8, 10);
      int hour = digits(s, 11, 13);
      int minute = digits(s, 14, 16);
      int second = digits(s, 17, 19);
      int nanos = 0;
      boolean ok = year >= 0 && month >= 0 && day >= 0 && hour >= 0 && minute >= 0 && second >= 0;
      if (ok && n > 20) {
        int fraction = n - 21;
        ok = s.charAt(19) == '.' && fraction >= 1 && fraction <= 9 && digits(s, 20, n - 1) >= 0;
        if (ok) {
          nanos = digits(s, 20, n - 1);
          for (int i = fraction; i < 9; i++) {
            nanos *= 10;
          }
        }
      }
      if (ok) {
        try {
          return java.time.LocalDateTime.of(year, month, day, hour, minute, second, nanos)
              .toInstant(java.time.ZoneOffset.UTC);
        } catch (DateTimeException e) {
          // out-of-range field: let the full parser give its standard answer
        }
      }
    }
    return OffsetDateTime.parse(s).toInstant();
  }

  /** Returns the decimal value of s[from, to) when all are ASCII digits, else -1. */
  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
  static final StringCodec<Duration> DURATION = StringCodec.of(Duration::toString,
      iso("duration", "an ISO-8601 duration such as PT1H30M", ValueWire::parseDuration));

  /**
   * Parses an ISO-8601 duration. The forms {@code Duration.toString} writes for whole seconds
   * ({@code PT2H}, {@code PT1H30M}, {@code PT45S}: hours, minutes, seconds each optional, in order,
   * at most 9 digits each) are parsed directly — {@code Duration.parse}, a regular expression, was a
   * sixteenth of the time of reading a case; anything else goes through {@code Duration.parse}, so
   * the accepted language is unchanged.
   */
  static Duration parseDuration(String s) {
    int n = s.length();
    if (n >= 4 && n <= 32 && s.charAt(0) == 'P' && s.charAt(1) == 'T') {
      long seconds = 0;
      int i = 2;
      int unit = 0;
      boolean ok = true;
      while (ok && i < n) {
        int start = i;
        long v = 0;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
          v = v * 10 + (s.charAt(i) - '0');
          i++;
        }
        int digits = i - start;
        if (digits == 0 || digits > 9 || i == n) {
          ok = false;
          break;
        }
        char c = s.charAt(i++);
        int next = c == 'H' ? 1 : c == 'M' ? 2 : c == 'S' ? 3 : 4;
        ok = next <= 3 && next > unit;
        unit = next;
        seconds += v * (c == 'H' ? 3600 : c == 'M' ? 60 : 1);
      }
      if (ok && unit > 0) {
        return Duration.ofSeconds(seconds);
      }
    }
    return Duration.parse(s);
  }
  static final StringCodec<LocalDate> DATE = StringCodec.of(LocalDate::toString,
      iso("date", "an ISO-8601 date such as 2026-03-01", LocalDate::parse));
  static final StringCodec<LocalTime> TIME = StringCodec.of(LocalTime::toString,
      iso("time", "an ISO-8601 local time such as 08:30", LocalTime::parse));

  private static <T> Function<String, T> iso(String field, String rule, Function<String, T> parse) {
    return s -> {
      try {
        return parse.apply(s);
      } catch (DateTimeParseException e) {
        throw new InvalidInputException(field, "must be " + rule, s);
      }
    };
  }

  // ------------------------------------------------------------------ categories

  static final ObjectCodec<Category> CATEGORY = ObjectCodec.of(
      (c, out) -> out.field(N.CODE, c.code(), IdWire.CATEGORY).string(N.NAME, c.name()),
      in -> new Category(in.read("code", IdWire.CATEGORY), in.text("name")));

  static final ObjectCodec<CategoryCatalogue> CATALOGUE = ObjectCodec.of(
      (c, out) -> out.array(N.CATEGORIES, c.all(), CATEGORY),
      in -> CategoryCatalogue.of(in.list("categories", CATEGORY)));

  // ------------------------------------------------------------------ duties

  static final EnumCodec<Activity> ACTIVITY = EnumCodec.of(Activity.class, Map.of(
      Activity.PATROL, "patrol",
      Activity.CHECK_IN, "check_in",
      Activity.REPORT_TO_SECRETARY, "report_to_secretary",
      Activity.KEY_GROUP_VISIT, "key_group_visit",
      Activity.SINKING_DAY, "sinking_day",
      Activity.JOINT_MEETING, "joint_meeting",
      Activity.LEADER_VISIT, "leader_visit",
      Activity.ON_SITE_DAY, "on_site_day",
      Activity.PARTY_LECTURE, "party_lecture",
      Activity.CONCRETE_SERVICE, "concrete_service"));

  static final EnumCodec<CadencePeriod> CADENCE = EnumCodec.of(CadencePeriod.class, Map.of(
      CadencePeriod.DAY, "day",
      CadencePeriod.WEEK, "week",
      CadencePeriod.MONTH, "month",
      CadencePeriod.QUARTER, "quarter",
      CadencePeriod.YEAR, "year"));

  static final Variants<DutyBearer> BEARER = Variants.<DutyBearer>builder(Variants.Kind.VALUE)
      .add("role_holders", DutyBearer.RoleHolders.class,
          (b, out) -> out.field(N.ROLE, b.role(), OrgWire.ROLE),
          in -> new DutyBearer.RoleHolders(in.read("role", OrgWire.ROLE)))
      .add("sinking_units", DutyBearer.SinkingUnits.class,
          (b, out) -> { },
          in -> new DutyBearer.SinkingUnits())
      .add("party_bodies", DutyBearer.PartyBodies.class,
          (b, out) -> out.field(N.KIND, b.kind(), OrgWire.PARTY_BODY_KIND),
          in -> new DutyBearer.PartyBodies(in.read("kind", OrgWire.PARTY_BODY_KIND)))
      .build();

  static final ObjectCodec<Duty> DUTY = ObjectCodec.of(
      (d, out) -> out.string(N.ID, d.id())
          .field(N.BEARER, d.bearer(), BEARER)
          .field(N.ACTIVITY, d.activity(), ACTIVITY)
          .number(N.MINIMUM_COUNT, d.minimumCount())
          .field(N.PERIOD, d.period(), CADENCE)
          .optional(N.MINIMUM_DURATION, d.minimumDuration(), DURATION)
          .optional(N.MINIMUM_DISTANCE_METRES, d.minimumDistanceMetres())
          .string(N.DESCRIPTION, d.description()),
      in -> new Duty(in.text("id"), in.read("bearer", BEARER), in.read("activity", ACTIVITY),
          in.get("minimum_count").int32(), in.read("period", CADENCE),
          in.readOptional("minimum_duration", DURATION),
          in.intOptional("minimum_distance_metres"), in.text("description")));

  // ------------------------------------------------------------------ evaluation

  static final EnumCodec<EvaluationDimension> DIMENSION = EnumCodec.of(EvaluationDimension.class, Map.of(
      EvaluationDimension.RESIDENT_SATISFACTION, "resident_satisfaction",
      EvaluationDimension.EFFICIENCY, "efficiency",
      EvaluationDimension.RESULT, "result",
      EvaluationDimension.BOTTOM_UP, "bottom_up"));

  static final EnumCodec<Satisfaction> SATISFACTION = EnumCodec.of(Satisfaction.class, Map.of(
      Satisfaction.SATISFIED, "satisfied",
      Satisfaction.BASICALLY_SATISFIED, "basically_satisfied",
      Satisfaction.DISSATISFIED, "dissatisfied"));

  // ------------------------------------------------------------------ calendar

  static final EnumCodec<DeadlineLight> LIGHT = EnumCodec.of(DeadlineLight.class, Map.of(
      DeadlineLight.GREEN, "green",
      DeadlineLight.YELLOW, "yellow",
      DeadlineLight.RED, "red"));

  static final EnumCodec<TimeKind> TIME_KIND = EnumCodec.of(TimeKind.class, Map.of(
      TimeKind.CONTINUOUS_HOURS, "continuous_hours",
      TimeKind.WORKING_HOURS, "working_hours",
      TimeKind.WORKING_DAYS, "working_days",
      TimeKind.NATURAL_DAYS, "natural_days"));

  static final ObjectCodec<TimeLimit> TIME_LIMIT = ObjectCodec.of(
      (t, out) -> out.field(N.KIND, t.kind(), TIME_KIND).field(N.BUDGET, t.budget(), DURATION),
      in -> new TimeLimit(in.read("kind", TIME_KIND), in.read("budget", DURATION)));

  static final ObjectCodec<BusinessCalendar.Period> PERIOD = ObjectCodec.of(
      (p, out) -> out.field(N.START, p.start(), TIME).field(N.END, p.end(), TIME),
      in -> new BusinessCalendar.Period(in.read("start", TIME), in.read("end", TIME)));

  static final EnumCodec<DayOfWeek> DAY_OF_WEEK = EnumCodec.of(DayOfWeek.class, Map.of(
      DayOfWeek.MONDAY, "monday",
      DayOfWeek.TUESDAY, "tuesday",
      DayOfWeek.WEDNESDAY, "wednesday",
      DayOfWeek.THURSDAY, "thursday",
      DayOfWeek.FRIDAY, "friday",
      DayOfWeek.SATURDAY, "saturday",
      DayOfWeek.SUNDAY, "sunday"));

  /** A time-zone region identifier such as {@code Asia/Shanghai}. */
  static final StringCodec<ZoneId> ZONE = StringCodec.of(ZoneId::getId, s -> {
    try {
      return ZoneId.of(s);
    } catch (DateTimeException e) {
      throw new InvalidInputException("zone", "must be a time-zone id such as Asia/Shanghai", s);
    }
  });

  /**
   * A business calendar as its data: zone, covered range, working periods, rest days, holidays and
   * make-up working days; read back through {@link BusinessCalendar#builder}.
   */
  static final ObjectCodec<BusinessCalendar> CALENDAR = ObjectCodec.of(
      (c, out) -> out.field(N.ZONE, c.zone(), ZONE).field(N.FIRST, c.first(), DATE).field(N.LAST, c.last(), DATE)
          .array(N.WORKING_PERIODS, c.workingPeriods(), PERIOD)
          .array(N.REST_DAYS, c.restDays().stream().sorted().toList(), DAY_OF_WEEK)
          .array(N.HOLIDAYS, c.holidays(), DATE).array(N.MAKE_UP_WORKING_DAYS, c.makeUpWorkingDays(), DATE),
      in -> {
        BusinessCalendar.Builder b = BusinessCalendar.builder(in.read("zone", ZONE), in.read("first", DATE),
            in.read("last", DATE));
        In periods = in.get("working_periods");
        ImmutableList<BusinessCalendar.Period> list = periods.list(PERIOD);
        for (int i = 0; i < list.size(); i++) {
          try {
            b.workingPeriod(list.get(i).start(), list.get(i).end());
          } catch (InvalidInputException e) {
            throw new WireFormatException(periods.path() + "/" + i, e.getMessage(), e);
          }
        }
        b.restDays(in.set("rest_days", DAY_OF_WEEK));
        in.set("holidays", DATE).forEach(b::holiday);
        in.set("make_up_working_days", DATE).forEach(b::makeUpWorkingDay);
        return b.build();
      });

  static Map<Class<?>, Codec<?>> codecs() {
    return Map.ofEntries(
        entry(BusinessCalendar.class, CALENDAR),
        entry(Category.class, CATEGORY),
        entry(CategoryCatalogue.class, CATALOGUE),
        entry(Activity.class, ACTIVITY),
        entry(CadencePeriod.class, CADENCE),
        entry(DutyBearer.class, BEARER),
        entry(DutyBearer.RoleHolders.class, BEARER.only(DutyBearer.RoleHolders.class)),
        entry(DutyBearer.SinkingUnits.class, BEARER.only(DutyBearer.SinkingUnits.class)),
        entry(DutyBearer.PartyBodies.class, BEARER.only(DutyBearer.PartyBodies.class)),
        entry(Duty.class, DUTY),
        entry(EvaluationDimension.class, DIMENSION),
        entry(Satisfaction.class, SATISFACTION),
        entry(DeadlineLight.class, LIGHT),
        entry(TimeKind.class, TIME_KIND),
        entry(TimeLimit.class, TIME_LIMIT),
        entry(BusinessCalendar.Period.class, PERIOD));
  }
}
