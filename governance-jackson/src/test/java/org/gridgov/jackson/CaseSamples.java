package org.gridgov.jackson;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.calendar.BusinessCalendar;
import org.gridgov.core.calendar.TimeLimit;
import org.gridgov.core.category.CategoryCode;
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
import org.gridgov.core.org.CommunityId;
import org.gridgov.core.org.DepartmentId;
import org.gridgov.core.org.GridId;
import org.gridgov.core.people.PersonId;

/**
 * Fixed example values of the case loop: a resident's snapshot of exposed rubbish in 舍宅第一网格,
 * escalated by the grid, handled by 环卫处, verified and closed in ten events.
 */
final class CaseSamples {
  private CaseSamples() {}

  // Own copies of the organisation samples, so that this class never waits on Samples' initialisation.
  static final GridId GRID_1 = GridId.parse("211381001001001");
  static final CommunityId SHEZHAI = GRID_1.community();
  static final PersonId ZHANG = PersonId.of("p-zhang");
  static final PersonId LI = PersonId.of("p-li");
  static final PersonId WANG = PersonId.of("p-wang");
  static final CaseId CASE = CaseId.of("c-20260302-0001");
  static final PersonId RESIDENT = PersonId.of("r-zhao");
  static final PersonId TIMER = PersonId.of("system-timer");
  static final DepartmentId SANITATION = DepartmentId.of("sanitation");
  static final Holder COMMUNITY_CENTER = Holder.center(SHEZHAI);
  static final Holder GRID = Holder.grid(GRID_1);
  static final Holder DEPARTMENT = Holder.department(SANITATION);
  static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

  static final CaseDetails DETAILS = new CaseDetails(CategoryCode.of("0102"), Source.RESIDENT_SNAPSHOT,
      GRID_1, Urgency.NORMAL, "1号楼前堆放生活垃圾，已有异味", Optional.of("舍宅社区1号楼前"),
      Optional.of(new Coordinates(41.8035, 120.7792)), ImmutableList.of("https://media.beipiao.example/s/8f3a.jpg"),
      Optional.of(RESIDENT), Optional.empty());

  static EventHeader header(int sequence, long minutes, PersonId actor, CommandKind kind, CaseStatus from,
      CaseStatus to, Optional<TimeLimit> clock) {
    return new EventHeader(CASE, sequence, T0.plus(Duration.ofMinutes(minutes)), actor,
        CommandId.of("cmd-" + sequence), kind, from, to, clock);
  }

  private static final Optional<TimeLimit> HALF_HOUR = Optional.of(new TimeLimit(
      org.gridgov.core.calendar.TimeKind.CONTINUOUS_HOURS, Duration.ofMinutes(30)));

  /** The ten events of the sample case, oldest first. */
  static final ImmutableList<CaseEvent> HISTORY = ImmutableList.of(
      new CaseEvent.Reported(header(1, 0, RESIDENT, CommandKind.REPORT, CaseStatus.NEW, CaseStatus.REPORTED,
          HALF_HOUR), DETAILS, COMMUNITY_CENTER),
      new CaseEvent.Accepted(header(2, 10, ZHANG, CommandKind.ACCEPT, CaseStatus.REPORTED,
          CaseStatus.ACCEPTED, HALF_HOUR)),
      new CaseEvent.Assigned(header(3, 15, ZHANG, CommandKind.ASSIGN, CaseStatus.ACCEPTED,
          CaseStatus.ASSIGNED, Optional.of(TimeLimit.workingHours(2))), COMMUNITY_CENTER, GRID, ImmutableList.of()),
      new CaseEvent.Escalated(header(4, 40, LI, CommandKind.ESCALATE, CaseStatus.ASSIGNED,
          CaseStatus.ACCEPTED, HALF_HOUR), GRID, COMMUNITY_CENTER),
      new CaseEvent.Assigned(header(5, 50, ZHANG, CommandKind.ASSIGN, CaseStatus.ACCEPTED,
          CaseStatus.ASSIGNED, Optional.of(TimeLimit.workingHours(2))), COMMUNITY_CENTER, DEPARTMENT,
          ImmutableList.of()),
      new CaseEvent.Acknowledged(header(6, 70, WANG, CommandKind.ACKNOWLEDGE, CaseStatus.ASSIGNED,
          CaseStatus.HANDLING, Optional.of(TimeLimit.workingDays(5)))),
      new CaseEvent.DeadlineWarned(header(7, 60 * 24 * 4, TIMER, CommandKind.TICK, CaseStatus.HANDLING,
          CaseStatus.HANDLING, Optional.empty()), Step.HANDLE),
      new CaseEvent.ResultSubmitted(header(8, 60 * 24 * 4 + 120, WANG, CommandKind.SUBMIT_RESULT,
          CaseStatus.HANDLING, CaseStatus.RESULT_SUBMITTED, Optional.of(TimeLimit.workingDays(1))),
          "垃圾已清运，地面已冲洗"),
      new CaseEvent.Verified(header(9, 60 * 24 * 5, ZHANG, CommandKind.VERIFY, CaseStatus.RESULT_SUBMITTED,
          CaseStatus.VERIFIED, Optional.empty()), true, "现场核查已清理"),
      new CaseEvent.Closed(header(10, 60 * 24 * 5 + 5, ZHANG, CommandKind.CLOSE, CaseStatus.VERIFIED,
          CaseStatus.CLOSED, Optional.empty())));

