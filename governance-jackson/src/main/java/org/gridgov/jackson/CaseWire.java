package org.gridgov.jackson;

import static java.util.Map.entry;

import com.google.common.collect.ImmutableList;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.gridgov.core.GovernanceException;
import org.gridgov.core.cases.CaseCommand;
import org.gridgov.core.cases.CaseDetails;
import org.gridgov.core.cases.CaseEvent;
import org.gridgov.core.cases.CaseId;
import org.gridgov.core.cases.CaseLoop;
import org.gridgov.core.cases.CaseState;
import org.gridgov.core.cases.CaseStatus;
import org.gridgov.core.cases.CaseStore;
import org.gridgov.core.cases.CommandId;
import org.gridgov.core.cases.CommandKind;
import org.gridgov.core.cases.Coordinates;
import org.gridgov.core.cases.DeadlineTable;
import org.gridgov.core.cases.Decision;
import org.gridgov.core.cases.EventHeader;
import org.gridgov.core.cases.Holder;
import org.gridgov.core.cases.HolderPeriod;
import org.gridgov.core.cases.RejectionReason;
import org.gridgov.core.cases.Source;
import org.gridgov.core.cases.Step;
import org.gridgov.core.cases.Summons;
import org.gridgov.core.cases.Urgency;
import org.gridgov.core.category.CategoryCode;
import org.gridgov.core.people.PersonId;

/**
 * The case loop (事件闭环): identifiers, holders, details, commands, events with their header, decisions,
 * store results, and the case document (its events, with a derived summary checked on reading).
 */
final class CaseWire {
  private CaseWire() {}

  /** Property names encoded once (see {@link Out#name}). */
  private static final class N {
    static final SerializedString ACTOR = Out.name("actor");
    static final SerializedString ACTUAL_VERSION = Out.name("actual_version");
    static final SerializedString ADDRESS = Out.name("address");
    static final SerializedString AMOUNT = Out.name("amount");
    static final SerializedString AT = Out.name("at");
    static final SerializedString CASE = Out.name("case");
    static final SerializedString CATEGORY = Out.name("category");
    static final SerializedString CHILD = Out.name("child");
    static final SerializedString CLOCK = Out.name("clock");
    static final SerializedString CO_HANDLERS = Out.name("co_handlers");
    static final SerializedString COMMAND = Out.name("command");
    static final SerializedString COMMAND_KIND = Out.name("command_kind");
    static final SerializedString COORDINATES = Out.name("coordinates");
    static final SerializedString DEPARTMENT = Out.name("department");
    static final SerializedString DEPARTMENTS = Out.name("departments");
    static final SerializedString DESCRIPTION = Out.name("description");
    static final SerializedString DETAILS = Out.name("details");
    static final SerializedString DIMENSION = Out.name("dimension");
    static final SerializedString DISPATCHER = Out.name("dispatcher");
    static final SerializedString DUE = Out.name("due");
    static final SerializedString EVENTS = Out.name("events");
    static final SerializedString EXPECTED_VERSION = Out.name("expected_version");
    static final SerializedString FROM = Out.name("from");
    static final SerializedString GRID = Out.name("grid");
    static final SerializedString HOLDER = Out.name("holder");
    static final SerializedString ID = Out.name("id");
    static final SerializedString LAST_EVENT_AT = Out.name("last_event_at");
    static final SerializedString LATITUDE = Out.name("latitude");
    static final SerializedString LONGITUDE = Out.name("longitude");
    static final SerializedString MEDIA = Out.name("media");
    static final SerializedString MESSAGE = Out.name("message");
    static final SerializedString NOTE = Out.name("note");
    static final SerializedString ORIGINAL = Out.name("original");
    static final SerializedString PARENT = Out.name("parent");
    static final SerializedString PASSED = Out.name("passed");
    static final SerializedString PAUSED_ELAPSED = Out.name("paused_elapsed");
    static final SerializedString PLACE = Out.name("place");
    static final SerializedString PREVIOUS = Out.name("previous");
    static final SerializedString RATING = Out.name("rating");
    static final SerializedString REASON = Out.name("reason");
    static final SerializedString REPORTER = Out.name("reporter");
    static final SerializedString SEQUENCE = Out.name("sequence");
    static final SerializedString SOURCE = Out.name("source");
    static final SerializedString STATUS = Out.name("status");
    static final SerializedString STATUS_FROM = Out.name("status_from");
    static final SerializedString STATUS_TO = Out.name("status_to");
    static final SerializedString STEP = Out.name("step");
    static final SerializedString SUMMARY = Out.name("summary");
    static final SerializedString SUMMONSES = Out.name("summonses");
    static final SerializedString TARGET = Out.name("target");
    static final SerializedString TO = Out.name("to");
    static final SerializedString TO_CITY_CENTER = Out.name("to_city_center");
    static final SerializedString URGENCY = Out.name("urgency");
    static final SerializedString VERSION = Out.name("version");

