package org.gridgov.examples;

import com.google.common.collect.ImmutableList;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.calendar.BusinessCalendar;
import org.gridgov.core.cases.CaseCommand;
import org.gridgov.core.cases.CaseDetails;
import org.gridgov.core.cases.CaseEvent;
import org.gridgov.core.cases.CaseHistory;
import org.gridgov.core.cases.CaseId;
import org.gridgov.core.cases.CaseLoop;
import org.gridgov.core.cases.CaseState;
import org.gridgov.core.cases.CaseStatus;
import org.gridgov.core.cases.CommandId;
import org.gridgov.core.cases.DeadlineTable;
import org.gridgov.core.cases.Decision;
import org.gridgov.core.cases.DecisionContext;
import org.gridgov.core.cases.EventHeader;
import org.gridgov.core.cases.Holder;
import org.gridgov.core.cases.HolderPeriod;
import org.gridgov.core.cases.Source;
import org.gridgov.core.cases.Urgency;
import org.gridgov.core.category.CategoryCatalogue;
import org.gridgov.core.category.CategoryCode;
import org.gridgov.core.evaluation.EvaluationDimension;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.org.CommunityId;
import org.gridgov.core.org.DepartmentId;
import org.gridgov.core.org.GridId;
import org.gridgov.core.org.Organisation;
import org.gridgov.core.org.PlaceId;
import org.gridgov.core.org.Role;
import org.gridgov.core.org.RoleAssignment;
import org.gridgov.core.people.PersonId;

/**
 * The article's three stories run through the real case loop on the Beipiao organisation, with the
 * mainland-China working calendar and the standard deadline table; each case's audit trail is printed
 * with who held it, when, for how long, and the deadline light.
 */
final class CaseStories {
  static final DepartmentId EMERGENCY = DepartmentId.of("emergency-management");
  static final DepartmentId WATER = DepartmentId.of("water");
  static final DepartmentId HOUSING = DepartmentId.of("housing-construction");
  static final DepartmentId LAW = DepartmentId.of("law-enforcement");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm", Locale.ROOT);

  private final Organisation org;
  private final BusinessCalendar calendar = BusinessCalendar.chinaMainland();
  private final DecisionContext context;
  private final PrintStream out;

  CaseStories(Organisation org, PrintStream out) {
    this.org = org;
    this.context = new DecisionContext(org, calendar, DeadlineTable.standard(), Duration.ofDays(7));
    this.out = out;
  }

  /** Runs the three stories and returns the final states. */
  List<CaseState> runAll() {
    List<CaseState> cases = new ArrayList<>();
    cases.add(rainstormAtShezhai());
    cases.add(rubbishAtXinyue());
    cases.add(dustToTheCityCenter());
    return cases;
  }

  /** 6月26日: a rainstorm is forecast; 舍宅 community blows the whistle and departments report in. */
  CaseState rainstormAtShezhai() {
    out.println("-- 舍宅社区: rainstorm preparation, departments summoned (社区吹哨，部门报到)");
    GridId grid = Beipiao.SHEZHAI.grid(1);
    Run r = new Run("shezhai-rain-1", at(2026, 6, 26, 9, 0));
    PersonId worker = one(Role.GRID_WORKER, grid);
    PersonId dispatcher = one(Role.CENTER_DISPATCHER, Beipiao.SHEZHAI);
    PersonId chief = one(Role.GENERAL_GRID_CHIEF, Beipiao.SHEZHAI);
    r.send(new CaseCommand.Report(r.cid(), r.id, worker, r.now, CaseDetails.of(CategoryCode.of("0406"),
        Source.GRID_PATROL, grid, Urgency.URGENT, "暴雨预警：低洼地段房屋需铺设沙袋、修剪危险树木", Optional.empty())));
    r.after(5).send(new CaseCommand.Accept(r.cid(), r.id, dispatcher, r.now));
    r.after(1).send(new CaseCommand.BlowWhistle(r.cid(), r.id, chief, r.now,
        ImmutableList.of(EMERGENCY, WATER, HOUSING)));
    r.after(30).send(new CaseCommand.ReportIn(r.cid(), r.id, handler(EMERGENCY), r.now, EMERGENCY));
    r.send(new CaseCommand.ReportIn(r.cid(), r.id, handler(WATER), r.now, HOUSING));
    r.after(40).send(new CaseCommand.ReportIn(r.cid(), r.id, handler(WATER), r.now, WATER));
    r.after(120).send(new CaseCommand.Tick(r.cid(), r.id, dispatcher, r.now));
    r.send(new CaseCommand.Assign(r.cid(), r.id, dispatcher, r.now, Holder.department(EMERGENCY),
        ImmutableList.of(WATER)));
    r.after(10).send(new CaseCommand.Acknowledge(r.cid(), r.id, handler(EMERGENCY), r.now));
    r.after(180).send(new CaseCommand.SubmitResult(r.cid(), r.id, handler(EMERGENCY), r.now,
        "铺设防洪沙袋、修剪危险树木、搭建应急救灾篷"));
    r.after(60).send(new CaseCommand.Verify(r.cid(), r.id, dispatcher, r.now, true, "现场核查通过"));
    r.send(new CaseCommand.Evaluate(r.cid(), r.id, dispatcher, r.now, EvaluationDimension.EFFICIENCY,
        Satisfaction.SATISFIED));
    r.send(new CaseCommand.Evaluate(r.cid(), r.id, handler(EMERGENCY), r.now, EvaluationDimension.BOTTOM_UP,
        Satisfaction.SATISFIED));
    r.send(new CaseCommand.Close(r.cid(), r.id, dispatcher, r.now));
    return r.finish();
  }