  static final CaseState STATE = CaseLoop.replay(CASE, HISTORY);

  private static EventHeader h(int seq, CommandKind kind, CaseStatus from, CaseStatus to) {
    return header(seq, seq * 10L, ZHANG, kind, from, to, Optional.empty());
  }

  /** One event of every kind (headers need not chain). */
  static final List<CaseEvent> ONE_EVENT_EACH = List.of(
      HISTORY.get(0),
      HISTORY.get(1),
      new CaseEvent.Voided(h(2, CommandKind.VOID, CaseStatus.REPORTED, CaseStatus.VOIDED), "重复拍照，无实际问题"),
      new CaseEvent.MarkedDuplicate(h(2, CommandKind.MARK_DUPLICATE, CaseStatus.REPORTED, CaseStatus.DUPLICATE),
          CaseId.of("c-20260301-0042")),
      HISTORY.get(4),
      HISTORY.get(5),
      HISTORY.get(7),
      new CaseEvent.Verified(h(9, CommandKind.VERIFY, CaseStatus.RESULT_SUBMITTED, CaseStatus.HANDLING), false,
          "地面仍有污渍，返工"),
      new CaseEvent.Evaluated(header(11, 60 * 24 * 6, RESIDENT, CommandKind.EVALUATE, CaseStatus.CLOSED,
          CaseStatus.CLOSED, Optional.empty()), EvaluationDimension.RESIDENT_SATISFACTION, Satisfaction.SATISFIED),
      HISTORY.get(9),
      HISTORY.get(3),
      new CaseEvent.Returned(h(6, CommandKind.RETURN, CaseStatus.ASSIGNED, CaseStatus.ACCEPTED), DEPARTMENT,
          COMMUNITY_CENTER, "不属于本部门职责"),
      new CaseEvent.ExtensionRequested(h(7, CommandKind.REQUEST_EXTENSION, CaseStatus.HANDLING, CaseStatus.HANDLING),
          Duration.ofDays(2), "需协调物业"),
      new CaseEvent.ExtensionApproved(h(8, CommandKind.APPROVE_EXTENSION, CaseStatus.HANDLING, CaseStatus.HANDLING),
          Duration.ofDays(2)),
      new CaseEvent.ExtensionDenied(h(8, CommandKind.DENY_EXTENSION, CaseStatus.HANDLING, CaseStatus.HANDLING)),
      new CaseEvent.Parked(h(8, CommandKind.PARK, CaseStatus.HANDLING, CaseStatus.HANDLING), "待春季解冻后施工"),
      new CaseEvent.Resumed(h(9, CommandKind.RESUME, CaseStatus.HANDLING, CaseStatus.HANDLING),
          Duration.ofHours(36)),
      new CaseEvent.Reopened(h(12, CommandKind.REOPEN, CaseStatus.CLOSED, CaseStatus.HANDLING), DEPARTMENT,
          "居民不满意：垃圾又堆回来了"),
      new CaseEvent.WhistleBlown(h(6, CommandKind.BLOW_WHISTLE, CaseStatus.HANDLING, CaseStatus.HANDLING),
          ImmutableList.of(new Summons(SANITATION, T0.plus(Duration.ofHours(3))))),
      new CaseEvent.ReportedIn(h(7, CommandKind.REPORT_IN, CaseStatus.HANDLING, CaseStatus.HANDLING), SANITATION),
      new CaseEvent.ChildLinked(h(7, CommandKind.LINK_CHILD, CaseStatus.HANDLING, CaseStatus.HANDLING),
          CaseId.of("c-20260302-0001-a")),
      HISTORY.get(6),
      new CaseEvent.DeadlineBreached(header(8, 60 * 24 * 8, TIMER, CommandKind.TICK, CaseStatus.HANDLING,
          CaseStatus.HANDLING, Optional.empty()), Step.HANDLE),
      new CaseEvent.ReportInOverdue(header(8, 200, TIMER, CommandKind.TICK, CaseStatus.HANDLING,
          CaseStatus.HANDLING, Optional.empty()), SANITATION));