    static final SerializedString LIMIT = Out.name("limit");
    static final SerializedString ENTRIES = Out.name("entries");

    private N() {}
  }

  static final StringCodec<CaseId> CASE_ID = StringCodec.of(CaseId::value, CaseId::of);
  static final StringCodec<CommandId> COMMAND_ID = StringCodec.of(CommandId::value, CommandId::of);

  // ------------------------------------------------------------------ enums

  static final EnumCodec<CommandKind> COMMAND_KIND = EnumCodec.of(CommandKind.class, Map.ofEntries(
      entry(CommandKind.REPORT, "report"),
      entry(CommandKind.ACCEPT, "accept"),
      entry(CommandKind.VOID, "void"),
      entry(CommandKind.MARK_DUPLICATE, "mark_duplicate"),
      entry(CommandKind.ASSIGN, "assign"),
      entry(CommandKind.ACKNOWLEDGE, "acknowledge"),
      entry(CommandKind.SUBMIT_RESULT, "submit_result"),
      entry(CommandKind.VERIFY, "verify"),
      entry(CommandKind.EVALUATE, "evaluate"),
      entry(CommandKind.CLOSE, "close"),
      entry(CommandKind.ESCALATE, "escalate"),
      entry(CommandKind.RETURN, "return"),
      entry(CommandKind.REQUEST_EXTENSION, "request_extension"),
      entry(CommandKind.APPROVE_EXTENSION, "approve_extension"),
      entry(CommandKind.DENY_EXTENSION, "deny_extension"),
      entry(CommandKind.PARK, "park"),
      entry(CommandKind.RESUME, "resume"),
      entry(CommandKind.REOPEN, "reopen"),
      entry(CommandKind.BLOW_WHISTLE, "blow_whistle"),
      entry(CommandKind.REPORT_IN, "report_in"),
      entry(CommandKind.LINK_CHILD, "link_child"),
      entry(CommandKind.TICK, "tick")));

  static final EnumCodec<CaseStatus> STATUS = EnumCodec.of(CaseStatus.class, Map.of(
      CaseStatus.NEW, "new",
      CaseStatus.REPORTED, "reported",
      CaseStatus.ACCEPTED, "accepted",
      CaseStatus.ASSIGNED, "assigned",
      CaseStatus.HANDLING, "handling",
      CaseStatus.RESULT_SUBMITTED, "result_submitted",
      CaseStatus.VERIFIED, "verified",
      CaseStatus.CLOSED, "closed",
      CaseStatus.VOIDED, "voided",
      CaseStatus.DUPLICATE, "duplicate"));

  static final EnumCodec<Source> SOURCE = EnumCodec.of(Source.class, Map.of(
      Source.GRID_PATROL, "grid_patrol",
      Source.RESIDENT_SNAPSHOT, "resident_snapshot",
      Source.HOTLINE, "hotline",
      Source.LEADER_ASSIGNMENT, "leader_assignment",
      Source.SINKING_CADRE, "sinking_cadre"));

  static final EnumCodec<Step> STEP = EnumCodec.of(Step.class, Map.of(
      Step.ACCEPT, "accept",
      Step.DISPATCH, "dispatch",
      Step.ACKNOWLEDGE, "acknowledge",
      Step.HANDLE, "handle",
      Step.VERIFY, "verify",
      Step.REPORT_IN, "report_in"));

  static final EnumCodec<Urgency> URGENCY = EnumCodec.of(Urgency.class, Map.of(
      Urgency.NORMAL, "normal",
      Urgency.URGENT, "urgent",
      Urgency.EMERGENCY, "emergency"));

  static final EnumCodec<RejectionReason> REJECTION_REASON = EnumCodec.of(RejectionReason.class, Map.of(
      RejectionReason.NOT_AUTHORISED, "not_authorised",
      RejectionReason.OUT_OF_JURISDICTION, "out_of_jurisdiction",
      RejectionReason.INVALID_TRANSITION, "invalid_transition",
      RejectionReason.STALE_INSTANT, "stale_instant",
      RejectionReason.DUPLICATE_COMMAND, "duplicate_command",
      RejectionReason.WRONG_CASE, "wrong_case",
      RejectionReason.INVALID_ARGUMENT, "invalid_argument",
      RejectionReason.OUTSIDE_WINDOW, "outside_window",
      RejectionReason.CONCURRENT_MODIFICATION, "concurrent_modification"));

  // ------------------------------------------------------------------ values

