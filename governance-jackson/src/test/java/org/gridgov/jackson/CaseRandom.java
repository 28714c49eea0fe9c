package org.gridgov.jackson;

import static org.gridgov.jackson.RandomValues.gridId;
import static org.gridgov.jackson.RandomValues.list;
import static org.gridgov.jackson.RandomValues.pick;
import static org.gridgov.jackson.RandomValues.positiveDuration;
import static org.gridgov.jackson.RandomValues.text;
import static org.gridgov.jackson.RandomValues.token;

import com.google.common.collect.ImmutableList;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.gridgov.core.calendar.BusinessCalendar;
import org.gridgov.core.calendar.TimeKind;
import org.gridgov.core.calendar.TimeLimit;
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
import org.gridgov.core.cases.Decision;
import org.gridgov.core.cases.EventHeader;
import org.gridgov.core.cases.Holder;
import org.gridgov.core.cases.HolderPeriod;
import org.gridgov.core.cases.RejectionReason;
import org.gridgov.core.cases.Source;
import org.gridgov.core.cases.Step;
import org.gridgov.core.cases.Summons;
import org.gridgov.core.cases.Urgency;
import org.gridgov.core.evaluation.EvaluationDimension;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.org.DepartmentId;
import org.gridgov.core.org.Level;
import org.gridgov.core.org.PlaceId;
import org.gridgov.core.people.PersonId;

/** Random valid values of the case loop's types, drawn from a seeded {@link Random}. */
final class CaseRandom {
  private CaseRandom() {}

  private static final Instant EPOCH = Instant.parse("2025-01-01T00:00:00Z");

  static Map<Class<?>, Function<Random, ?>> byType() {
    Map<Class<?>, Function<Random, ?>> out = new LinkedHashMap<>();
    out.put(CaseId.class, CaseRandom::caseId);
    out.put(CommandId.class, r -> CommandId.of(token(r)));
    out.put(CommandKind.class, r -> pick(r, CommandKind.values()));
    out.put(CaseStatus.class, r -> pick(r, CaseStatus.values()));
    out.put(Source.class, r -> pick(r, Source.values()));
    out.put(Step.class, r -> pick(r, Step.values()));
    out.put(Urgency.class, r -> pick(r, Urgency.values()));
    out.put(RejectionReason.class, r -> pick(r, RejectionReason.values()));
    out.put(Holder.class, CaseRandom::holder);
    out.put(Holder.GridHolder.class, r -> new Holder.GridHolder(gridId(r)));
    out.put(Holder.CenterHolder.class, r -> new Holder.CenterHolder(center(r)));
    out.put(Holder.DepartmentHolder.class, r -> new Holder.DepartmentHolder(DepartmentId.of(token(r))));
    out.put(Coordinates.class, CaseRandom::coordinates);
    out.put(CaseDetails.class, CaseRandom::details);
    out.put(Summons.class, CaseRandom::summons);
    out.put(HolderPeriod.class, r -> {
      Instant from = instant(r);
      return new HolderPeriod(holder(r), from, from.plusSeconds(r.nextInt(1_000_000)));
    });
    out.put(EventHeader.class, r -> header(r, caseId(r), 1 + r.nextInt(1000), instant(r), pick(r, CaseStatus.values())));
    out.put(CaseEvent.class, r -> event(r, pick(r, List.copyOf(EVENTS.keySet()))));
    EVENTS.keySet().forEach(type -> out.put(type, r -> event(r, type)));
    out.put(CaseCommand.class, r -> command(r, pick(r, List.copyOf(COMMANDS.keySet()))));
    COMMANDS.keySet().forEach(type -> out.put(type, r -> command(r, type)));
    out.put(Decision.class, r -> pick(r, List.<Function<Random, Decision>>of(CaseRandom::accepted,
        CaseRandom::rejected, CaseRandom::alreadyApplied)).apply(r));
    out.put(Decision.Accepted.class, CaseRandom::accepted);
    out.put(Decision.Rejected.class, CaseRandom::rejected);
    out.put(Decision.AlreadyApplied.class, CaseRandom::alreadyApplied);
    out.put(CaseStore.AppendResult.class, r -> r.nextBoolean() ? appended(r) : conflict(r));
    out.put(CaseStore.AppendResult.Appended.class, CaseRandom::appended);
    out.put(CaseStore.AppendResult.Conflict.class, CaseRandom::conflict);
    out.put(CaseState.class, CaseRandom::state);
    out.put(BusinessCalendar.class, CaseRandom::calendar);
    out.put(org.gridgov.core.cases.DeadlineTable.class, CaseRandom::deadlineTable);
    out.put(org.gridgov.core.cases.DeadlineTable.Entry.class, r -> new org.gridgov.core.cases.DeadlineTable.Entry(
        maybe(r, RandomValues::categoryCode), pick(r, Urgency.values()), pick(r, Step.values()), limit(r)));
    return out;
  }

