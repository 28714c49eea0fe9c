package org.gridgov.jackson;

import static java.util.Map.entry;

import java.util.Map;
import java.util.Optional;
import org.gridgov.core.accountability.compliance.ActivityRecord;
import org.gridgov.core.accountability.compliance.Actor;
import org.gridgov.core.accountability.compliance.ComplianceReport;
import org.gridgov.core.accountability.compliance.DutyVerdict;
import org.gridgov.core.accountability.points.EarningRule;
import org.gridgov.core.accountability.points.EntryId;
import org.gridgov.core.accountability.points.EntryKind;
import org.gridgov.core.accountability.points.PeriodSummary;
import org.gridgov.core.accountability.points.PointsEntry;
import org.gridgov.core.accountability.points.PointsScheme;
import org.gridgov.core.accountability.points.Posting;
import org.gridgov.core.accountability.points.Reward;

/** Duty compliance (activity records, verdicts, reports) and the points system of building and unit chiefs (积分制). */
final class DutyWire {
  private DutyWire() {}

  // ------------------------------------------------------------------ duty compliance

  static final Variants<Actor> ACTOR = Variants.<Actor>builder(Variants.Kind.VALUE)
      .add("person", Actor.Person.class,
          (a, out) -> out.field("person", a.person(), IdWire.PERSON),
          in -> new Actor.Person(in.read("person", IdWire.PERSON)))
      .add("sinking_unit", Actor.SinkingUnit.class,
          (a, out) -> out.field("unit", a.unit(), IdWire.SINKING_UNIT),
          in -> new Actor.SinkingUnit(in.read("unit", IdWire.SINKING_UNIT)))
      .add("party_body", Actor.Body.class,
          (a, out) -> out.field("body", a.body(), OrgWire.PARTY_BODY),
          in -> new Actor.Body(in.read("body", OrgWire.PARTY_BODY)))
      .build();

  static final ObjectCodec<ActivityRecord> ACTIVITY_RECORD = ObjectCodec.of(
      (a, out) -> out.field("actor", a.actor(), ACTOR).field("activity", a.activity(), ValueWire.ACTIVITY)
          .field("at", a.at(), ValueWire.INSTANT).optional("duration", a.duration(), ValueWire.DURATION)
          .optional("distance_metres", a.distanceMetres()).optional("place", a.place(), IdWire.PLACE),
      in -> new ActivityRecord(in.read("actor", ACTOR), in.read("activity", ValueWire.ACTIVITY),
          in.read("at", ValueWire.INSTANT), in.readOptional("duration", ValueWire.DURATION),
          in.intOptional("distance_metres"), in.readOptional("place", IdWire.PLACE)));

  /** A bearer's verdict for one cadence period; {@code met} and {@code explanation} are derived. */
  static final ObjectCodec<DutyVerdict> VERDICT = ObjectCodec.of(
      (v, out) -> out.field("duty", v.duty(), ValueWire.DUTY).field("bearer", v.bearer(), ACTOR)
          .field("period", v.period(), PatrolWire.DATE_SPAN).number("counted", v.counted())
          .number("below_minimum", v.belowMinimum()).number("elsewhere", v.elsewhere()).bool("met", v.met())
          .string("explanation", v.explanation()),
      in -> {
        DutyVerdict v = new DutyVerdict(in.read("duty", ValueWire.DUTY), in.read("bearer", ACTOR),
            in.read("period", PatrolWire.DATE_SPAN), in.get("counted").int32(), in.get("below_minimum").int32(),
            in.get("elsewhere").int32());
        Documents.derived(in, "met", v.met(), In::bool);
        in.text("explanation");
        return v;
      });

  /** The compliance report document; {@code summary} (one line per bearer) is derived. */
  static final ObjectCodec<ComplianceReport> COMPLIANCE_REPORT = ObjectCodec.of(
      (r, out) -> {
        Documents.head(out, Optional.empty());
        out.field("span", r.span(), PatrolWire.DATE_SPAN).array("verdicts", r.verdicts(), VERDICT)
            .array("summary", r.summary(), ValueWire.TEXT);
      },
      in -> {
        Documents.head(in, Optional.empty(), false);
        ComplianceReport r = new ComplianceReport(in.read("span", PatrolWire.DATE_SPAN), in.list("verdicts", VERDICT));
        Documents.explanation(in, "summary");
        return r;
      });

  // ------------------------------------------------------------------ points

  static final StringCodec<EntryId> ENTRY_ID = StringCodec.of(EntryId::value, EntryId::of);

  static final EnumCodec<EntryKind> ENTRY_KIND = EnumCodec.of(EntryKind.class, Map.of(
      EntryKind.EARNED, "earned",
      EntryKind.REDEEMED, "redeemed"));

  static final EnumCodec<Posting.Reason> POSTING_REASON = EnumCodec.of(Posting.Reason.class, Map.of(
      Posting.Reason.NOT_A_MEMBER, "not_a_member",
      Posting.Reason.UNKNOWN_RULE, "unknown_rule",
      Posting.Reason.UNKNOWN_REWARD, "unknown_reward",
      Posting.Reason.INSUFFICIENT_BALANCE, "insufficient_balance",
      Posting.Reason.CONFLICTING_ENTRY, "conflicting_entry",
      Posting.Reason.OUT_OF_ORDER, "out_of_order"));

