package org.gridgov.benchmarks;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.gridgov.core.calendar.BusinessCalendar;
import org.gridgov.core.cases.CaseCommand;
import org.gridgov.core.cases.CaseDetails;
import org.gridgov.core.cases.CaseEvent;
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
import org.gridgov.core.org.CityId;
import org.gridgov.core.org.CommunityId;
import org.gridgov.core.org.GridId;
import org.gridgov.core.org.Organisation;
import org.gridgov.core.org.Role;
import org.gridgov.core.org.SubdistrictId;
import org.gridgov.core.people.Person;
import org.gridgov.core.people.PersonId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One case through a full lifecycle of ten commands (report, accept, assign, acknowledge, escalate,
 * assign, acknowledge, submit, verify, close) with authority checks, deadline computation and audit.
 * Transitions per second = cases per second × 10.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CaseLifecycleBenchmark {

  private DecisionContext context;
  private CaseCommand[] commands;
  private CaseId id;

  /** Builds the organisation, calendar and the ten commands. */
  @Setup
  public void setUp() {
    CityId city = CityId.parse("211381");
    SubdistrictId sd = city.subdistrict(1);
    CommunityId cm = sd.community(1);
    GridId g = cm.grid(1);
    PersonId gw = PersonId.of("gw");
    PersonId cdc = PersonId.of("cd-community");
    PersonId cds = PersonId.of("cd-subdistrict");
    Organisation org = Organisation.builder(city, "北票市").subdistrict(sd, "台吉").community(cm, "舍宅")
        .grid(g, "一网格").person(Person.of("gw", "网格员")).person(Person.of("cd-community", "派遣员"))
        .person(Person.of("cd-subdistrict", "派遣员")).assign(gw, Role.GRID_WORKER, g)
        .assign(cdc, Role.CENTER_DISPATCHER, cm).assign(cds, Role.CENTER_DISPATCHER, sd).build();
    BusinessCalendar cal = BusinessCalendar.builder(ZoneId.of("Asia/Shanghai"), LocalDate.of(2025, 1, 1),
        LocalDate.of(2025, 12, 31)).workingPeriod(LocalTime.of(8, 0), LocalTime.of(12, 0))
        .workingPeriod(LocalTime.of(14, 0), LocalTime.of(18, 0)).build();
    context = new DecisionContext(org, cal, DeadlineTable.standard(), Duration.ofDays(7));
    id = CaseId.of("bench");
    Instant t = LocalDate.of(2025, 6, 2).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
    CaseDetails d = CaseDetails.of(CategoryCode.of("0102"), Source.GRID_PATROL, g, Urgency.NORMAL, "垃圾",
        Optional.empty());
    commands = new CaseCommand[] {
        new CaseCommand.Report(CommandId.of("1"), id, gw, t, d),
        new CaseCommand.Accept(CommandId.of("2"), id, cdc, t.plusSeconds(60)),
        new CaseCommand.Assign(CommandId.of("3"), id, cdc, t.plusSeconds(120), Holder.grid(g), ImmutableList.of()),
        new CaseCommand.Acknowledge(CommandId.of("4"), id, gw, t.plusSeconds(600)),
        new CaseCommand.Escalate(CommandId.of("5"), id, gw, t.plusSeconds(3600), false, "协调"),
        new CaseCommand.Assign(CommandId.of("6"), id, cdc, t.plusSeconds(3700), Holder.grid(g), ImmutableList.of()),
        new CaseCommand.Acknowledge(CommandId.of("7"), id, gw, t.plusSeconds(3800)),
        new CaseCommand.SubmitResult(CommandId.of("8"), id, gw, t.plusSeconds(7200), "已清运"),
        new CaseCommand.Verify(CommandId.of("9"), id, cdc, t.plusSeconds(9000), true, "通过"),
        new CaseCommand.Close(CommandId.of("10"), id, cdc, t.plusSeconds(9100))};
  }

  /**
   * Runs one case through its lifecycle.
   *
   * @return the final state
   */
  @Benchmark
  public CaseState lifecycle() {
    CaseState s = CaseState.initial(id);
    for (CaseCommand c : commands) {
      Decision d = CaseLoop.decide(s, c, context);
      for (CaseEvent e : d.newEvents()) {
        s = CaseLoop.evolve(s, e);
      }
    }
    if (s.version() != 10) {
      throw new IllegalStateException("lifecycle broke at " + s);
    }
    return s;
  }
}