  static CaseId caseId(Random r) {
    return CaseId.of(token(r));
  }

  static Instant instant(Random r) {
    return EPOCH.plusSeconds(r.nextInt(100_000_000)).plusMillis(r.nextInt(3) == 0 ? r.nextInt(1000) : 0);
  }

  static PlaceId center(Random r) {
    PlaceId p = RandomValues.place(r);
    while (p.level() != Level.CITY && p.level() != Level.SUBDISTRICT && p.level() != Level.COMMUNITY) {
      p = RandomValues.place(r);
    }
    return p;
  }

  static Holder holder(Random r) {
    switch (r.nextInt(3)) {
      case 0:
        return Holder.grid(gridId(r));
      case 1:
        return Holder.center(center(r));
      default:
        return Holder.department(DepartmentId.of(token(r)));
    }
  }

  static Coordinates coordinates(Random r) {
    return new Coordinates(r.nextDouble() * 180 - 90, r.nextDouble() * 360 - 180);
  }

  static <T> Optional<T> maybe(Random r, Function<Random, T> f) {
    return r.nextBoolean() ? Optional.of(f.apply(r)) : Optional.empty();
  }

  static CaseDetails details(Random r) {
    return new CaseDetails(RandomValues.categoryCode(r), pick(r, Source.values()), RandomValues.place(r),
        pick(r, Urgency.values()), text(r, 2000), maybe(r, x -> text(x, 200)), maybe(r, CaseRandom::coordinates),
        list(r, 3, x -> "https://m.example/" + token(x)), maybe(r, x -> PersonId.of(token(x))),
        maybe(r, CaseRandom::caseId));
  }

  static Summons summons(Random r) {
    return new Summons(DepartmentId.of(token(r)), instant(r));
  }

  static TimeLimit limit(Random r) {
    return new TimeLimit(pick(r, TimeKind.values()), positiveDuration(r));
  }

  static EventHeader header(Random r, CaseId caseId, long sequence, Instant at, CaseStatus from) {
    return new EventHeader(caseId, sequence, at, PersonId.of(token(r)), CommandId.of(token(r)),
        pick(r, CommandKind.values()), from, pick(r, CaseStatus.values()), maybe(r, CaseRandom::limit));
  }

  private static final Map<Class<? extends CaseEvent>, BiFunction<Random, EventHeader, CaseEvent>> EVENTS =
      new LinkedHashMap<>();

