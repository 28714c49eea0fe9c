package org.gridgov.routing.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.gridgov.core.calendar.BusinessCalendar;
import org.gridgov.core.cases.CaseEvent;
import org.gridgov.core.cases.CaseLoop;
import org.gridgov.core.cases.CaseState;
import org.gridgov.core.cases.DeadlineTable;
import org.gridgov.core.cases.Holder;
import org.gridgov.core.category.CategoryCode;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.org.GridId;
import org.gridgov.core.org.Level;
import org.gridgov.routing.CaseFacts;
import org.gridgov.routing.RoutingDecision;
import org.gridgov.routing.RoutingException;
import org.gridgov.routing.RoutingPolicies;
import org.gridgov.routing.RoutingPolicy;
import org.gridgov.routing.Urgency;
import org.junit.jupiter.api.Test;

/** The simulator drives the core's real case loop: no rejection, and each case is the fold of its events. */
class CoreCaseEngineTest {
  private static final Scenario TWO_WEEKS = Scenario.defaults();

  private static Map<String, RoutingPolicy> presets() {
    Map<String, RoutingPolicy> m = new TreeMap<>();
    for (int i = 0; i < SimulatorTest.POLICIES.size(); i++) {
      m.put(i + ":" + SimulatorTest.POLICIES.get(i), SimulatorTest.POLICIES.get(i));
    }
    m.put("9:tie-break", RoutingPolicies.withLoadTieBreak(RoutingPolicies.deadlineDriven(
        RoutingPolicies.responsibilityList(SimulatorTest.LIST))));
    return m;
  }

  private record Run(CoreCaseEngine engine, Simulator.Replication replication) {
    List<CaseState> states() {
      List<CaseState> out = new ArrayList<>();
      for (int i = 0; i < replication.trace().size(); i++) {
        engine.state(new CaseRef(i)).ifPresent(out::add);
      }
      return out;
    }
  }

  private static Run run(RoutingPolicy policy, long seed) {
    CoreCaseEngine engine = CoreCaseEngine.of(SimulatorTest.ORG, BusinessCalendar.chinaMainland(),
        DeadlineTable.standard(), true);
    Workload w = Workload.generate(TWO_WEEKS, SimulatorTest.ORG, SimulatorTest.CAPABILITIES, RandomStreams.of(seed));
    return new Run(engine, Simulator.run(TWO_WEEKS, SimulatorTest.ORG, policy, engine, w));
  }

  @Test
  void everyPresetRunsTwoWeeksWithoutARejectionAndEachCaseIsTheFoldOfItsEvents() {
    presets().forEach((name, policy) -> {
      Run r = run(policy, 11);
      List<CaseState> states = r.states();
      assertThat(states).as(name).hasSize(r.replication().trace().size());
      assertThat(r.engine().transitionCount()).as(name).isGreaterThanOrEqualTo(8L * r.replication().trace().stream()
          .filter(t -> t.status() == SimulatedStatus.CLOSED).count());
      for (CaseState s : states) {
        assertThat(CaseLoop.replay(s.caseId(), s.events())).as(name).isEqualTo(s);
        assertThat(s.events()).extracting(e -> e.header().command()).doesNotHaveDuplicates();
      }
    });
  }

  @Test
  void theTraceAgreesWithTheCaseHistories() {
    Run r = run(SimulatorTest.POLICIES.get(0), 3);
    ImmutableList<TraceRow> trace = r.replication().trace();
    for (TraceRow row : trace) {
      CaseState s = r.engine().state(new CaseRef(row.index())).orElseThrow();
      List<CaseEvent> events = s.events();
      assertThat(row.escalations()).isEqualTo(events.stream().filter(e -> e instanceof CaseEvent.Escalated).count());
      assertThat(row.reworks()).isEqualTo(s.reworkCount());
      assertThat(row.status() == SimulatedStatus.CLOSED).isEqualTo(s.status() == org.gridgov.core.cases.CaseStatus.CLOSED);
      if (row.status() == SimulatedStatus.CLOSED) {
        assertThat(s.closedAt()).contains(TWO_WEEKS.start().plusSeconds(row.closedAt()));
        assertThat(s.evaluations()).hasSize(1);
      }
    }
  }

