package org.gridgov.routing.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.category.CategoryCode;
import org.gridgov.core.org.GridId;
import org.gridgov.core.org.Level;
import org.gridgov.routing.RoutingPolicies;
import org.gridgov.routing.Urgency;
import org.junit.jupiter.api.Test;

/**
 * A workload built from given cases (for instance a city's recorded reports, replayed under each policy):
 * what it accepts, what it refuses by name, and that nothing the caller gave can change it afterwards.
 */
class WorkloadInputTest {
  private static final GridId GRID = SimulatorTest.ORG.grids().get(0).id();
  private static final CategoryCode CATEGORY = CategoryCode.of("0102");

  private static Workload.GeneratedCase at(long arrival) {
    return new Workload.GeneratedCase(arrival, GRID, CATEGORY, Urgency.ROUTINE, Level.GRID, new double[] {0, 0, 0, 0},
        new double[] {0.5, 0.5, 0.5, 0.5}, 0.5);
  }

  @Test
  void aCaseRefusesWhatTheSimulatorCouldNotPlay() {
    double[] four = {0, 0, 0, 0};
    double[] halves = {0.5, 0.5, 0.5, 0.5};
    assertThatThrownBy(() -> new Workload.GeneratedCase(-1, GRID, CATEGORY, Urgency.ROUTINE, Level.GRID, four, halves,
        0.5)).isInstanceOf(InvalidInputException.class).hasMessageContaining("arrival");
    assertThatThrownBy(() -> new Workload.GeneratedCase(0, null, CATEGORY, Urgency.ROUTINE, Level.GRID, four, halves,
        0.5)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new Workload.GeneratedCase(0, GRID, CATEGORY, Urgency.ROUTINE, Level.BUILDING, four,
        halves, 0.5)).isInstanceOf(InvalidInputException.class).hasMessageContaining("solvableAt");
    assertThatThrownBy(() -> new Workload.GeneratedCase(0, GRID, CATEGORY, Urgency.ROUTINE, Level.GRID,
        new double[3], halves, 0.5)).isInstanceOf(InvalidInputException.class).hasMessageContaining("handlingNormals");
    assertThatThrownBy(() -> new Workload.GeneratedCase(0, GRID, CATEGORY, Urgency.ROUTINE, Level.GRID,
        new double[5], halves, 0.5)).isInstanceOf(InvalidInputException.class).hasMessageContaining("handlingNormals");
    assertThatThrownBy(() -> new Workload.GeneratedCase(0, GRID, CATEGORY, Urgency.ROUTINE, Level.GRID,
        new double[] {0, Double.NaN, 0, 0}, halves, 0.5)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("handlingNormals[1]");
    assertThatThrownBy(() -> new Workload.GeneratedCase(0, GRID, CATEGORY, Urgency.ROUTINE, Level.GRID, four,
        new double[] {0.5, 0.5, 1.5, 0.5}, 0.5)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("verificationUniforms[2]");
    assertThatThrownBy(() -> new Workload.GeneratedCase(0, GRID, CATEGORY, Urgency.ROUTINE, Level.GRID, four, null,
        0.5)).isInstanceOf(InvalidInputException.class).hasMessageContaining("verificationUniforms");
    assertThatThrownBy(() -> new Workload.GeneratedCase(0, GRID, CATEGORY, Urgency.ROUTINE, Level.GRID, four, halves,
        -0.1)).isInstanceOf(InvalidInputException.class).hasMessageContaining("satisfactionUniform");
    assertThat(new Workload.GeneratedCase(0, GRID, CATEGORY, Urgency.ROUTINE, Level.CITY, four,
        new double[] {0, 1, 0, 1}, 1).solvableAt()).isEqualTo(Level.CITY);
  }

  @Test
  void theDrawsAreCopiedInAndOut() {
    double[] normals = {0.1, 0.2, 0.3, 0.4};
    Workload.GeneratedCase c = new Workload.GeneratedCase(0, GRID, CATEGORY, Urgency.ROUTINE, Level.GRID, normals,
        new double[] {0.5, 0.5, 0.5, 0.5}, 0.5);
    normals[0] = 9;
    c.handlingNormals()[1] = 9;
    assertThat(c.handlingNormals()).containsExactly(0.1, 0.2, 0.3, 0.4);
    Workload w = Workload.of(List.of(c));
    assertThat(w.cases().get(0).handlingNormals()).containsExactly(0.1, 0.2, 0.3, 0.4);
  }

  @Test
  void casesMustComeInArrivalOrder() {
    assertThat(Workload.of(List.of(at(10), at(10), at(20))).size()).isEqualTo(3);
    assertThatThrownBy(() -> Workload.of(List.of(at(10), at(30), at(20)))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("cases[2].arrival");
    assertThatThrownBy(() -> Workload.of(Arrays.asList(at(10), null))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("cases[1]");
    assertThatThrownBy(() -> Workload.of(null)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Workload.generate(null, SimulatorTest.ORG, SimulatorTest.CAPABILITIES, RandomStreams.of(1)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Workload.generate(SimulatorTest.SCENARIO, SimulatorTest.ORG, SimulatorTest.CAPABILITIES,
        null)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aWorkloadFromAnotherCityIsRefusedBeforeTheRun() {
    GridId foreign = org.gridgov.routing.city.CityGenerator.generate(org.gridgov.routing.city.CitySpec.megacity(20))
        .grids().get(0).id();
    Workload w = Workload.of(List.of(new Workload.GeneratedCase(60, foreign, CATEGORY, Urgency.ROUTINE, Level.GRID,
        new double[4], new double[] {0.5, 0.5, 0.5, 0.5}, 0.5)));
    assertThatThrownBy(() -> Simulator.run(SimulatorTest.SCENARIO, SimulatorTest.ORG,
        RoutingPolicies.tiered(SimulatorTest.CAPABILITIES, SimulatorTest.LIST), CoreCaseEngine.of(SimulatorTest.ORG), w))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("workload").hasMessageContaining(foreign.code());
  }

  /** A case arriving at or after the horizon never arrives in the run; it is in the trace, still new (open). */
  @Test
  void aCaseArrivingAtTheHorizonIsKeptInTheTraceAsOpen() {
    Scenario oneDay = SimulatorTest.SCENARIO.withHorizonDays(1);
    Workload w = Workload.of(List.of(at(3600), at(86_400)));
    Simulator.Replication r = Simulator.run(oneDay, SimulatorTest.ORG,
        RoutingPolicies.tiered(SimulatorTest.CAPABILITIES, SimulatorTest.LIST), CoreCaseEngine.of(SimulatorTest.ORG), w);
    assertThat(r.trace()).hasSize(2);
    assertThat(r.metrics().get(Metrics.CASES)).isEqualTo(2.0);
    assertThat(r.trace().get(1).status()).isEqualTo(SimulatedStatus.OPEN);
  }
}