  static {
    EVENTS.put(CaseEvent.Reported.class, (r, h) -> new CaseEvent.Reported(h, details(r), holder(r)));
    EVENTS.put(CaseEvent.Accepted.class, (r, h) -> new CaseEvent.Accepted(h));
    EVENTS.put(CaseEvent.Voided.class, (r, h) -> new CaseEvent.Voided(h, text(r, 200)));
    EVENTS.put(CaseEvent.MarkedDuplicate.class, (r, h) -> new CaseEvent.MarkedDuplicate(h, caseId(r)));
    EVENTS.put(CaseEvent.Assigned.class, (r, h) -> new CaseEvent.Assigned(h, holder(r), holder(r),
        list(r, 3, x -> DepartmentId.of(token(x)))));
    EVENTS.put(CaseEvent.Acknowledged.class, (r, h) -> new CaseEvent.Acknowledged(h));
    EVENTS.put(CaseEvent.ResultSubmitted.class, (r, h) -> new CaseEvent.ResultSubmitted(h, text(r, 200)));
    EVENTS.put(CaseEvent.Verified.class, (r, h) -> new CaseEvent.Verified(h, r.nextBoolean(), text(r, 200)));
    EVENTS.put(CaseEvent.Evaluated.class, (r, h) -> new CaseEvent.Evaluated(h, pick(r, EvaluationDimension.values()),
        pick(r, Satisfaction.values())));
    EVENTS.put(CaseEvent.Closed.class, (r, h) -> new CaseEvent.Closed(h));
    EVENTS.put(CaseEvent.Escalated.class, (r, h) -> new CaseEvent.Escalated(h, holder(r), holder(r)));
    EVENTS.put(CaseEvent.Returned.class, (r, h) -> new CaseEvent.Returned(h, holder(r), holder(r), text(r, 200)));
    EVENTS.put(CaseEvent.ExtensionRequested.class, (r, h) -> new CaseEvent.ExtensionRequested(h,
        positiveDuration(r), text(r, 200)));
    EVENTS.put(CaseEvent.ExtensionApproved.class, (r, h) -> new CaseEvent.ExtensionApproved(h, positiveDuration(r)));
    EVENTS.put(CaseEvent.ExtensionDenied.class, (r, h) -> new CaseEvent.ExtensionDenied(h));
    EVENTS.put(CaseEvent.Parked.class, (r, h) -> new CaseEvent.Parked(h, text(r, 200)));
    EVENTS.put(CaseEvent.Resumed.class, (r, h) -> new CaseEvent.Resumed(h, positiveDuration(r)));
    EVENTS.put(CaseEvent.Reopened.class, (r, h) -> new CaseEvent.Reopened(h, holder(r), text(r, 200)));
    EVENTS.put(CaseEvent.WhistleBlown.class, (r, h) -> new CaseEvent.WhistleBlown(h, list(r, 3, CaseRandom::summons)));
    EVENTS.put(CaseEvent.ReportedIn.class, (r, h) -> new CaseEvent.ReportedIn(h, DepartmentId.of(token(r))));
    EVENTS.put(CaseEvent.ChildLinked.class, (r, h) -> new CaseEvent.ChildLinked(h, caseId(r)));
    EVENTS.put(CaseEvent.DeadlineWarned.class, (r, h) -> new CaseEvent.DeadlineWarned(h, pick(r, Step.values())));
    EVENTS.put(CaseEvent.DeadlineBreached.class, (r, h) -> new CaseEvent.DeadlineBreached(h, pick(r, Step.values())));
    EVENTS.put(CaseEvent.ReportInOverdue.class, (r, h) -> new CaseEvent.ReportInOverdue(h, DepartmentId.of(token(r))));
  }

  static CaseEvent event(Random r, Class<?> type) {
    return EVENTS.get(type).apply(r, header(r, caseId(r), 1 + r.nextInt(1000), instant(r),
        pick(r, CaseStatus.values())));
  }

  private record Common(CommandId id, CaseId caseId, PersonId actor, Instant at) {}

  private static final Map<Class<? extends CaseCommand>, BiFunction<Random, Common, CaseCommand>> COMMANDS =
      new LinkedHashMap<>();