  private static CommandId id(int n) {
    return CommandId.of("cmd-" + n);
  }

  private static Instant at(int n) {
    return T0.plus(Duration.ofMinutes(10L * n));
  }

  static final CaseCommand.Report REPORT = new CaseCommand.Report(id(1), CASE, RESIDENT, T0, DETAILS);

  /** One command of every kind. */
  static final List<CaseCommand> ONE_COMMAND_EACH = List.of(
      REPORT,
      new CaseCommand.Accept(id(2), CASE, ZHANG, at(2)),
      new CaseCommand.VoidReport(id(2), CASE, ZHANG, at(2), "重复拍照，无实际问题"),
      new CaseCommand.MarkDuplicate(id(2), CASE, ZHANG, at(2), CaseId.of("c-20260301-0042")),
      new CaseCommand.Assign(id(3), CASE, ZHANG, at(3), DEPARTMENT,
          ImmutableList.of(DepartmentId.of("housing"))),
      new CaseCommand.Acknowledge(id(4), CASE, WANG, at(4)),
      new CaseCommand.SubmitResult(id(5), CASE, WANG, at(5), "垃圾已清运，地面已冲洗"),
      new CaseCommand.Verify(id(6), CASE, ZHANG, at(6), true, "现场核查已清理"),
      new CaseCommand.Evaluate(id(7), CASE, RESIDENT, at(7), EvaluationDimension.RESIDENT_SATISFACTION,
          Satisfaction.BASICALLY_SATISFIED),
      new CaseCommand.Close(id(8), CASE, ZHANG, at(8)),
      new CaseCommand.Escalate(id(4), CASE, LI, at(4), false, "需环卫部门处置"),
      new CaseCommand.Return(id(4), CASE, WANG, at(4), "不属于本部门职责"),
      new CaseCommand.RequestExtension(id(5), CASE, WANG, at(5), Duration.ofDays(2), "需协调物业"),
      new CaseCommand.ApproveExtension(id(6), CASE, ZHANG, at(6)),
      new CaseCommand.DenyExtension(id(6), CASE, ZHANG, at(6)),
      new CaseCommand.Park(id(5), CASE, ZHANG, at(5), "待春季解冻后施工"),
      new CaseCommand.Resume(id(6), CASE, ZHANG, at(6)),
      new CaseCommand.Reopen(id(9), CASE, RESIDENT, at(9), "居民不满意：垃圾又堆回来了"),
      new CaseCommand.BlowWhistle(id(5), CASE, ZHANG, at(5), ImmutableList.of(SANITATION)),
      new CaseCommand.ReportIn(id(6), CASE, WANG, at(6), SANITATION),
      new CaseCommand.LinkChild(id(6), CASE, ZHANG, at(6), CaseId.of("c-20260302-0001-a")),
      new CaseCommand.Tick(id(7), CASE, TIMER, at(7)));