  static final Variants<Holder> HOLDER = Variants.<Holder>builder(Variants.Kind.VALUE)
      .add("grid", Holder.GridHolder.class,
          (h, out) -> out.field(N.GRID, h.grid(), IdWire.GRID),
          in -> new Holder.GridHolder(in.read("grid", IdWire.GRID)))
      .add("center", Holder.CenterHolder.class,
          (h, out) -> out.field(N.PLACE, h.place(), IdWire.PLACE),
          in -> new Holder.CenterHolder(in.read("place", IdWire.PLACE)))
      .add("department", Holder.DepartmentHolder.class,
          (h, out) -> out.field(N.DEPARTMENT, h.department(), IdWire.DEPARTMENT),
          in -> new Holder.DepartmentHolder(in.read("department", IdWire.DEPARTMENT)))
      .build();

  static final ObjectCodec<Coordinates> COORDINATES = ObjectCodec.of(
      (c, out) -> out.number(N.LATITUDE, c.latitude()).number(N.LONGITUDE, c.longitude()),
      in -> new Coordinates(in.get("latitude").number(), in.get("longitude").number()));

  static final ObjectCodec<CaseDetails> DETAILS = ObjectCodec.of(
      (d, out) -> out.field(N.CATEGORY, d.category(), IdWire.CATEGORY).field(N.SOURCE, d.source(), SOURCE)
          .field(N.PLACE, d.place(), IdWire.PLACE).field(N.URGENCY, d.urgency(), URGENCY)
          .string(N.DESCRIPTION, d.description()).optional(N.ADDRESS, d.address(), ValueWire.TEXT)
          .optional(N.COORDINATES, d.coordinates(), COORDINATES).array(N.MEDIA, d.media(), ValueWire.TEXT)
          .optional(N.REPORTER, d.reporter(), IdWire.PERSON).optional(N.PARENT, d.parent(), CASE_ID),
      in -> new CaseDetails(in.read("category", IdWire.CATEGORY), in.read("source", SOURCE),
          in.read("place", IdWire.PLACE), in.read("urgency", URGENCY), in.text("description"),
          in.readOptional("address", ValueWire.TEXT), in.readOptional("coordinates", COORDINATES),
          in.list("media", ValueWire.TEXT), in.readOptional("reporter", IdWire.PERSON),
          in.readOptional("parent", CASE_ID)));

  static final ObjectCodec<Summons> SUMMONS = ObjectCodec.of(
      (s, out) -> out.field(N.DEPARTMENT, s.department(), IdWire.DEPARTMENT).field(N.DUE, s.due(), ValueWire.INSTANT),
      in -> new Summons(in.read("department", IdWire.DEPARTMENT), in.read("due", ValueWire.INSTANT)));

  static final ObjectCodec<HolderPeriod> HOLDER_PERIOD = ObjectCodec.of(
      (p, out) -> out.field(N.HOLDER, p.holder(), HOLDER).field(N.FROM, p.from(), ValueWire.INSTANT)
          .field(N.TO, p.to(), ValueWire.INSTANT),
      in -> new HolderPeriod(in.read("holder", HOLDER), in.read("from", ValueWire.INSTANT),
          in.read("to", ValueWire.INSTANT)));

  // ------------------------------------------------------------------ event header

  /** Writes the header's properties into the event's own object (events are flat). */
  static void header(EventHeader h, Out out) throws IOException {
    out.field(N.CASE, h.caseId(), CASE_ID).number(N.SEQUENCE, h.sequence()).field(N.AT, h.at(), ValueWire.INSTANT)
        .field(N.ACTOR, h.actor(), IdWire.PERSON).field(N.COMMAND, h.command(), COMMAND_ID)
        .field(N.COMMAND_KIND, h.kind(), COMMAND_KIND).field(N.STATUS_FROM, h.from(), STATUS)
        .field(N.STATUS_TO, h.to(), STATUS).optional(N.CLOCK, h.clock(), ValueWire.TIME_LIMIT);
  }

  static EventHeader header(In in) {
    return new EventHeader(in.read("case", CASE_ID), in.integer("sequence", 1, Long.MAX_VALUE),
        in.read("at", ValueWire.INSTANT), in.read("actor", IdWire.PERSON), in.read("command", COMMAND_ID),
        in.read("command_kind", COMMAND_KIND), in.read("status_from", STATUS), in.read("status_to", STATUS),
        in.readOptional("clock", ValueWire.TIME_LIMIT));
  }

  static final ObjectCodec<EventHeader> HEADER = ObjectCodec.of(CaseWire::header, CaseWire::header);

  // ------------------------------------------------------------------ events

  /** Collects event variants: the header's properties first, then the payload's. */
  private static final class Events {
    final Variants.Builder<CaseEvent> b = Variants.builder(Variants.Kind.STATE_DOCUMENT);

    <S extends CaseEvent> Events add(String id, Class<S> type, ObjectCodec.Fields<S> payload,
        BiFunction<EventHeader, In, S> reader) {
      b.add(id, type, (e, out) -> {
        header(e.header(), out);
        payload.write(e, out);
      }, in -> reader.apply(header(in), in));
      return this;
    }
  }