  static {
    COMMANDS.put(CaseCommand.Report.class, (r, c) -> new CaseCommand.Report(c.id(), c.caseId(), c.actor(), c.at(),
        details(r)));
    COMMANDS.put(CaseCommand.Accept.class, (r, c) -> new CaseCommand.Accept(c.id(), c.caseId(), c.actor(), c.at()));
    COMMANDS.put(CaseCommand.VoidReport.class, (r, c) -> new CaseCommand.VoidReport(c.id(), c.caseId(), c.actor(),
        c.at(), text(r, 200)));
    COMMANDS.put(CaseCommand.MarkDuplicate.class, (r, c) -> new CaseCommand.MarkDuplicate(c.id(), c.caseId(),
        c.actor(), c.at(), caseId(r)));
    COMMANDS.put(CaseCommand.Assign.class, (r, c) -> new CaseCommand.Assign(c.id(), c.caseId(), c.actor(), c.at(),
        holder(r), list(r, 3, x -> DepartmentId.of(token(x)))));
    COMMANDS.put(CaseCommand.Acknowledge.class, (r, c) -> new CaseCommand.Acknowledge(c.id(), c.caseId(), c.actor(),
        c.at()));
    COMMANDS.put(CaseCommand.SubmitResult.class, (r, c) -> new CaseCommand.SubmitResult(c.id(), c.caseId(),
        c.actor(), c.at(), text(r, 200)));
    COMMANDS.put(CaseCommand.Verify.class, (r, c) -> new CaseCommand.Verify(c.id(), c.caseId(), c.actor(), c.at(),
        r.nextBoolean(), text(r, 200)));
    COMMANDS.put(CaseCommand.Evaluate.class, (r, c) -> new CaseCommand.Evaluate(c.id(), c.caseId(), c.actor(),
        c.at(), pick(r, EvaluationDimension.values()), pick(r, Satisfaction.values())));
    COMMANDS.put(CaseCommand.Close.class, (r, c) -> new CaseCommand.Close(c.id(), c.caseId(), c.actor(), c.at()));
    COMMANDS.put(CaseCommand.Escalate.class, (r, c) -> new CaseCommand.Escalate(c.id(), c.caseId(), c.actor(),
        c.at(), r.nextBoolean(), text(r, 200)));
    COMMANDS.put(CaseCommand.Return.class, (r, c) -> new CaseCommand.Return(c.id(), c.caseId(), c.actor(), c.at(),
        text(r, 200)));
    COMMANDS.put(CaseCommand.RequestExtension.class, (r, c) -> new CaseCommand.RequestExtension(c.id(), c.caseId(),
        c.actor(), c.at(), positiveDuration(r), text(r, 200)));
    COMMANDS.put(CaseCommand.ApproveExtension.class, (r, c) -> new CaseCommand.ApproveExtension(c.id(), c.caseId(),
        c.actor(), c.at()));
    COMMANDS.put(CaseCommand.DenyExtension.class, (r, c) -> new CaseCommand.DenyExtension(c.id(), c.caseId(),
        c.actor(), c.at()));
    COMMANDS.put(CaseCommand.Park.class, (r, c) -> new CaseCommand.Park(c.id(), c.caseId(), c.actor(), c.at(),
        text(r, 200)));
    COMMANDS.put(CaseCommand.Resume.class, (r, c) -> new CaseCommand.Resume(c.id(), c.caseId(), c.actor(), c.at()));
    COMMANDS.put(CaseCommand.Reopen.class, (r, c) -> new CaseCommand.Reopen(c.id(), c.caseId(), c.actor(), c.at(),
        text(r, 200)));
    COMMANDS.put(CaseCommand.BlowWhistle.class, (r, c) -> new CaseCommand.BlowWhistle(c.id(), c.caseId(), c.actor(),
        c.at(), list(r, 3, x -> DepartmentId.of(token(x)))));
    COMMANDS.put(CaseCommand.ReportIn.class, (r, c) -> new CaseCommand.ReportIn(c.id(), c.caseId(), c.actor(),
        c.at(), DepartmentId.of(token(r))));
    COMMANDS.put(CaseCommand.LinkChild.class, (r, c) -> new CaseCommand.LinkChild(c.id(), c.caseId(), c.actor(),
        c.at(), caseId(r)));
    COMMANDS.put(CaseCommand.Tick.class, (r, c) -> new CaseCommand.Tick(c.id(), c.caseId(), c.actor(), c.at()));
  }

  static CaseCommand command(Random r, Class<?> type) {
    return COMMANDS.get(type).apply(r, new Common(CommandId.of(token(r)), caseId(r), PersonId.of(token(r)),
        instant(r)));
  }

  static ImmutableList<CaseEvent> events(Random r, int max) {
    return list(r, max, x -> event(x, pick(x, List.copyOf(EVENTS.keySet()))));
  }

  static Decision.Accepted accepted(Random r) {
    return new Decision.Accepted(events(r, 3));
  }

  static Decision.Rejected rejected(Random r) {
    return new Decision.Rejected(pick(r, RejectionReason.values()), text(r, 200));
  }

  static Decision.AlreadyApplied alreadyApplied(Random r) {
    return new Decision.AlreadyApplied(events(r, 3));
  }

