package org.gridgov.routing.sim;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.gridgov.core.InvalidInputException;
import org.gridgov.routing.RoutingPolicies;
import org.junit.jupiter.api.Test;

/** Parallel replications give exactly the sequential results; reports follow the results. */
class ExperimentTest {
  private static final Experiment EXPERIMENT = new Experiment(SimulatorTest.SCENARIO.withHorizonDays(3),
      SimulatorTest.ORG, SimulatorTest.CAPABILITIES,
      ImmutableMap.of("tiered", RoutingPolicies.deadlineDriven(RoutingPolicies.tiered(SimulatorTest.CAPABILITIES,
          SimulatorTest.LIST)), "center-first", RoutingPolicies.centerFirst(SimulatorTest.CAPABILITIES,
          SimulatorTest.LIST)), CoreCaseEngine::of);

  @Test
  void oneThreadAndSeveralThreadsGiveIdenticalMetrics() {
    Experiment.Results sequential = EXPERIMENT.run(99, 4, 1);
    Experiment.Results parallel = EXPERIMENT.run(99, 4, 3);
    assertThat(parallel).isEqualTo(sequential);
    assertThat(Report.markdown("t", parallel)).isEqualTo(Report.markdown("t", sequential));
    assertThat(Report.svg(parallel)).startsWith("<svg").contains("center-first");
  }

  @Test
  void pairedDifferencesOfAPolicyWithItselfAreZero() {
    Experiment.Results r = EXPERIMENT.run(5, 3, 2);
    Estimate d = r.pairedDifference("tiered", "tiered", Metrics.ON_TIME_CLOSURE_RATE);
    assertThat(d.mean()).isZero();
    assertThat(d.halfWidth()).isZero();
    assertThat(Report.markdown("Beipiao", r)).contains("| on_time_closure_rate |", "center-first − tiered");
  }

  @Test
  void oneReplicationOnOneThreadIsEnough() {
    Experiment.Results r = EXPERIMENT.run(1, 1, 1);
    assertThat(r.byPolicy().keySet()).containsExactly("tiered", "center-first");
    assertThat(r.byPolicy().get("tiered")).hasSize(1);
    assertThat(r.estimate("tiered", Metrics.CASES).halfWidth()).isZero();
    assertThat(r.metricNames()).contains(Metrics.CASES, Metrics.RESOLUTION_P90_H).isSorted();
    assertThat(EXPERIMENT.run(1, 1, 256)).isEqualTo(r);
  }