  private static final ObjectCodec.Fields<CaseEvent> NONE = (e, out) -> { };

  static final Variants<CaseEvent> EVENT = new Events()
      .add("reported", CaseEvent.Reported.class,
          (e, out) -> out.field(N.DETAILS, e.details(), DETAILS).field(N.HOLDER, e.holder(), HOLDER),
          (h, in) -> new CaseEvent.Reported(h, in.read("details", DETAILS), in.read("holder", HOLDER)))
      .add("accepted", CaseEvent.Accepted.class, NONE::write, (h, in) -> new CaseEvent.Accepted(h))
      .add("voided", CaseEvent.Voided.class,
          (e, out) -> out.string(N.REASON, e.reason()),
          (h, in) -> new CaseEvent.Voided(h, in.text("reason")))
      .add("marked_duplicate", CaseEvent.MarkedDuplicate.class,
          (e, out) -> out.field(N.ORIGINAL, e.original(), CASE_ID),
          (h, in) -> new CaseEvent.MarkedDuplicate(h, in.read("original", CASE_ID)))
      .add("assigned", CaseEvent.Assigned.class,
          (e, out) -> out.field(N.DISPATCHER, e.dispatcher(), HOLDER).field(N.HOLDER, e.holder(), HOLDER)
              .array(N.CO_HANDLERS, e.coHandlers(), IdWire.DEPARTMENT),
          (h, in) -> new CaseEvent.Assigned(h, in.read("dispatcher", HOLDER), in.read("holder", HOLDER),
              in.list("co_handlers", IdWire.DEPARTMENT)))
      .add("acknowledged", CaseEvent.Acknowledged.class, NONE::write, (h, in) -> new CaseEvent.Acknowledged(h))
      .add("result_submitted", CaseEvent.ResultSubmitted.class,
          (e, out) -> out.string(N.SUMMARY, e.summary()),
          (h, in) -> new CaseEvent.ResultSubmitted(h, in.text("summary")))
      .add("verified", CaseEvent.Verified.class,
          (e, out) -> out.bool(N.PASSED, e.passed()).string(N.NOTE, e.note()),
          (h, in) -> new CaseEvent.Verified(h, in.get("passed").bool(), in.text("note")))
      .add("evaluated", CaseEvent.Evaluated.class,
          (e, out) -> out.field(N.DIMENSION, e.dimension(), ValueWire.DIMENSION)
              .field(N.RATING, e.rating(), ValueWire.SATISFACTION),
          (h, in) -> new CaseEvent.Evaluated(h, in.read("dimension", ValueWire.DIMENSION),
              in.read("rating", ValueWire.SATISFACTION)))
      .add("closed", CaseEvent.Closed.class, NONE::write, (h, in) -> new CaseEvent.Closed(h))
      .add("escalated", CaseEvent.Escalated.class,
          (e, out) -> out.field(N.PREVIOUS, e.previous(), HOLDER).field(N.HOLDER, e.holder(), HOLDER),
          (h, in) -> new CaseEvent.Escalated(h, in.read("previous", HOLDER), in.read("holder", HOLDER)))
      .add("returned", CaseEvent.Returned.class,
          (e, out) -> out.field(N.PREVIOUS, e.previous(), HOLDER).field(N.HOLDER, e.holder(), HOLDER)
              .string(N.REASON, e.reason()),
          (h, in) -> new CaseEvent.Returned(h, in.read("previous", HOLDER), in.read("holder", HOLDER),
              in.text("reason")))
      .add("extension_requested", CaseEvent.ExtensionRequested.class,
          (e, out) -> out.field(N.AMOUNT, e.amount(), ValueWire.DURATION).string(N.REASON, e.reason()),
          (h, in) -> new CaseEvent.ExtensionRequested(h, in.read("amount", ValueWire.DURATION), in.text("reason")))
      .add("extension_approved", CaseEvent.ExtensionApproved.class,
          (e, out) -> out.field(N.AMOUNT, e.amount(), ValueWire.DURATION),
          (h, in) -> new CaseEvent.ExtensionApproved(h, in.read("amount", ValueWire.DURATION)))
      .add("extension_denied", CaseEvent.ExtensionDenied.class, NONE::write,
          (h, in) -> new CaseEvent.ExtensionDenied(h))
      .add("parked", CaseEvent.Parked.class,
          (e, out) -> out.string(N.REASON, e.reason()),
          (h, in) -> new CaseEvent.Parked(h, in.text("reason")))
      .add("resumed", CaseEvent.Resumed.class,
          (e, out) -> out.field(N.PAUSED_ELAPSED, e.pausedElapsed(), ValueWire.DURATION),
          (h, in) -> new CaseEvent.Resumed(h, in.read("paused_elapsed", ValueWire.DURATION)))
      .add("reopened", CaseEvent.Reopened.class,
          (e, out) -> out.field(N.HOLDER, e.holder(), HOLDER).string(N.REASON, e.reason()),
          (h, in) -> new CaseEvent.Reopened(h, in.read("holder", HOLDER), in.text("reason")))
      .add("whistle_blown", CaseEvent.WhistleBlown.class,
          (e, out) -> out.array(N.SUMMONSES, e.summonses(), SUMMONS),
          (h, in) -> new CaseEvent.WhistleBlown(h, in.list("summonses", SUMMONS)))
      .add("reported_in", CaseEvent.ReportedIn.class,
          (e, out) -> out.field(N.DEPARTMENT, e.department(), IdWire.DEPARTMENT),
          (h, in) -> new CaseEvent.ReportedIn(h, in.read("department", IdWire.DEPARTMENT)))
      .add("child_linked", CaseEvent.ChildLinked.class,
          (e, out) -> out.field(N.CHILD, e.child(), CASE_ID),
          (h, in) -> new CaseEvent.ChildLinked(h, in.read("child", CASE_ID)))
      .add("deadline_warned", CaseEvent.DeadlineWarned.class,
          (e, out) -> out.field(N.STEP, e.step(), STEP),
          (h, in) -> new CaseEvent.DeadlineWarned(h, in.read("step", STEP)))
      .add("deadline_breached", CaseEvent.DeadlineBreached.class,
          (e, out) -> out.field(N.STEP, e.step(), STEP),
          (h, in) -> new CaseEvent.DeadlineBreached(h, in.read("step", STEP)))
      .add("report_in_overdue", CaseEvent.ReportInOverdue.class,
          (e, out) -> out.field(N.DEPARTMENT, e.department(), IdWire.DEPARTMENT),
          (h, in) -> new CaseEvent.ReportInOverdue(h, in.read("department", IdWire.DEPARTMENT)))
      .b.build();