  static CaseStore.AppendResult.Appended appended(Random r) {
    return new CaseStore.AppendResult.Appended(r.nextInt(1_000_000));
  }

  static CaseStore.AppendResult.Conflict conflict(Random r) {
    return new CaseStore.AppendResult.Conflict(r.nextInt(1_000_000), r.nextInt(1_000_000));
  }

  /** A history that replays: sequences without gaps, time never running backward, statuses chained. */
  static ImmutableList<CaseEvent> history(Random r, CaseId caseId, int size) {
    ImmutableList.Builder<CaseEvent> out = ImmutableList.builder();
    Instant at = instant(r);
    CaseStatus status = CaseStatus.NEW;
    List<Class<? extends CaseEvent>> types = List.copyOf(EVENTS.keySet());
    Set<EvaluationDimension> evaluated = EnumSet.noneOf(EvaluationDimension.class);
    for (int i = 1; i <= size; i++) {
      at = at.plusSeconds(r.nextInt(100_000));
      EventHeader h = header(r, caseId, i, at, status);
      CaseEvent e = EVENTS.get(i == 1 ? CaseEvent.Reported.class : pick(r, types)).apply(r, h);
      if (e instanceof CaseEvent.Evaluated v && !evaluated.add(v.dimension())) {
        e = new CaseEvent.Accepted(h); // the loop never evaluates a dimension twice (CaseLoop.evolve refuses it)
      } else if (e instanceof CaseEvent.Reopened) {
        evaluated.clear();
      }
      status = h.to();
      out.add(e);
    }
    return out.build();
  }

  static CaseState state(Random r) {
    CaseId caseId = caseId(r);
    return CaseLoop.replay(caseId, history(r, caseId, r.nextInt(13)));
  }

  static BusinessCalendar calendar(Random r) {
    ZoneId zone = ZoneId.of(pick(r, List.of("Asia/Shanghai", "UTC", "Europe/Berlin", "America/New_York")));
    LocalDate first = LocalDate.of(2020, 1, 1).plusDays(r.nextInt(3650));
    LocalDate last = first.plusDays(r.nextInt(800));
    BusinessCalendar.Builder b = BusinessCalendar.builder(zone, first, last);
    int minute = r.nextInt(600);
    for (int i = 0; i < 1 + r.nextInt(3) && minute < 1380; i++) {
      int end = minute + 1 + r.nextInt(Math.min(300, 1439 - minute));
      b.workingPeriod(LocalTime.of(minute / 60, minute % 60), LocalTime.of(end / 60, end % 60));
      minute = end + 1 + r.nextInt(60);
    }
    Set<DayOfWeek> rest = EnumSet.noneOf(DayOfWeek.class);
    for (DayOfWeek d : DayOfWeek.values()) {
      if (r.nextInt(3) == 0) {
        rest.add(d);
      }
    }
    b.restDays(rest);
    long days = last.toEpochDay() - first.toEpochDay() + 1;
    Set<LocalDate> holidays = new java.util.HashSet<>();
    for (int i = 0; i < r.nextInt(5); i++) {
      LocalDate d = first.plusDays(r.nextInt((int) days));
      holidays.add(d);
      b.holiday(d);
    }
    for (int i = 0; i < r.nextInt(3); i++) {
      LocalDate d = first.plusDays(r.nextInt((int) days));
      if (!holidays.contains(d)) {
        b.makeUpWorkingDay(d);
      }
    }
    return b.build();
  }

  static Duration small(Random r) {
    return Duration.ofMinutes(1 + r.nextInt(10_000));
  }

  static org.gridgov.core.cases.DeadlineTable deadlineTable(Random r) {
    org.gridgov.core.cases.DeadlineTable.Builder b = org.gridgov.core.cases.DeadlineTable.builder(limit(r));
    for (int i = r.nextInt(4); i > 0; i--) {
      b.defaultLimit(pick(r, Step.values()), pick(r, Urgency.values()), limit(r));
    }
    for (int i = r.nextInt(4); i > 0; i--) {
      b.limit(RandomValues.categoryCode(r), pick(r, Urgency.values()), pick(r, Step.values()), limit(r));
    }
    return b.build();
  }
}
