package org.gridgov.routing.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gridgov.core.org.Organisation;
import org.gridgov.routing.CapabilityTable;
import org.gridgov.routing.ResponsibilityTable;
import org.gridgov.routing.RoutingPolicies;
import org.gridgov.routing.RoutingPolicy;
import org.gridgov.routing.city.CityGenerator;
import org.gridgov.routing.city.CitySpec;
import org.junit.jupiter.api.Test;

/** The simulator is deterministic and loses no case. */
class SimulatorTest {
  static final Organisation ORG = CityGenerator.generate(CitySpec.beipiao());
  static final CapabilityTable CAPABILITIES = CapabilityTable.standard();
  static final ResponsibilityTable LIST = ResponsibilityTable.of(ORG);
  static final Scenario SCENARIO = Scenario.defaults().withHorizonDays(7);
  static final List<RoutingPolicy> POLICIES = List.of(
      RoutingPolicies.deadlineDriven(RoutingPolicies.tiered(CAPABILITIES, LIST)),
      RoutingPolicies.responsibilityList(LIST),
      RoutingPolicies.centerFirst(CAPABILITIES, LIST),
      RoutingPolicies.loadAware(CAPABILITIES, LIST));

  static Simulator.Replication run(RoutingPolicy policy, long seed) {
    Workload w = Workload.generate(SCENARIO, ORG, CAPABILITIES, RandomStreams.of(seed));
    return Simulator.run(SCENARIO, ORG, policy, CoreCaseEngine.of(ORG), w);
  }

  @Test
  void theSameSeedGivesAByteIdenticalTrace() {
    for (RoutingPolicy p : POLICIES) {
      String first = run(p, 42).traceCsv();
      assertThat(run(p, 42).traceCsv()).isEqualTo(first);
      assertThat(first.lines().count()).isGreaterThan(100);
    }
    assertThat(run(POLICIES.get(0), 43).traceCsv()).isNotEqualTo(run(POLICIES.get(0), 42).traceCsv());
  }

  @Test
  void everyPolicySeesTheSameWorkload() {
    Simulator.Replication a = run(POLICIES.get(0), 7);
    Simulator.Replication b = run(POLICIES.get(2), 7);
    assertThat(b.trace()).extracting(TraceRow::reportedAt, TraceRow::category, TraceRow::grid)
        .isEqualTo(a.trace().stream().map(r -> org.assertj.core.groups.Tuple.tuple(r.reportedAt(), r.category(),
            r.grid())).toList());
  }

  @Test
  void aCaseWhoseDrawsAllFailVerificationStillClosesAfterMoreReworks() {
    Scenario scenario = Scenario.defaults().withHorizonDays(60);
    org.gridgov.core.org.GridId grid = ORG.grids().get(0).id();
    double[] failing = new double[Workload.DRAWS]; // every stored draw below the rework probability
    Workload w = Workload.of(List.of(new Workload.GeneratedCase(3600, grid,
        org.gridgov.core.category.CategoryCode.of("0102"), org.gridgov.routing.Urgency.ROUTINE,
        org.gridgov.core.org.Level.GRID, new double[Workload.DRAWS], failing, 0.5)));
    Simulator.Replication r = Simulator.run(scenario, ORG, POLICIES.get(0), CoreCaseEngine.of(ORG), w);
    TraceRow row = r.trace().get(0);
    assertThat(row.status()).isEqualTo(SimulatedStatus.CLOSED);
    assertThat(row.reworks()).isGreaterThanOrEqualTo(Workload.DRAWS).isLessThan(40);
    for (int round = 1; round < 50; round++) {
      assertThat(Workload.derived(0.0, round)).isBetween(0.0, 1.0).isNotEqualTo(Workload.derived(0.0, round + 1));
    }
  }

  @Test
  void noCaseIsLost() {
    for (RoutingPolicy p : POLICIES) {
      Workload w = Workload.generate(SCENARIO, ORG, CAPABILITIES, RandomStreams.of(5));
      Simulator.Replication r = Simulator.run(SCENARIO, ORG, p, CoreCaseEngine.of(ORG), w);
      assertThat(r.trace()).hasSize(w.cases().size());
      assertThat(r.trace()).extracting(TraceRow::index)
          .containsExactlyElementsOf(java.util.stream.IntStream.range(0, w.cases().size()).boxed().toList());
      assertThat(r.trace()).allSatisfy(row -> {
        assertThat(row.status()).isIn(SimulatedStatus.CLOSED, SimulatedStatus.PARKED, SimulatedStatus.VOIDED, SimulatedStatus.OPEN,
            SimulatedStatus.IN_HANDLING);
        assertThat(row.status() == SimulatedStatus.CLOSED).isEqualTo(row.closedAt() >= 0);
      });
      assertThat(r.metrics().get(Metrics.CLOSED_SHARE)).as("%s", p).isGreaterThan(0.5);
    }
  }