  /** 7月5日: a resident of 欣悦家园, a compound with no property company, reports rubbish and parking. */
  CaseState rubbishAtXinyue() {
    out.println("-- 岳家沟社区 欣悦家园: rubbish and parking in a compound with no property company");
    GridId grid = Beipiao.XINYUE_GRID;
    Run r = new Run("xinyue-rubbish-1", at(2026, 7, 3, 16, 30));
    PersonId resident = one(Role.RESIDENT, Beipiao.XINYUE_RESIDENT_HOUSEHOLD);
    PersonId dispatcher = one(Role.CENTER_DISPATCHER, Beipiao.YUEJIAGOU);
    PersonId worker = one(Role.GRID_WORKER, grid);
    PersonId otherWorker = one(Role.GRID_WORKER, Beipiao.YUEJIAGOU.grid(2));
    r.send(new CaseCommand.Report(r.cid(), r.id, resident, r.now, new CaseDetails(CategoryCode.of("0102"),
        Source.RESIDENT_SNAPSHOT, grid, Urgency.NORMAL, "垃圾清运不及时，车辆乱停乱放", Optional.of("欣悦家园"),
        Optional.empty(), ImmutableList.of("media/xinyue-20260703-1.jpg"), Optional.of(resident), Optional.empty())));
    r.after(10).send(new CaseCommand.Accept(r.cid(), r.id, dispatcher, r.now));
    r.send(new CaseCommand.Assign(r.cid(), r.id, dispatcher, r.now, Holder.grid(grid), ImmutableList.of()));
    r.after(5).send(new CaseCommand.Acknowledge(r.cid(), r.id, otherWorker, r.now));
    r.send(new CaseCommand.Acknowledge(r.cid(), r.id, worker, r.now));
    r.after(60 * 24 * 3).send(new CaseCommand.SubmitResult(r.cid(), r.id, worker, r.now, "组织清运垃圾"));
    r.after(60).send(new CaseCommand.Verify(r.cid(), r.id, dispatcher, r.now, false, "车辆仍乱停，返工"));
    r.after(60 * 24).send(new CaseCommand.SubmitResult(r.cid(), r.id, worker, r.now,
        "划定车位，国有物业兜底服务，小区封闭管理"));
    r.after(60).send(new CaseCommand.Verify(r.cid(), r.id, dispatcher, r.now, true, "核查通过"));
    r.send(new CaseCommand.Close(r.cid(), r.id, dispatcher, r.now));
    r.after(60).send(new CaseCommand.Evaluate(r.cid(), r.id, resident, r.now,
        EvaluationDimension.RESIDENT_SATISFACTION, Satisfaction.SATISFIED));
    return r.finish();
  }

  /** A problem no community can solve goes up level by level to the city center and is split across departments. */
  CaseState dustToTheCityCenter() {
    out.println("-- 宏发社区: construction dust no community can solve, escalated to the city center");
    GridId grid = Beipiao.HONGFA.grid(3);
    CommunityId community = Beipiao.HONGFA;
    Run r = new Run("hongfa-dust-1", at(2026, 9, 14, 10, 0));
    PersonId worker = one(Role.GRID_WORKER, grid);
    PersonId cd = one(Role.CENTER_DISPATCHER, community);
    PersonId sd = one(Role.CENTER_DISPATCHER, community.subdistrict());
    PersonId city = one(Role.CENTER_DISPATCHER, Beipiao.CITY);
    r.send(new CaseCommand.Report(r.cid(), r.id, worker, r.now, CaseDetails.of(CategoryCode.of("0302"),
        Source.GRID_PATROL, grid, Urgency.NORMAL, "工地扬尘，夜间施工扰民，涉及多个部门", Optional.empty())));
    r.after(20).send(new CaseCommand.Accept(r.cid(), r.id, cd, r.now));
    r.send(new CaseCommand.Assign(r.cid(), r.id, cd, r.now, Holder.grid(grid), ImmutableList.of()));
    r.after(30).send(new CaseCommand.Acknowledge(r.cid(), r.id, worker, r.now));
    r.after(120).send(new CaseCommand.Escalate(r.cid(), r.id, worker, r.now, false, "网格无法解决"));
    r.after(60).send(new CaseCommand.Escalate(r.cid(), r.id, cd, r.now, false, "社区无法协调施工单位"));
    r.after(60).send(new CaseCommand.Escalate(r.cid(), r.id, sd, r.now, false, "权责不明，需多部门"));
    r.send(new CaseCommand.Escalate(r.cid(), r.id, city, r.now, false, "已到最高一级"));
    r.after(30).send(new CaseCommand.Assign(r.cid(), r.id, city, r.now, Holder.department(HOUSING),
        ImmutableList.of(LAW)));
    r.after(60).send(new CaseCommand.Acknowledge(r.cid(), r.id, handler(HOUSING), r.now));
    r.after(60 * 24).send(new CaseCommand.RequestExtension(r.cid(), r.id, handler(HOUSING), r.now,
        Duration.ofDays(3), "需协调施工单位整改"));
    r.after(30).send(new CaseCommand.ApproveExtension(r.cid(), r.id, city, r.now));
    r.after(60 * 24 * 6).send(new CaseCommand.SubmitResult(r.cid(), r.id, handler(HOUSING), r.now,
        "工地覆盖防尘网，夜间停工，执法局立案处罚"));
    r.send(new CaseCommand.Verify(r.cid(), r.id, handler(HOUSING), r.now, true, "自己核查自己"));
    r.after(120).send(new CaseCommand.Verify(r.cid(), r.id, city, r.now, true, "现场核查通过"));
    r.send(new CaseCommand.Close(r.cid(), r.id, city, r.now));
    return r.finish();
  }

