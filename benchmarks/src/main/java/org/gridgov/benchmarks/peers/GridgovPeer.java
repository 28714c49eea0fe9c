package org.gridgov.benchmarks.peers;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.gridgov.core.calendar.BusinessCalendar;
import org.gridgov.core.cases.CaseCommand;
import org.gridgov.core.cases.CaseDetails;
import org.gridgov.core.cases.CaseId;
import org.gridgov.core.cases.CaseLoop;
import org.gridgov.core.cases.CaseState;
import org.gridgov.core.cases.CommandId;
import org.gridgov.core.cases.DeadlineTable;
import org.gridgov.core.cases.Decision;
import org.gridgov.core.cases.DecisionContext;
import org.gridgov.core.cases.Holder;
import org.gridgov.core.cases.Source;
import org.gridgov.core.cases.Urgency;
import org.gridgov.core.category.CategoryCode;
import org.gridgov.core.evaluation.EvaluationDimension;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.org.CityId;
import org.gridgov.core.org.CommunityId;
import org.gridgov.core.org.GridId;
import org.gridgov.core.org.Organisation;
import org.gridgov.core.org.Role;
import org.gridgov.core.org.SubdistrictId;
import org.gridgov.core.people.Person;
import org.gridgov.core.people.PersonId;

/**
 * Our case loop through its public API: every command is decided by {@link CaseLoop#decide} (authority
 * against a county-sized organisation, status rules, idempotency, deadline of the next step from the
 * standard table and a working-hours calendar) and every event applied by {@link CaseLoop#evolve}, so the
 * final state carries the full audit trail of ten events.
 *
 * <p>The organisation: 10 subdistricts × 10 communities × 8 grids, each grid with a chief and a worker,
 * each community and subdistrict center with a dispatcher. The case is reported in one grid, escalated by
 * its worker to the community center and reassigned to the neighbouring grid, whose worker resolves it.
 */
final class GridgovPeer implements Peer {
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final Instant START = LocalDate.of(2025, 6, 2).atTime(9, 0).atZone(ZONE).toInstant();

  private final DecisionContext context;
  private final GridId grid;
  private final GridId neighbour;
  private final PersonId reporter;
  private final PersonId handler;
  private final PersonId dispatcher;
  private final CaseDetails details;
  private final CaseId benchCase = CaseId.of("bench");
  private final CaseCommand[] commands;

  GridgovPeer() {
    CityId city = CityId.parse("211381");
    Organisation.Builder b = Organisation.builder(city, "北票市");
    b.person(Person.of("dispatcher-" + city.code(), "市中心派遣员"));
    b.assign(PersonId.of("dispatcher-" + city.code()), Role.CENTER_DISPATCHER, city);
    for (int s = 1; s <= 10; s++) {
      SubdistrictId sd = city.subdistrict(s);
      b.subdistrict(sd, "街道" + s);
      staff(b, "dispatcher-" + sd.code(), Role.CENTER_DISPATCHER, sd);
      for (int c = 1; c <= 10; c++) {
        CommunityId cm = sd.community(c);
        b.community(cm, "社区" + c);
        staff(b, "dispatcher-" + cm.code(), Role.CENTER_DISPATCHER, cm);
        for (int g = 1; g <= 8; g++) {
          GridId gid = cm.grid(g);
          b.grid(gid, "网格" + g);
          staff(b, "chief-" + gid.code(), Role.GRID_CHIEF, gid);
          staff(b, "worker-" + gid.code(), Role.GRID_WORKER, gid);
        }
      }
    }
    Organisation org = b.build();
    BusinessCalendar calendar = BusinessCalendar.builder(ZONE, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))
        .workingPeriod(LocalTime.of(8, 30), LocalTime.of(12, 0))
        .workingPeriod(LocalTime.of(13, 30), LocalTime.of(17, 30)).build();
    context = new DecisionContext(org, calendar, DeadlineTable.standard(), Duration.ofDays(7));
    CommunityId community = city.subdistrict(3).community(4);
    grid = community.grid(5);
    neighbour = community.grid(6);
    reporter = PersonId.of("worker-" + grid.code());
    handler = PersonId.of("worker-" + neighbour.code());
    dispatcher = PersonId.of("dispatcher-" + community.code());
    details = CaseDetails.of(CategoryCode.of("0102"), Source.GRID_PATROL, grid, Urgency.NORMAL, "楼道堆放杂物",
        Optional.empty());
    commands = commands(benchCase, "");
  }

  private static void staff(Organisation.Builder b, String id, Role role,
      org.gridgov.core.org.PlaceId place) {
    b.person(Person.of(id, id));
    b.assign(PersonId.of(id), role, place);
  }

  /** The ten commands of one lifecycle, a few minutes apart within working hours. */
  private CaseCommand[] commands(CaseId id, String prefix) {
    Instant t = START;
    return new CaseCommand[] {
        new CaseCommand.Report(CommandId.of(prefix + "1"), id, reporter, t, details),
        new CaseCommand.Accept(CommandId.of(prefix + "2"), id, dispatcher, t.plusSeconds(300)),
        new CaseCommand.Assign(CommandId.of(prefix + "3"), id, dispatcher, t.plusSeconds(600), Holder.grid(grid),
            ImmutableList.of()),
        new CaseCommand.Escalate(CommandId.of(prefix + "4"), id, reporter, t.plusSeconds(1800), false,
            "杂物属于相邻网格"),
        new CaseCommand.Assign(CommandId.of(prefix + "5"), id, dispatcher, t.plusSeconds(2400),
            Holder.grid(neighbour), ImmutableList.of()),
        new CaseCommand.Acknowledge(CommandId.of(prefix + "6"), id, handler, t.plusSeconds(3000)),
        new CaseCommand.SubmitResult(CommandId.of(prefix + "7"), id, handler, t.plusSeconds(7200), "已清理"),
        new CaseCommand.Verify(CommandId.of(prefix + "8"), id, dispatcher, t.plusSeconds(9000), true, "现场核实"),
        new CaseCommand.Evaluate(CommandId.of(prefix + "9"), id, dispatcher, t.plusSeconds(9100),
            EvaluationDimension.EFFICIENCY, Satisfaction.SATISFIED),
        new CaseCommand.Close(CommandId.of(prefix + "10"), id, dispatcher, t.plusSeconds(9200))};
  }

  private CaseState run(CaseState start, CaseCommand[] cs, int n) {
    CaseState s = start;
    for (int i = 0; i < n; i++) {
      Decision d = CaseLoop.decide(s, cs[i], context);
      if (!(d instanceof Decision.Accepted)) {
        throw new IllegalStateException("step " + (i + 1) + " was not accepted: " + d);
      }
      s = CaseLoop.evolve(s, d);
    }
    return s;
  }

  @Override
  public Object lifecycle() {
    CaseState s = run(CaseState.initial(benchCase), commands, commands.length);
    if (s.version() != 10 || s.status() != org.gridgov.core.cases.CaseStatus.CLOSED) {
      throw new IllegalStateException("lifecycle broke at " + s);
    }
    return s;
  }

  @Override
  public Object open(int caseNumber, int transitions) {
    CaseId id = CaseId.of("case-" + caseNumber);
    return run(CaseState.initial(id), commands(id, caseNumber + "-"), transitions);
  }

  @Override
  public Status statusOf(Object state) {
    return Status.valueOf(((CaseState) state).status().name());
  }
}