  @Test
  void thePresetsUseTheWholeLoopReturnsEscalationsWhistlesAndRework() {
    List<Class<?>> seen = new ArrayList<>();
    presets().forEach((name, policy) -> {
      for (CaseState s : run(policy, 5).states()) {
        s.events().forEach(e -> seen.add(e.getClass()));
      }
    });
    Scenario emergencies = ScenarioFiles.parse("{\"name\": \"emergencies\", \"horizonDays\": 3, "
        + "\"urgencyWeights\": {\"EMERGENCY\": 1}, \"categoryWeights\": {\"0302\": 1, \"0102\": 1}}");
    CoreCaseEngine engine = CoreCaseEngine.of(SimulatorTest.ORG, BusinessCalendar.chinaMainland(),
        DeadlineTable.standard(), true);
    Workload w = Workload.generate(emergencies, SimulatorTest.ORG, SimulatorTest.CAPABILITIES, RandomStreams.of(1));
    Simulator.run(emergencies, SimulatorTest.ORG, RoutingPolicies.responsibilityList(SimulatorTest.LIST), engine, w);
    for (int i = 0; i < w.cases().size(); i++) {
      engine.state(new CaseRef(i)).ifPresent(s -> s.events().forEach(e -> seen.add(e.getClass())));
    }
    assertThat(seen).contains(CaseEvent.Returned.class, CaseEvent.Escalated.class, CaseEvent.WhistleBlown.class,
        CaseEvent.ReportedIn.class, CaseEvent.DeadlineWarned.class, CaseEvent.Closed.class);
    assertThat(seen.stream().filter(c -> c == CaseEvent.Verified.class).count())
        .isGreaterThan(seen.stream().filter(c -> c == CaseEvent.Closed.class).count());
  }

  @Test
  void aDecisionTheCaseLoopRejectsFailsLoudlyWithTheReason() {
    CoreCaseEngine engine = CoreCaseEngine.of(SimulatorTest.ORG);
    GridId grid = SimulatorTest.ORG.grids().get(0).id();
    Instant at = TWO_WEEKS.start().plusSeconds(36_000);
    CaseRef ref = new CaseRef(0);
    engine.open(ref, new NewCase(CategoryCode.of("0102"), grid, grid, Urgency.ROUTINE, at));
    engine.route(ref, new RoutingDecision.AssignDown(grid, Optional.empty(), "grid cleans the street"), at);
    CaseFacts facts = engine.facts(ref, at);
    assertThat(facts.holder()).isEqualTo(grid);
    assertThat(engine.status(ref)).isEqualTo(SimulatedStatus.IN_HANDLING);
    assertThatThrownBy(() -> engine.route(ref, new RoutingDecision.AssignDepartments(
        SimulatorTest.ORG.departments().get(0).id(), ImmutableList.of(), "wrongly"), at))
        .isInstanceOf(RoutingException.class).hasMessageContaining("INVALID_TRANSITION");
    assertThat(engine.state(ref).orElseThrow().holder()).contains(Holder.grid(grid));
  }

  @Test
  void aFailedAttemptReturnsTheCaseAndRaisesTheFloor() {
    CoreCaseEngine engine = CoreCaseEngine.of(SimulatorTest.ORG);
    GridId grid = SimulatorTest.ORG.grids().get(0).id();
    Instant at = TWO_WEEKS.start().plusSeconds(36_000);
    CaseRef ref = new CaseRef(0);
    engine.open(ref, new NewCase(CategoryCode.of("0407"), grid, grid, Urgency.ROUTINE, at));
    assertThat(engine.facts(ref, at).holder()).isEqualTo(grid.community());
    engine.route(ref, new RoutingDecision.AssignDown(grid, Optional.empty(), "try the grid"), at);
    engine.finishHandling(ref, Level.GRID, false, at.plusSeconds(600));
    CaseFacts facts = engine.facts(ref, at.plusSeconds(600));
    assertThat(facts.holder()).isEqualTo(grid.community());
    assertThat(facts.lastFailedLevel()).contains(Level.GRID);
    assertThat(facts.escalations()).isZero();
    engine.route(ref, new RoutingDecision.HandleHere(Optional.empty(), "the community does it"), at.plusSeconds(600));
    engine.finishHandling(ref, Level.COMMUNITY, false, at.plusSeconds(1200));
    facts = engine.facts(ref, at.plusSeconds(1200));
    assertThat(facts.holder()).isEqualTo(grid.community().subdistrict());
    assertThat(facts.lastFailedLevel()).contains(Level.COMMUNITY);
    assertThat(facts.escalations()).isEqualTo(1);
  }