  static final BusinessCalendar CALENDAR = BusinessCalendar.builder(ZoneId.of("Asia/Shanghai"),
          LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))
      .workingPeriod(LocalTime.of(8, 0), LocalTime.of(12, 0))
      .workingPeriod(LocalTime.of(14, 0), LocalTime.of(18, 0))
      .holiday(LocalDate.of(2026, 1, 1))
      .holiday(LocalDate.of(2026, 1, 2))
      .makeUpWorkingDay(LocalDate.of(2026, 1, 4))
      .build();

  static Map<Class<?>, List<?>> examples() {
    Map<Class<?>, List<?>> out = new LinkedHashMap<>();
    out.put(CaseId.class, List.of(CASE));
    out.put(CommandId.class, List.of(CommandId.of("cmd-1")));
    out.put(CommandKind.class, Arrays.asList(CommandKind.values()));
    out.put(CaseStatus.class, Arrays.asList(CaseStatus.values()));
    out.put(Source.class, Arrays.asList(Source.values()));
    out.put(Step.class, Arrays.asList(Step.values()));
    out.put(Urgency.class, Arrays.asList(Urgency.values()));
    out.put(RejectionReason.class, Arrays.asList(RejectionReason.values()));
    out.put(Holder.class, List.of(GRID, COMMUNITY_CENTER, DEPARTMENT));
    out.put(Holder.GridHolder.class, List.of(GRID));
    out.put(Holder.CenterHolder.class, List.of(COMMUNITY_CENTER));
    out.put(Holder.DepartmentHolder.class, List.of(DEPARTMENT));
    out.put(Coordinates.class, List.of(new Coordinates(41.8035, 120.7792)));
    out.put(CaseDetails.class, List.of(DETAILS, CaseDetails.of(CategoryCode.of("0301"), Source.GRID_PATROL,
        GRID_1, Urgency.URGENT, "路灯不亮", Optional.empty())));
    out.put(Summons.class, List.of(new Summons(SANITATION, T0.plus(Duration.ofHours(2)))));
    out.put(HolderPeriod.class, List.of(new HolderPeriod(GRID, at(3), at(4))));
    out.put(EventHeader.class, List.of(HISTORY.get(2).header()));
    out.put(CaseEvent.class, List.of(HISTORY.get(0), HISTORY.get(3), HISTORY.get(6)));
    out.put(CaseCommand.class, List.of(REPORT, ONE_COMMAND_EACH.get(4)));
    for (CaseEvent e : ONE_EVENT_EACH) {
      out.put(e.getClass(), List.of(e));
    }
    for (CaseCommand c : ONE_COMMAND_EACH) {
      out.put(c.getClass(), List.of(c));
    }
    out.put(Decision.class, List.of(new Decision.Accepted(HISTORY.subList(0, 1)),
        new Decision.Rejected(RejectionReason.NOT_AUTHORISED, "p-li may not accept a case held by 211381001001")));
    out.put(Decision.Accepted.class, List.of(new Decision.Accepted(HISTORY.subList(4, 5))));
    out.put(Decision.Rejected.class, List.of(new Decision.Rejected(RejectionReason.STALE_INSTANT,
        "2026-03-02T00:59:00Z is before the last event at 2026-03-02T01:00:00Z")));
    out.put(Decision.AlreadyApplied.class, List.of(new Decision.AlreadyApplied(HISTORY.subList(1, 2))));
    out.put(CaseStore.AppendResult.class, List.of(new CaseStore.AppendResult.Appended(10),
        new CaseStore.AppendResult.Conflict(9, 10)));
    out.put(CaseStore.AppendResult.Appended.class, List.of(new CaseStore.AppendResult.Appended(3)));
    out.put(CaseStore.AppendResult.Conflict.class, List.of(new CaseStore.AppendResult.Conflict(2, 3)));
    out.put(CaseState.class, List.of(STATE));
    out.put(BusinessCalendar.class, List.of(CALENDAR));
    org.gridgov.core.cases.DeadlineTable table = org.gridgov.core.cases.DeadlineTable.builder(
            org.gridgov.core.calendar.TimeLimit.workingDays(1))
        .defaultLimit(Step.HANDLE, Urgency.NORMAL, org.gridgov.core.calendar.TimeLimit.workingDays(5))
        .limit(org.gridgov.core.category.CategoryCode.of("0102"), Urgency.URGENT, Step.HANDLE,
            org.gridgov.core.calendar.TimeLimit.workingHours(4))
        .build();
    out.put(org.gridgov.core.cases.DeadlineTable.class, List.of(table));
    out.put(org.gridgov.core.cases.DeadlineTable.Entry.class, List.of(table.entries().get(0),
        table.entries().get(table.entries().size() - 1)));
    return out;
  }
}