  static final ObjectCodec<EarningRule> EARNING_RULE = ObjectCodec.of(
      (r, out) -> out.string("id", r.id()).string("description", r.description()).number("points", r.points()),
      in -> new EarningRule(in.text("id"), in.text("description"), in.get("points").int32()));

  static final ObjectCodec<Reward> REWARD = ObjectCodec.of(
      (r, out) -> out.string("id", r.id()).string("name", r.name()).number("cost", r.cost()),
      in -> new Reward(in.text("id"), in.text("name"), in.get("cost").int32()));

  static final ObjectCodec<PointsScheme> POINTS_SCHEME = ObjectCodec.of(
      (s, out) -> out.array("rules", s.rules().values(), EARNING_RULE).array("rewards", s.rewards().values(), REWARD),
      in -> PointsScheme.of(in.list("rules", EARNING_RULE), in.list("rewards", REWARD)));

  /** A ledger entry: points are positive when earned and negative when redeemed. */
  static final ObjectCodec<PointsEntry> POINTS_ENTRY = ObjectCodec.of(
      (e, out) -> out.field("id", e.id(), ENTRY_ID).field("person", e.person(), IdWire.PERSON)
          .field("at", e.at(), ValueWire.INSTANT).field("kind", e.kind(), ENTRY_KIND).string("item", e.item())
          .number("quantity", e.quantity()).number("points", e.points()),
      in -> new PointsEntry(in.read("id", ENTRY_ID), in.read("person", IdWire.PERSON), in.read("at", ValueWire.INSTANT),
          in.read("kind", ENTRY_KIND), in.text("item"), in.get("quantity").int32(),
          in.get("points").integer(Long.MIN_VALUE, Long.MAX_VALUE)));

  /** A person's points over a span; {@code closing} is derived. */
  static final ObjectCodec<PeriodSummary> PERIOD_SUMMARY = ObjectCodec.of(
      (s, out) -> out.field("person", s.person(), IdWire.PERSON).field("span", s.span(), PatrolWire.DATE_SPAN)
          .number("opening", s.opening()).number("earned", s.earned()).number("redeemed", s.redeemed())
          .number("entries", s.entries()).number("closing", s.closing()),
      in -> {
        PeriodSummary s = new PeriodSummary(in.read("person", IdWire.PERSON), in.read("span", PatrolWire.DATE_SPAN),
            in.get("opening").integer(0, Long.MAX_VALUE), in.get("earned").integer(0, Long.MAX_VALUE),
            in.get("redeemed").integer(0, Long.MAX_VALUE), in.get("entries").int32());
        Documents.derived(in, "closing", s.closing(), c -> c.integer(Long.MIN_VALUE, Long.MAX_VALUE));
        return s;
      });

  static final Variants<Posting> POSTING = Variants.<Posting>builder(Variants.Kind.STATE_DOCUMENT)
      .add("recorded", Posting.Recorded.class,
          (p, out) -> out.field("entry", p.entry(), POINTS_ENTRY).number("balance", p.balance()),
          in -> new Posting.Recorded(in.read("entry", POINTS_ENTRY), in.get("balance").integer(0, Long.MAX_VALUE)))
      .add("already_recorded", Posting.AlreadyRecorded.class,
          (p, out) -> out.field("entry", p.entry(), POINTS_ENTRY),
          in -> new Posting.AlreadyRecorded(in.read("entry", POINTS_ENTRY)))
      .add("rejected", Posting.Rejected.class,
          (p, out) -> out.field("reason", p.reason(), POSTING_REASON).string("message", p.message()),
          in -> new Posting.Rejected(in.read("reason", POSTING_REASON), in.text("message")))
      .build();

  static Map<Class<?>, Codec<?>> codecs() {
    return Map.ofEntries(
        entry(Actor.class, ACTOR),
        entry(Actor.Person.class, ACTOR.only(Actor.Person.class)),
        entry(Actor.SinkingUnit.class, ACTOR.only(Actor.SinkingUnit.class)),
        entry(Actor.Body.class, ACTOR.only(Actor.Body.class)),
        entry(ActivityRecord.class, ACTIVITY_RECORD),
        entry(DutyVerdict.class, VERDICT),
        entry(ComplianceReport.class, COMPLIANCE_REPORT),
        entry(EntryId.class, ENTRY_ID),
        entry(EntryKind.class, ENTRY_KIND),
        entry(Posting.Reason.class, POSTING_REASON),
        entry(EarningRule.class, EARNING_RULE),
        entry(Reward.class, REWARD),
        entry(PointsScheme.class, POINTS_SCHEME),
        entry(PointsEntry.class, POINTS_ENTRY),
        entry(PeriodSummary.class, PERIOD_SUMMARY),
        entry(Posting.class, POSTING),
        entry(Posting.Recorded.class, POSTING.only(Posting.Recorded.class)),
        entry(Posting.AlreadyRecorded.class, POSTING.only(Posting.AlreadyRecorded.class)),
        entry(Posting.Rejected.class, POSTING.only(Posting.Rejected.class)));
  }
}
