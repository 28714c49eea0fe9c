package org.gridgov.jackson;

import static java.util.Map.entry;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.accountability.CaseRef;
import org.gridgov.core.accountability.DateSpan;
import org.gridgov.core.accountability.patrol.AttendanceRecord;
import org.gridgov.core.accountability.patrol.CheckIn;
import org.gridgov.core.accountability.patrol.CheckStatus;
import org.gridgov.core.accountability.patrol.DailyPatrolCompliance;
import org.gridgov.core.accountability.patrol.Finding;
import org.gridgov.core.accountability.patrol.FlagKind;
import org.gridgov.core.accountability.patrol.GeoPoint;
import org.gridgov.core.accountability.patrol.GridArea;
import org.gridgov.core.accountability.patrol.Patrol;
import org.gridgov.core.accountability.patrol.PatrolCheck;
import org.gridgov.core.accountability.patrol.PatrolId;
import org.gridgov.core.accountability.patrol.PlausibilityRules;
import org.gridgov.core.accountability.patrol.Shortfall;
import org.gridgov.core.accountability.patrol.TrackAssessment;
import org.gridgov.core.accountability.patrol.TrackFlag;
import org.gridgov.core.accountability.patrol.TrackPoint;

/**
 * Accountability's shared values (case references, date spans) and patrols (巡查) and check-ins (打卡):
 * the media app's two uploads, their plausibility rules, and the daily verdicts with their explanations.
 */
final class PatrolWire {
  private PatrolWire() {}

  static final StringCodec<CaseRef> CASE_REF = StringCodec.of(CaseRef::value, CaseRef::of);

  /** An inclusive date range: {@code {"first":"2022-05-01","last":"2022-05-31"}}. */
  static final ObjectCodec<DateSpan> DATE_SPAN = ObjectCodec.of(
      (s, out) -> out.field("first", s.first(), ValueWire.DATE).field("last", s.last(), ValueWire.DATE),
      in -> new DateSpan(in.read("first", ValueWire.DATE), in.read("last", ValueWire.DATE)));

  static final StringCodec<PatrolId> PATROL_ID = StringCodec.of(PatrolId::value, PatrolId::of);

  static final EnumCodec<CheckStatus> CHECK_STATUS = EnumCodec.of(CheckStatus.class, Map.of(
      CheckStatus.PASSED, "passed",
      CheckStatus.FAILED, "failed",
      CheckStatus.NOT_CHECKED, "not_checked"));

  static final EnumCodec<FlagKind> FLAG_KIND = EnumCodec.of(FlagKind.class, Map.of(
      FlagKind.TIMESTAMPS_OUT_OF_ORDER, "timestamps_out_of_order",
      FlagKind.SPEED_SPIKE, "speed_spike",
      FlagKind.JUMP, "jump",
      FlagKind.OUTSIDE_GRID, "outside_grid",
      FlagKind.REPLAYED_TRACK, "replayed_track",
      FlagKind.TRACK_NOT_COVERING_PATROL, "track_not_covering_patrol",
      FlagKind.TRACK_MISSING, "track_missing"));

  static final EnumCodec<Shortfall> SHORTFALL = EnumCodec.of(Shortfall.class, Map.of(
      Shortfall.TOO_SHORT, "too_short",
      Shortfall.TOO_LITTLE_DISTANCE, "too_little_distance",
      Shortfall.IMPLAUSIBLE_TRACK, "implausible_track",
      Shortfall.OVERLAPS_EARLIER_PATROL, "overlaps_earlier_patrol"));

  /** A WGS-84 position in decimal degrees. */
  static final ObjectCodec<GeoPoint> GEO_POINT = ObjectCodec.of(
      (p, out) -> out.number("latitude", p.latitude()).number("longitude", p.longitude()),
      in -> new GeoPoint(in.get("latitude").number(), in.get("longitude").number()));

  /** A track point, flat: {@code {"at":…,"latitude":…,"longitude":…}}. */
  static final ObjectCodec<TrackPoint> TRACK_POINT = ObjectCodec.of(
      (p, out) -> out.field("at", p.at(), ValueWire.INSTANT).number("latitude", p.position().latitude())
          .number("longitude", p.position().longitude()),
      in -> new TrackPoint(in.read("at", ValueWire.INSTANT),
          new GeoPoint(in.get("latitude").number(), in.get("longitude").number())));