  private PersonId one(Role role, PlaceId place) {
    return org.holders(role, place).get(0);
  }

  private PersonId handler(DepartmentId department) {
    return org.assignmentsWithin(Role.DEPARTMENT_HANDLER, org.city()).stream()
        .filter(a -> a.department().equals(Optional.of(department))).map(RoleAssignment::person).findFirst()
        .orElseThrow();
  }

  private Instant at(int year, int month, int day, int hour, int minute) {
    return LocalDateTime.of(year, month, day, hour, minute).atZone(calendar.zone()).toInstant();
  }

  String describe(PersonId person) {
    return org.rolesOf(person).stream().findFirst()
        .map(a -> person + " " + a.role().chineseName() + "@" + org.nameOf(a.place())).orElse(person.toString());
  }

  String describe(Holder holder) {
    if (holder instanceof Holder.GridHolder g) {
      return org.nameOf(g.grid());
    } else if (holder instanceof Holder.CenterHolder c) {
      return org.nameOf(c.place()) + "中心";
    }
    DepartmentId d = ((Holder.DepartmentHolder) holder).department();
    return org.department(d).map(x -> x.name()).orElse(d.value());
  }

  /** Drives one case, printing every command's outcome. */
  private final class Run {
    final CaseId id;
    CaseState state;
    Instant now;
    private int n;

    Run(String id, Instant start) {
      this.id = CaseId.of(id);
      this.state = CaseState.initial(this.id);
      this.now = start;
    }

    CommandId cid() {
      return CommandId.of(id.value() + "-" + (++n));
    }

    Run after(long minutes) {
      now = now.plus(Duration.ofMinutes(minutes));
      return this;
    }

    void send(CaseCommand command) {
      Decision d = CaseLoop.decide(state, command, context);
      if (d instanceof Decision.Rejected rejected) {
        out.printf(Locale.ROOT, "     %s  rejected %-18s %s: %s%n", time(now), command.getClass().getSimpleName(),
            rejected.reason(), rejected.message());
        return;
      }
      for (CaseEvent e : d.newEvents()) {
        state = CaseLoop.evolve(state, e);
        EventHeader h = e.header();
        out.printf(Locale.ROOT, "  %3d %s  %-16s %-16s → %-16s %-6s by %s%n", h.sequence(), time(h.at()),
            e.getClass().getSimpleName(), h.from(), h.to(),
            state.deadlineLight(h.at(), calendar).map(Enum::name).orElse(""), describe(h.actor()));
      }
    }

    CaseState finish() {
      CaseDetails details = state.details().orElseThrow();
      out.printf(Locale.ROOT, "  %s: %s %s, %s; rework %d, escalations %d, %d events%n", id, details.category(),
          CategoryCatalogue.standard().find(details.category()).map(c -> c.name()).orElse(""), state.status(),
          state.reworkCount(), state.escalationCount(), state.events().size());
      out.println("  who held it:");
      for (HolderPeriod p : CaseHistory.holderPeriods(state.events(), now)) {
        out.printf(Locale.ROOT, "    %-14s %s → %s  %s%n", describe(p.holder()), time(p.from()), time(p.to()),
            human(p.duration()));
      }
      out.print("  time per status:");
      for (Map.Entry<CaseStatus, Duration> e : CaseHistory.timeInStatus(state.events(), now).entrySet()) {
        out.printf(Locale.ROOT, " %s %s;", e.getKey(), human(e.getValue()));
      }
      out.println();
      return state;
    }
  }

  private String time(Instant instant) {
    return TIME.format(instant.atZone(calendar.zone()));
  }

  static String human(Duration d) {
    long minutes = d.toMinutes();
    return minutes >= 24 * 60 ? String.format(Locale.ROOT, "%dd%02dh", minutes / 1440, minutes % 1440 / 60)
        : String.format(Locale.ROOT, "%dh%02dm", minutes / 60, minutes % 60);
  }
}