  @Test
  void theEscalationCountAndANumberedGridAnswerAsTheFactsAndTheUnnumberedOpenDo() {
    CoreCaseEngine numbered = CoreCaseEngine.of(SimulatorTest.ORG);
    CoreCaseEngine plain = CoreCaseEngine.of(SimulatorTest.ORG);
    GridId grid = SimulatorTest.ORG.grids().get(0).id();
    Instant at = TWO_WEEKS.start().plusSeconds(36_000);
    CaseRef ref = new CaseRef(0);
    NewCase report = new NewCase(CategoryCode.of("0407"), grid, grid, Urgency.ROUTINE, at);
    numbered.open(ref, report, 7);
    plain.open(ref, report);
    for (CoreCaseEngine engine : List.of(numbered, plain)) {
      engine.route(ref, new RoutingDecision.HandleHere(Optional.empty(), "the community does it"), at);
      engine.finishHandling(ref, Level.COMMUNITY, false, at.plusSeconds(600));
      assertThat(engine.escalations(ref, at.plusSeconds(600))).isEqualTo(1)
          .isEqualTo(engine.facts(ref, at.plusSeconds(600)).escalations());
    }
    assertThat(numbered.state(ref).orElseThrow().events()).isEqualTo(plain.state(ref).orElseThrow().events());
    assertThatThrownBy(() -> numbered.open(new CaseRef(1), report, -1))
        .isInstanceOf(org.gridgov.core.InvalidInputException.class).hasMessageContaining("gridNumber");
  }

  @Test
  void readingAheadChangesNoCaseAndSkipsCasesAndGridsItDoesNotHold() {
    CoreCaseEngine engine = CoreCaseEngine.of(SimulatorTest.ORG);
    GridId grid = SimulatorTest.ORG.grids().get(0).id();
    Instant at = TWO_WEEKS.start().plusSeconds(36_000);
    NewCase report = new NewCase(CategoryCode.of("0407"), grid, grid, Urgency.ROUTINE, at);
    engine.open(new CaseRef(0), report, 3);
    engine.open(new CaseRef(1), report, 3);
    engine.route(new CaseRef(1), new RoutingDecision.HandleHere(Optional.empty(), "the community does it"), at);
    engine.finishHandling(new CaseRef(1), Level.COMMUNITY, true, at.plusSeconds(600));
    engine.verify(new CaseRef(1), true, at.plusSeconds(700));
    engine.close(new CaseRef(1), Satisfaction.SATISFIED, at.plusSeconds(800));
    CaseState before = engine.state(new CaseRef(0)).orElseThrow();
    long commands = engine.commandCount();
    for (int index : new int[] {0, 1, 2, -1, 1 << 20}) {
      engine.readAhead(index, true);
      engine.readAhead(index, false);
    }
    for (int index : new int[] {0, 1, 2, -1, 1 << 20}) {
      engine.readAheadSlot(index);
    }
    int[] gridNumbers = {3, 0, 4, -1, 1 << 20};
    for (int gridNumber : gridNumbers) {
      engine.readAheadGrid(gridNumber);
    }
    engine.readAheadGrids(gridNumbers, gridNumbers.length);
    assertThat(engine.state(new CaseRef(0))).containsSame(before);
    assertThat(engine.state(new CaseRef(1))).isEmpty();
    assertThat(engine.status(new CaseRef(1))).isEqualTo(SimulatedStatus.CLOSED);
    assertThat(engine.commandCount()).isEqualTo(commands);
  }
}
