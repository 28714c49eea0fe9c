package org.gridgov.routing.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
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
}