  static final ObjectCodec<Finding> FINDING = ObjectCodec.of(
      (f, out) -> out.string("description", f.description()).optional("position", f.position(), GEO_POINT)
          .optional("reported_as", f.reportedAs(), CASE_REF),
      in -> new Finding(in.text("description"), in.readOptional("position", GEO_POINT),
          in.readOptional("reported_as", CASE_REF)));

  /** The daily check-in (打卡), a media-app upload: a document of type {@code check_in} when it stands alone. */
  static final ObjectCodec<CheckIn> CHECK_IN = ObjectCodec.of(
      (c, out) -> {
        Documents.head(out, Optional.of("check_in"));
        out.field("person", c.person(), IdWire.PERSON).field("at", c.at(), ValueWire.INSTANT)
            .optional("position", c.position(), GEO_POINT);
      },
      in -> {
        Documents.head(in, Optional.of("check_in"), false);
        return new CheckIn(in.read("person", IdWire.PERSON), in.read("at", ValueWire.INSTANT),
            in.readOptional("position", GEO_POINT));
      });

  /** A patrol (巡查), a media-app upload: a document of type {@code patrol} when it stands alone. */
  static final ObjectCodec<Patrol> PATROL = ObjectCodec.of(
      (p, out) -> {
        Documents.head(out, Optional.of("patrol"));
        out.field("id", p.id(), PATROL_ID).field("worker", p.worker(), IdWire.PERSON)
            .field("grid", p.grid(), IdWire.GRID).field("start", p.start(), ValueWire.INSTANT)
            .field("end", p.end(), ValueWire.INSTANT).array("track", p.track(), TRACK_POINT)
            .array("findings", p.findings(), FINDING);
      },
      in -> {
        Documents.head(in, Optional.of("patrol"), false);
        return new Patrol(in.read("id", PATROL_ID), in.read("worker", IdWire.PERSON), in.read("grid", IdWire.GRID),
            in.read("start", ValueWire.INSTANT), in.read("end", ValueWire.INSTANT), in.list("track", TRACK_POINT),
            in.list("findings", FINDING));
      });

  static final Variants<GridArea> GRID_AREA = Variants.<GridArea>builder(Variants.Kind.VALUE)
      .add("circle", GridArea.Circle.class,
          (c, out) -> out.field("centre", c.centre(), GEO_POINT).number("radius_metres", c.radiusMetres()),
          in -> new GridArea.Circle(in.read("centre", GEO_POINT), in.get("radius_metres").number()))
      .add("polygon", GridArea.Polygon.class,
          (p, out) -> out.array("vertices", p.vertices(), GEO_POINT),
          in -> new GridArea.Polygon(in.list("vertices", GEO_POINT)))
      .build();

  static final ObjectCodec<PlausibilityRules> PLAUSIBILITY = ObjectCodec.of(
      (p, out) -> out.number("max_speed_metres_per_second", p.maxSpeedMetresPerSecond())
          .number("max_jump_metres", p.maxJumpMetres()).number("noise_metres", p.noiseMetres())
          .number("outside_margin_metres", p.outsideMarginMetres())
          .field("max_outside_stretch", p.maxOutsideStretch(), ValueWire.DURATION)
          .field("max_gap", p.maxGap(), ValueWire.DURATION)
          .number("replay_tolerance_metres", p.replayToleranceMetres()),
      in -> new PlausibilityRules(in.get("max_speed_metres_per_second").number(),
          in.get("max_jump_metres").number(), in.get("noise_metres").number(),
          in.get("outside_margin_metres").number(), in.read("max_outside_stretch", ValueWire.DURATION),
          in.read("max_gap", ValueWire.DURATION), in.get("replay_tolerance_metres").number()));

  static final ObjectCodec<TrackFlag> TRACK_FLAG = ObjectCodec.of(
      (f, out) -> out.field("kind", f.kind(), FLAG_KIND).string("message", f.message()),
      in -> new TrackFlag(in.read("kind", FLAG_KIND), in.text("message")));

  /** A track's assessment; {@code plausible} is derived (no flags). */
  static final ObjectCodec<TrackAssessment> ASSESSMENT = ObjectCodec.of(
      (a, out) -> out.field("patrol", a.patrol(), PATROL_ID).number("distance_metres", a.distanceMetres())
          .array("flags", a.flags(), TRACK_FLAG).field("outside_grid_check", a.outsideGridCheck(), CHECK_STATUS)
          .bool("plausible", a.plausible()),
      in -> {
        TrackAssessment a = new TrackAssessment(in.read("patrol", PATROL_ID), in.get("distance_metres").number(),
            in.list("flags", TRACK_FLAG), in.read("outside_grid_check", CHECK_STATUS));
        Documents.derived(in, "plausible", a.plausible(), In::bool);
        return a;
      });