  // ------------------------------------------------------------------ commands

  /** The properties every command carries. */
  record Common(CommandId id, CaseId caseId, PersonId actor, Instant at) {}

  /** Collects command variants: the common properties first, then the payload's. */
  private static final class Commands {
    final Variants.Builder<CaseCommand> b = Variants.builder(Variants.Kind.COMMAND);

    <S extends CaseCommand> Commands add(String id, Class<S> type, ObjectCodec.Fields<S> payload,
        BiFunction<Common, In, S> reader) {
      b.add(id, type, (c, out) -> {
        out.field(N.ID, c.id(), COMMAND_ID).field(N.CASE, c.caseId(), CASE_ID)
            .field(N.ACTOR, c.actor(), IdWire.PERSON).field(N.AT, c.at(), ValueWire.INSTANT);
        payload.write(c, out);
      }, in -> reader.apply(new Common(in.read("id", COMMAND_ID), in.read("case", CASE_ID),
          in.read("actor", IdWire.PERSON), in.read("at", ValueWire.INSTANT)), in));
      return this;
    }
  }

  private static final ObjectCodec.Fields<CaseCommand> NOTHING = (c, out) -> { };

  static final Variants<CaseCommand> COMMAND = new Commands()
      .add("report", CaseCommand.Report.class,
          (c, out) -> out.field(N.DETAILS, c.details(), DETAILS),
          (k, in) -> new CaseCommand.Report(k.id(), k.caseId(), k.actor(), k.at(), in.read("details", DETAILS)))
      .add("accept", CaseCommand.Accept.class, NOTHING::write,
          (k, in) -> new CaseCommand.Accept(k.id(), k.caseId(), k.actor(), k.at()))
      .add("void", CaseCommand.VoidReport.class,
          (c, out) -> out.string(N.REASON, c.reason()),
          (k, in) -> new CaseCommand.VoidReport(k.id(), k.caseId(), k.actor(), k.at(), in.text("reason")))
      .add("mark_duplicate", CaseCommand.MarkDuplicate.class,
          (c, out) -> out.field(N.ORIGINAL, c.original(), CASE_ID),
          (k, in) -> new CaseCommand.MarkDuplicate(k.id(), k.caseId(), k.actor(), k.at(), in.read("original", CASE_ID)))
      .add("assign", CaseCommand.Assign.class,
          (c, out) -> out.field(N.TARGET, c.target(), HOLDER).array(N.CO_HANDLERS, c.coHandlers(), IdWire.DEPARTMENT),
          (k, in) -> new CaseCommand.Assign(k.id(), k.caseId(), k.actor(), k.at(), in.read("target", HOLDER),
              in.list("co_handlers", IdWire.DEPARTMENT)))
      .add("acknowledge", CaseCommand.Acknowledge.class, NOTHING::write,
          (k, in) -> new CaseCommand.Acknowledge(k.id(), k.caseId(), k.actor(), k.at()))
      .add("submit_result", CaseCommand.SubmitResult.class,
          (c, out) -> out.string(N.SUMMARY, c.summary()),
          (k, in) -> new CaseCommand.SubmitResult(k.id(), k.caseId(), k.actor(), k.at(), in.text("summary")))
      .add("verify", CaseCommand.Verify.class,
          (c, out) -> out.bool(N.PASSED, c.passed()).string(N.NOTE, c.note()),
          (k, in) -> new CaseCommand.Verify(k.id(), k.caseId(), k.actor(), k.at(), in.get("passed").bool(),
              in.text("note")))
      .add("evaluate", CaseCommand.Evaluate.class,
          (c, out) -> out.field(N.DIMENSION, c.dimension(), ValueWire.DIMENSION)
              .field(N.RATING, c.rating(), ValueWire.SATISFACTION),
          (k, in) -> new CaseCommand.Evaluate(k.id(), k.caseId(), k.actor(), k.at(),
              in.read("dimension", ValueWire.DIMENSION), in.read("rating", ValueWire.SATISFACTION)))
      .add("close", CaseCommand.Close.class, NOTHING::write,
          (k, in) -> new CaseCommand.Close(k.id(), k.caseId(), k.actor(), k.at()))
      .add("escalate", CaseCommand.Escalate.class,
          (c, out) -> out.bool(N.TO_CITY_CENTER, c.toCityCenter()).string(N.REASON, c.reason()),
          (k, in) -> new CaseCommand.Escalate(k.id(), k.caseId(), k.actor(), k.at(), in.get("to_city_center").bool(),
              in.text("reason")))
      .add("return", CaseCommand.Return.class,
          (c, out) -> out.string(N.REASON, c.reason()),
          (k, in) -> new CaseCommand.Return(k.id(), k.caseId(), k.actor(), k.at(), in.text("reason")))
      .add("request_extension", CaseCommand.RequestExtension.class,
          (c, out) -> out.field(N.AMOUNT, c.amount(), ValueWire.DURATION).string(N.REASON, c.reason()),
          (k, in) -> new CaseCommand.RequestExtension(k.id(), k.caseId(), k.actor(), k.at(),
              in.read("amount", ValueWire.DURATION), in.text("reason")))
      .add("approve_extension", CaseCommand.ApproveExtension.class, NOTHING::write,
          (k, in) -> new CaseCommand.ApproveExtension(k.id(), k.caseId(), k.actor(), k.at()))
      .add("deny_extension", CaseCommand.DenyExtension.class, NOTHING::write,
          (k, in) -> new CaseCommand.DenyExtension(k.id(), k.caseId(), k.actor(), k.at()))
      .add("park", CaseCommand.Park.class,
          (c, out) -> out.string(N.REASON, c.reason()),
          (k, in) -> new CaseCommand.Park(k.id(), k.caseId(), k.actor(), k.at(), in.text("reason")))
      .add("resume", CaseCommand.Resume.class, NOTHING::write,
          (k, in) -> new CaseCommand.Resume(k.id(), k.caseId(), k.actor(), k.at()))
      .add("reopen", CaseCommand.Reopen.class,
          (c, out) -> out.string(N.REASON, c.reason()),
          (k, in) -> new CaseCommand.Reopen(k.id(), k.caseId(), k.actor(), k.at(), in.text("reason")))
      .add("blow_whistle", CaseCommand.BlowWhistle.class,
          (c, out) -> out.array(N.DEPARTMENTS, c.departments(), IdWire.DEPARTMENT),
          (k, in) -> new CaseCommand.BlowWhistle(k.id(), k.caseId(), k.actor(), k.at(),
              in.list("departments", IdWire.DEPARTMENT)))
      .add("report_in", CaseCommand.ReportIn.class,
          (c, out) -> out.field(N.DEPARTMENT, c.department(), IdWire.DEPARTMENT),
          (k, in) -> new CaseCommand.ReportIn(k.id(), k.caseId(), k.actor(), k.at(),
              in.read("department", IdWire.DEPARTMENT)))
      .add("link_child", CaseCommand.LinkChild.class,
          (c, out) -> out.field(N.CHILD, c.child(), CASE_ID),
          (k, in) -> new CaseCommand.LinkChild(k.id(), k.caseId(), k.actor(), k.at(), in.read("child", CASE_ID)))
      .add("tick", CaseCommand.Tick.class, NOTHING::write,
          (k, in) -> new CaseCommand.Tick(k.id(), k.caseId(), k.actor(), k.at()))
      .b.build();

