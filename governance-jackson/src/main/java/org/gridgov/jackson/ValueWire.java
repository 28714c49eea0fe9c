package org.gridgov.jackson;

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

  /** Free text, such as the effects of a change. */
  static final StringCodec<String> TEXT = StringCodec.of(s -> s, s -> s);

  // ------------------------------------------------------------------ java.time, ISO-8601

  /** An instant with offset: written in UTC ({@code 2026-03-01T08:00:00Z}), read with any offset. */
  static final StringCodec<Instant> INSTANT = StringCodec.of(DateTimeFormatter.ISO_INSTANT::format,
      iso("instant", "an ISO-8601 date-time with offset such as 2026-03-01T08:00:00+08:00",
          ValueWire::parseInstant));

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
      iso("duration", "an ISO-8601 duration such as PT1H30M", Duration::parse));
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
      (c, out) -> out.field("code", c.code(), IdWire.CATEGORY).string("name", c.name()),
      in -> new Category(in.read("code", IdWire.CATEGORY), in.text("name")));

  static final ObjectCodec<CategoryCatalogue> CATALOGUE = ObjectCodec.of(
      (c, out) -> out.array("categories", c.all(), CATEGORY),
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
          (b, out) -> out.field("role", b.role(), OrgWire.ROLE),
          in -> new DutyBearer.RoleHolders(in.read("role", OrgWire.ROLE)))
      .add("sinking_units", DutyBearer.SinkingUnits.class,
          (b, out) -> { },
          in -> new DutyBearer.SinkingUnits())
      .add("party_bodies", DutyBearer.PartyBodies.class,
          (b, out) -> out.field("kind", b.kind(), OrgWire.PARTY_BODY_KIND),
          in -> new DutyBearer.PartyBodies(in.read("kind", OrgWire.PARTY_BODY_KIND)))
      .build();

  static final ObjectCodec<Duty> DUTY = ObjectCodec.of(
      (d, out) -> out.string("id", d.id())
          .field("bearer", d.bearer(), BEARER)
          .field("activity", d.activity(), ACTIVITY)
          .number("minimum_count", d.minimumCount())
          .field("period", d.period(), CADENCE)
          .optional("minimum_duration", d.minimumDuration(), DURATION)
          .optional("minimum_distance_metres", d.minimumDistanceMetres())
          .string("description", d.description()),
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
      (t, out) -> out.field("kind", t.kind(), TIME_KIND).field("budget", t.budget(), DURATION),
      in -> new TimeLimit(in.read("kind", TIME_KIND), in.read("budget", DURATION)));

  static final ObjectCodec<BusinessCalendar.Period> PERIOD = ObjectCodec.of(
      (p, out) -> out.field("start", p.start(), TIME).field("end", p.end(), TIME),
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
      (c, out) -> out.field("zone", c.zone(), ZONE).field("first", c.first(), DATE).field("last", c.last(), DATE)
          .array("working_periods", c.workingPeriods(), PERIOD)
          .array("rest_days", c.restDays().stream().sorted().toList(), DAY_OF_WEEK)
          .array("holidays", c.holidays(), DATE).array("make_up_working_days", c.makeUpWorkingDays(), DATE),
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