  /**
   * The metrics the run counts from its own columns are those of its trace, including cases still open or
   * not yet opened at the horizon; and the trace, built on request, is built once.
   */
  @Test
  void theRunsMetricsAreThoseOfItsTrace() {
    Scenario shortRun = SCENARIO.withHorizonDays(3);
    for (RoutingPolicy p : POLICIES) {
      Workload w = Workload.generate(SCENARIO, ORG, CAPABILITIES, RandomStreams.of(11));
      Simulator.Replication r = Simulator.run(shortRun, ORG, p, CoreCaseEngine.of(ORG), w);
      java.util.Map<String, Double> utilisation = new java.util.TreeMap<>();
      r.metrics().forEach((k, v) -> {
        if (k.startsWith("utilisation.")) {
          utilisation.put(k.substring("utilisation.".length()), v);
        }
      });
      assertThat(r.trace()).extracting(TraceRow::status).contains(SimulatedStatus.CLOSED, SimulatedStatus.OPEN);
      assertThat(r.trace()).anySatisfy(row -> assertThat(row.escalations()).isPositive());
      assertThat(Metrics.of(r.trace(), shortRun.horizonDays() * 86_400L, utilisation)).as("%s", p)
          .isEqualTo(r.metrics());
      assertThat(r.trace()).isSameAs(r.trace());
    }
  }

  /** Returns the decision with an equal reason in a new instance, as a policy building its texts afresh gives. */
  private static org.gridgov.routing.RoutingDecision fresh(org.gridgov.routing.RoutingDecision d) {
    String r = new String(d.reason());
    if (d instanceof org.gridgov.routing.RoutingDecision.HandleHere h) {
      return new org.gridgov.routing.RoutingDecision.HandleHere(h.handler(), r);
    } else if (d instanceof org.gridgov.routing.RoutingDecision.AssignDown a) {
      return new org.gridgov.routing.RoutingDecision.AssignDown(a.unit(), a.handler(), r);
    } else if (d instanceof org.gridgov.routing.RoutingDecision.Escalate e) {
      return new org.gridgov.routing.RoutingDecision.Escalate(e.to(), r);
    } else if (d instanceof org.gridgov.routing.RoutingDecision.HandToCenter c) {
      return new org.gridgov.routing.RoutingDecision.HandToCenter(c.center(), r);
    } else if (d instanceof org.gridgov.routing.RoutingDecision.AssignDepartments a) {
      return new org.gridgov.routing.RoutingDecision.AssignDepartments(a.lead(), a.coHandlers(), r);
    } else if (d instanceof org.gridgov.routing.RoutingDecision.BlowWhistle w) {
      return new org.gridgov.routing.RoutingDecision.BlowWhistle(w.community(), w.summoned(), r);
    }
    return new org.gridgov.routing.RoutingDecision.Supervise(
        ((org.gridgov.routing.RoutingDecision.Supervise) d).supervisor(), r);
  }

  /**
   * The trace keeps one instance per reason text even from a policy that builds every text afresh, also
   * when it starts doing so only after thousands of decisions that reused their instances (when the
   * simulator looks up only a sample of the texts): the texts are those of the policy's own decisions.
   */
  @Test
  void theTraceKeepsOneInstancePerReasonText() {
    Scenario longer = ScenarioFiles.parse("{\"name\": \"reasons\", \"horizonDays\": 60, \"casesPerGridPerDay\": 0.5}");
    Workload w = Workload.generate(longer, ORG, CAPABILITIES, RandomStreams.of(3));
    RoutingPolicy canonical = POLICIES.get(0);
    int[] calls = new int[1];
    RoutingPolicy freshFromStart = (facts, org, load, now) -> fresh(canonical.decide(facts, org, load, now));
    RoutingPolicy freshLater = (facts, org, load, now) -> {
      org.gridgov.routing.RoutingDecision d = canonical.decide(facts, org, load, now);
      return ++calls[0] > 6_000 ? fresh(d) : d;
    };
    String expected = Simulator.run(longer, ORG, canonical, CoreCaseEngine.of(ORG), w).traceCsv();
    for (RoutingPolicy p : List.of(freshFromStart, freshLater)) {
      Simulator.Replication r = Simulator.run(longer, ORG, p, CoreCaseEngine.of(ORG), w);
      assertThat(r.traceCsv()).isEqualTo(expected);
      java.util.Set<String> texts = new java.util.HashSet<>();
      java.util.Set<String> instances = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      for (TraceRow row : r.trace()) {
        texts.add(row.reason());
        instances.add(row.reason());
      }
      // Sampling may let a few texts through as new instances before a look-up finds an earlier one.
      assertThat(instances.size()).isBetween(texts.size(), texts.size() + 64);
    }
    assertThat(calls[0]).isGreaterThan(12_000);
  }
}