  @Test
  void countsOutOfRangeAreRefusedByName() {
    assertThatThrownBy(() -> EXPERIMENT.run(1, 0, 1)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("replications");
    assertThatThrownBy(() -> EXPERIMENT.run(1, 10_001, 1)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("replications");
    assertThatThrownBy(() -> EXPERIMENT.run(1, 1, 0)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("threads");
    assertThatThrownBy(() -> EXPERIMENT.run(1, 1, 257)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("threads");
  }

  @Test
  void anExperimentNeedsEveryPartAndAPolicy() {
    var s = SimulatorTest.SCENARIO;
    var o = SimulatorTest.ORG;
    var c = SimulatorTest.CAPABILITIES;
    var p = ImmutableMap.of("t", RoutingPolicies.tiered(c, SimulatorTest.LIST));
    assertThatThrownBy(() -> new Experiment(null, o, c, p, CoreCaseEngine::of)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new Experiment(s, null, c, p, CoreCaseEngine::of)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new Experiment(s, o, null, p, CoreCaseEngine::of)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new Experiment(s, o, c, null, CoreCaseEngine::of)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new Experiment(s, o, c, p, null)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new Experiment(s, o, c, ImmutableMap.of(), CoreCaseEngine::of))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("policies");
    java.util.Map<String, org.gridgov.routing.RoutingPolicy> withNull = new java.util.HashMap<>();
    withNull.put("none", null);
    assertThatThrownBy(() -> new Experiment(s, o, c, withNull, CoreCaseEngine::of))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("policies[none]");
  }

  /** Before, an unknown metric read as 0.0 in every replication: a silent default the report then showed. */
  @Test
  void unknownPoliciesAndMetricsAreRefusedByName() {
    Experiment.Results r = ReportTest.RESULTS;
    assertThatThrownBy(() -> r.estimate("tiered", "on_time_rate")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("metric").hasMessageContaining("on_time_rate")
        .hasMessageContaining(Metrics.ON_TIME_CLOSURE_RATE);
    assertThatThrownBy(() -> r.estimate("nobody", Metrics.CASES)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("policy").hasMessageContaining("nobody");
    assertThatThrownBy(() -> r.pairedDifference("tiered", "nobody", Metrics.CASES))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("nobody");
  }

  @Test
  void pairedDifferencesPairReplicationByReplication() {
    Estimate d = ReportTest.RESULTS.pairedDifference("center-first", "tiered", Metrics.RESOLUTION_P50_H);
    // differences 2, 3, 4: mean 3, standard deviation 1, t(0.975, 2) = 4.3026527
    assertThat(d.mean()).isEqualTo(3.0);
    assertThat(d.halfWidth()).isCloseTo(4.302652729749462 / Math.sqrt(3), org.assertj.core.data.Offset.offset(1e-8));
    Estimate unpaired = ReportTest.RESULTS.estimate("center-first", Metrics.RESOLUTION_P50_H);
    assertThat(d.halfWidth()).isLessThan(unpaired.halfWidth());
  }

  @Test
  void resultsMustPairAndNameTheSameMetrics() {
    ImmutableMap<String, Double> m = ImmutableMap.of(Metrics.CASES, 1.0);
    ImmutableMap<String, Double> other = ImmutableMap.of("other", 1.0);
    assertThatThrownBy(() -> new Experiment.Results(null)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new Experiment.Results(ImmutableMap.of())).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("byPolicy");
    assertThatThrownBy(() -> new Experiment.Results(ImmutableMap.of("a", ImmutableList.of())))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("byPolicy.a");
    assertThatThrownBy(() -> new Experiment.Results(ImmutableMap.of("a", ImmutableList.of(m, m),
        "b", ImmutableList.of(m)))).isInstanceOf(InvalidInputException.class).hasMessageContaining("byPolicy.b")
        .hasMessageContaining("pair");
    assertThatThrownBy(() -> new Experiment.Results(ImmutableMap.of("a", ImmutableList.of(m, other))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("byPolicy.a[1]");
    assertThatThrownBy(() -> new Experiment.Results(ImmutableMap.of("a", ImmutableList.of(m),
        "b", ImmutableList.of(other)))).isInstanceOf(InvalidInputException.class).hasMessageContaining("byPolicy.b[0]");
  }

  /**
   * Every policy's replications name the same metrics, utilisation of every level included, so a report
   * lists them all whatever policy comes first; a level a policy never uses is idle, not missing.
   */
  @Test
  void everyPolicyNamesTheSameMetricsWithEveryLevelsUtilisation() {
    var c = SimulatorTest.CAPABILITIES;
    var list = SimulatorTest.LIST;
    Experiment.Results r = new Experiment(SimulatorTest.SCENARIO.withHorizonDays(3), SimulatorTest.ORG, c,
        ImmutableMap.of("responsibility-list", RoutingPolicies.responsibilityList(list),
            "tiered", RoutingPolicies.tiered(c, list), "center-first", RoutingPolicies.centerFirst(c, list),
            "load-aware", RoutingPolicies.loadAware(c, list)), CoreCaseEngine::of).run(3, 2, 2);
    assertThat(r.metricNames()).contains("utilisation.GRID", "utilisation.COMMUNITY", "utilisation.SUBDISTRICT",
        "utilisation.CITY", "utilisation.DEPARTMENT");
    for (String policy : r.byPolicy().keySet()) {
      for (ImmutableMap<String, Double> m : r.byPolicy().get(policy)) {
        assertThat(m.keySet()).as(policy).containsExactlyElementsOf(r.metricNames());
        m.forEach((name, v) -> {
          if (name.startsWith("utilisation.")) {
            assertThat(v).as("%s %s", policy, name).isBetween(0.0, 1.0);
          }
        });
      }
    }
    assertThat(r.estimate("tiered", "utilisation.GRID").mean()).isPositive();
    assertThat(r.estimate("responsibility-list", "utilisation.DEPARTMENT").mean()).isPositive();
    assertThat(Report.markdown("all", r)).contains("| utilisation.CITY |", "| utilisation.GRID |");
  }
}