  // ------------------------------------------------------------------ outcomes

  static final Variants<Decision> DECISION = Variants.<Decision>builder(Variants.Kind.STATE_DOCUMENT)
      .add("accepted", Decision.Accepted.class,
          (d, out) -> out.array(N.EVENTS, d.events(), EVENT),
          in -> new Decision.Accepted(in.list("events", EVENT)))
      .add("rejected", Decision.Rejected.class,
          (d, out) -> out.field(N.REASON, d.reason(), REJECTION_REASON).string(N.MESSAGE, d.message()),
          in -> new Decision.Rejected(in.read("reason", REJECTION_REASON), in.text("message")))
      .add("already_applied", Decision.AlreadyApplied.class,
          (d, out) -> out.array(N.EVENTS, d.events(), EVENT),
          in -> new Decision.AlreadyApplied(in.list("events", EVENT)))
      .build();

  static final Variants<CaseStore.AppendResult> APPEND_RESULT = Variants.<CaseStore.AppendResult>builder(
          Variants.Kind.VALUE)
      .add("appended", CaseStore.AppendResult.Appended.class,
          (a, out) -> out.number(N.VERSION, a.version()),
          in -> new CaseStore.AppendResult.Appended(in.get("version").integer(0, Long.MAX_VALUE)))
      .add("conflict", CaseStore.AppendResult.Conflict.class,
          (c, out) -> out.number(N.EXPECTED_VERSION, c.expectedVersion()).number(N.ACTUAL_VERSION, c.actualVersion()),
          in -> new CaseStore.AppendResult.Conflict(in.get("expected_version").integer(0, Long.MAX_VALUE),
              in.get("actual_version").integer(0, Long.MAX_VALUE)))
      .build();