  /** One patrol judged against the duty; {@code counts} and {@code explanation} are derived. */
  static final ObjectCodec<PatrolCheck> PATROL_CHECK = ObjectCodec.of(
      (c, out) -> out.field("patrol", c.patrol(), PATROL).field("duration", c.duration(), ValueWire.DURATION)
          .field("assessment", c.assessment(), ASSESSMENT)
          .field("minimum_duration", c.minimumDuration(), ValueWire.DURATION)
          .number("minimum_distance_metres", c.minimumDistanceMetres())
          .array("shortfalls", c.shortfalls(), SHORTFALL).bool("counts", c.counts())
          .string("explanation", c.explanation()),
      in -> {
        PatrolCheck c = new PatrolCheck(in.read("patrol", PATROL), in.read("duration", ValueWire.DURATION),
            in.read("assessment", ASSESSMENT), in.read("minimum_duration", ValueWire.DURATION),
            in.get("minimum_distance_metres").int32(), in.set("shortfalls", SHORTFALL));
        Documents.derived(in, "counts", c.counts(), In::bool);
        in.text("explanation");
        return c;
      });

  /** A worker's day against the patrol duty; {@code counting_patrols}, {@code met}, {@code explanation} derived. */
  static final ObjectCodec<DailyPatrolCompliance> DAILY = ObjectCodec.of(
      (d, out) -> out.field("worker", d.worker(), IdWire.PERSON).field("date", d.date(), ValueWire.DATE)
          .number("required_count", d.requiredCount()).array("checks", d.checks(), PATROL_CHECK)
          .number("counting_patrols", d.countingPatrols()).bool("met", d.met())
          .array("explanation", d.explanation(), ValueWire.TEXT),
      in -> {
        DailyPatrolCompliance d = new DailyPatrolCompliance(in.read("worker", IdWire.PERSON),
            in.read("date", ValueWire.DATE), in.get("required_count").int32(), in.list("checks", PATROL_CHECK));
        Documents.derived(in, "counting_patrols", d.countingPatrols(), In::int32);
        Documents.derived(in, "met", d.met(), In::bool);
        Documents.explanation(in, "explanation");
        return d;
      });

  static final ObjectCodec<AttendanceRecord> ATTENDANCE = ObjectCodec.of(
      (a, out) -> out.field("person", a.person(), IdWire.PERSON).array("attended", a.attended(), ValueWire.DATE)
          .array("missed", a.missed(), ValueWire.DATE),
      in -> new AttendanceRecord(in.read("person", IdWire.PERSON),
          ImmutableSortedSet.copyOf(in.set("attended", ValueWire.DATE)),
          ImmutableSortedSet.copyOf(in.set("missed", ValueWire.DATE))));

  static Map<Class<?>, Codec<?>> codecs() {
    return Map.ofEntries(
        entry(CaseRef.class, CASE_REF),
        entry(DateSpan.class, DATE_SPAN),
        entry(PatrolId.class, PATROL_ID),
        entry(CheckStatus.class, CHECK_STATUS),
        entry(FlagKind.class, FLAG_KIND),
        entry(Shortfall.class, SHORTFALL),
        entry(GeoPoint.class, GEO_POINT),
        entry(TrackPoint.class, TRACK_POINT),
        entry(Finding.class, FINDING),
        entry(CheckIn.class, CHECK_IN),
        entry(Patrol.class, PATROL),
        entry(GridArea.class, GRID_AREA),
        entry(GridArea.Circle.class, GRID_AREA.only(GridArea.Circle.class)),
        entry(GridArea.Polygon.class, GRID_AREA.only(GridArea.Polygon.class)),
        entry(PlausibilityRules.class, PLAUSIBILITY),
        entry(TrackFlag.class, TRACK_FLAG),
        entry(TrackAssessment.class, ASSESSMENT),
        entry(PatrolCheck.class, PATROL_CHECK),
        entry(DailyPatrolCompliance.class, DAILY),
        entry(AttendanceRecord.class, ATTENDANCE));
  }
}
