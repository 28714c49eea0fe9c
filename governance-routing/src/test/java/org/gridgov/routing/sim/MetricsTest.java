package org.gridgov.routing.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.evaluation.Satisfaction;
import org.junit.jupiter.api.Test;

/** Metrics computed from hand-built traces. */
class MetricsTest {

  private static TraceRow row(int i, SimulatedStatus status, long closedAfterHours, int escalations, int reworks,
      Satisfaction rating) {
    long closedAt = status == SimulatedStatus.CLOSED ? closedAfterHours * 3600 : -1;
    return new TraceRow(i, 0, "0102", "211381001001001", "ROUTINE", "GRID", status, closedAt, 24 * 3600,
        escalations, reworks, 1, "grid:x", Optional.ofNullable(rating), "r");
  }

  @Test
  void ratesAndPercentilesFollowTheirDefinitions() {
    List<TraceRow> rows = List.of(
        row(0, SimulatedStatus.CLOSED, 2, 0, 0, Satisfaction.SATISFIED),
        row(1, SimulatedStatus.CLOSED, 10, 1, 0, Satisfaction.BASICALLY_SATISFIED),
        row(2, SimulatedStatus.CLOSED, 30, 2, 1, Satisfaction.DISSATISFIED),
        row(3, SimulatedStatus.OPEN, 0, 3, 0, null));
    Map<String, Double> m = Metrics.of(rows, 100 * 3600, Map.of("GRID", 0.5));
    assertThat(m.get(Metrics.CASES)).isEqualTo(4.0);
    assertThat(m.get(Metrics.CLOSED_SHARE)).isEqualTo(0.75);
    assertThat(m.get(Metrics.ON_TIME_CLOSURE_RATE)).isEqualTo(0.5);
    assertThat(m.get(Metrics.RESOLUTION_P50_H)).isEqualTo(10.0);
    assertThat(m.get(Metrics.RESOLUTION_P99_H)).isEqualTo(30.0);
    assertThat(m.get(Metrics.ESCALATION_RATE)).isEqualTo(0.75);
    assertThat(m.get(Metrics.ESCALATION_DEPTH)).isEqualTo(2.0);
    assertThat(m.get(Metrics.REWORK_RATE)).isCloseTo(1 / 3.0, within(1e-12));
    assertThat(m.get(Metrics.SATISFACTION_RATE)).isCloseTo(2 / 3.0, within(1e-12));
    assertThat(m.get("utilisation.GRID")).isEqualTo(0.5);
  }

  @Test
  void confidenceIntervalsUseStudentT() {
    Estimate e = Estimate.of(List.of(1.0, 2.0, 3.0));
    assertThat(e.mean()).isEqualTo(2.0);
    assertThat(e.halfWidth()).isCloseTo(4.303 * 1 / Math.sqrt(3), within(1e-9));
    assertThat(e.covers(3.0)).isTrue();
    assertThat(e.covers(5.0)).isFalse();
  }
}