  // ------------------------------------------------------------------ the case document

  /**
   * A case: its identifier, a summary derived from its events (version, status, holder, dispatcher,
   * last event instant) for readers that do not replay, and the events. Reading replays the events
   * with {@link CaseLoop#evolve} and refuses a summary that does not match them.
   */
  static final ObjectCodec<CaseState> CASE = ObjectCodec.of(
      (s, out) -> {
        if (out.atDocumentRoot()) {
          out.number(In.SCHEMA_VERSION_PROPERTY, In.SCHEMA_VERSION);
        }
        out.field(N.CASE, s.caseId(), CASE_ID).number(N.VERSION, s.version()).field(N.STATUS, s.status(), STATUS)
            .optional(N.HOLDER, s.holder(), HOLDER).optional(N.DISPATCHER, s.dispatcher(), HOLDER)
            .optional(N.LAST_EVENT_AT, s.lastEventAt(), ValueWire.INSTANT)
            .array(N.EVENTS, s.events(), EVENT);
      },
      in -> {
        in.document(false);
        CaseId caseId = in.read("case", CASE_ID);
        In eventsIn = in.get("events");
        ImmutableList<CaseEvent> events = eventsIn.list(EVENT);
        CaseState state = CaseState.initial(caseId);
        for (int i = 0; i < events.size(); i++) {
          try {
            state = CaseLoop.evolve(state, events.get(i));
          } catch (GovernanceException | ArithmeticException | IllegalArgumentException e) {
            // IllegalArgumentException: CaseLoop.evolve lets Guava's duplicate-key check escape for a
            // dimension evaluated twice, which decide never produces.
            throw new WireFormatException(eventsIn.path() + "/" + i, "does not follow the events before it: "
                + e.getMessage(), e);
          }
        }
        matches(in.get("version"), in.get("version").integer(0, Long.MAX_VALUE), state.version());
        matches(in.get("status"), in.read("status", STATUS), state.status());
        matches(in, "holder", in.readOptional("holder", HOLDER), state.holder());
        matches(in, "dispatcher", in.readOptional("dispatcher", HOLDER), state.dispatcher());
        matches(in, "last_event_at", in.readOptional("last_event_at", ValueWire.INSTANT), state.lastEventAt());
        return state;
      });

  private static void matches(In at, Object written, Object replayed) {
    if (!written.equals(replayed)) {
      throw at.fail("must match the events, which give " + replayed);
    }
  }

  private static void matches(In parent, String name, Optional<?> written, Optional<?> replayed) {
    if (!written.equals(replayed)) {
      throw parent.opt(name).orElse(parent).fail((parent.opt(name).isPresent() ? "" : name + " ")
          + "must match the events, which give " + replayed.map(Object::toString).orElse("none"));
    }
  }

  // ------------------------------------------------------------------ deadline table

  /** A cell of the deadline table: the category (absent for the default row), urgency, step and limit. */
  static final ObjectCodec<DeadlineTable.Entry> DEADLINE_ENTRY = ObjectCodec.of(
      (e, out) -> out.optional(N.CATEGORY, e.category(), IdWire.CATEGORY).field(N.URGENCY, e.urgency(), URGENCY)
          .field(N.STEP, e.step(), STEP).field(N.LIMIT, e.limit(), ValueWire.TIME_LIMIT),
      in -> new DeadlineTable.Entry(in.readOptional("category", IdWire.CATEGORY), in.read("urgency", URGENCY),
          in.read("step", STEP), in.read("limit", ValueWire.TIME_LIMIT)));

  /**
   * The deadline table (时限表), a configuration document: {@code entries} as {@link DeadlineTable#entries()}
   * lists them — a default limit for every step and urgency, then each category's overrides. Reading
   * refuses a missing default and a cell given twice.
   */
  static final ObjectCodec<DeadlineTable> DEADLINE_TABLE = ObjectCodec.of(
      (t, out) -> {
        Documents.head(out, Optional.empty());
        out.array(N.ENTRIES, t.entries(), DEADLINE_ENTRY);
      },
      in -> {
        Documents.head(in, Optional.empty(), false);
        In entriesIn = in.get("entries");
        ImmutableList<DeadlineTable.Entry> entries = entriesIn.list(DEADLINE_ENTRY);
        java.util.Set<java.util.List<Object>> cells = new java.util.HashSet<>();
        DeadlineTable.Builder builder = null;
        for (int i = 0; i < entries.size(); i++) {
          DeadlineTable.Entry e = entries.get(i);
          if (!cells.add(java.util.List.of(e.category(), e.urgency(), e.step()))) {
            throw new WireFormatException(entriesIn.path() + "/" + i, "gives the limit of a cell given before: "
                + e.category().map(CategoryCode::value).orElse("default") + ", " + URGENCY.code(e.urgency()) + ", "
                + STEP.code(e.step()), null);
          }
          if (builder == null) {
            builder = DeadlineTable.builder(e.limit());
          }
          if (e.category().isPresent()) {
            builder.limit(e.category().get(), e.urgency(), e.step(), e.limit());
          } else {
            builder.defaultLimit(e.step(), e.urgency(), e.limit());
          }
        }
        for (Step step : Step.values()) {
          for (Urgency urgency : Urgency.values()) {
            if (!cells.contains(java.util.List.of(Optional.empty(), urgency, step))) {
              throw entriesIn.fail("must give a default limit (no category) for every step and urgency; missing "
                  + STEP.code(step) + ", " + URGENCY.code(urgency));
            }
          }
        }
        return builder.build();
      });

  static Map<Class<?>, Codec<?>> codecs() {
    return Map.ofEntries(
        entry(CaseId.class, CASE_ID),
        entry(CommandId.class, COMMAND_ID),
        entry(CommandKind.class, COMMAND_KIND),
        entry(CaseStatus.class, STATUS),
        entry(Source.class, SOURCE),
        entry(Step.class, STEP),
        entry(Urgency.class, URGENCY),
        entry(RejectionReason.class, REJECTION_REASON),
        entry(Holder.class, HOLDER),
        entry(Holder.GridHolder.class, HOLDER.only(Holder.GridHolder.class)),
        entry(Holder.CenterHolder.class, HOLDER.only(Holder.CenterHolder.class)),
        entry(Holder.DepartmentHolder.class, HOLDER.only(Holder.DepartmentHolder.class)),
        entry(Coordinates.class, COORDINATES),
        entry(CaseDetails.class, DETAILS),
        entry(Summons.class, SUMMONS),
        entry(HolderPeriod.class, HOLDER_PERIOD),
        entry(EventHeader.class, HEADER),
        entry(CaseEvent.class, EVENT),
        entry(CaseCommand.class, COMMAND),
        entry(Decision.class, DECISION),
        entry(Decision.Accepted.class, DECISION.only(Decision.Accepted.class)),
        entry(Decision.Rejected.class, DECISION.only(Decision.Rejected.class)),
        entry(Decision.AlreadyApplied.class, DECISION.only(Decision.AlreadyApplied.class)),
        entry(CaseStore.AppendResult.class, APPEND_RESULT),
        entry(CaseStore.AppendResult.Appended.class, APPEND_RESULT.only(CaseStore.AppendResult.Appended.class)),
        entry(CaseStore.AppendResult.Conflict.class, APPEND_RESULT.only(CaseStore.AppendResult.Conflict.class)),
        entry(CaseState.class, CASE),
        entry(DeadlineTable.Entry.class, DEADLINE_ENTRY),
        entry(DeadlineTable.class, DEADLINE_TABLE));
  }

  /** The variant classes of events and commands, each with the codec that refuses the others. */
  static Map<Class<?>, Codec<?>> variantCodecs() {
    java.util.LinkedHashMap<Class<?>, Codec<?>> out = new java.util.LinkedHashMap<>();
    EVENT.types().values().forEach(t -> out.put(t, only(EVENT, t)));
    COMMAND.types().values().forEach(t -> out.put(t, only(COMMAND, t)));
    return out;
  }

  private static <T, S extends T> Codec<S> only(Variants<T> variants, Class<S> type) {
    return variants.only(type);
  }
}
