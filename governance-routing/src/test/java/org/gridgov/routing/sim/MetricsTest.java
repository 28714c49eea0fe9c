package org.gridgov.routing.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.InvalidInputException;
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
    assertThat(m.get(Metrics.RESOLUTION_P90_H)).isEqualTo(30.0);
    assertThat(m.get(Metrics.RESOLUTION_P99_H)).isEqualTo(30.0);
    assertThat(m.get(Metrics.ESCALATION_RATE)).isEqualTo(0.75);
    assertThat(m.get(Metrics.ESCALATION_DEPTH)).isEqualTo(2.0);
    assertThat(m.get(Metrics.REWORK_RATE)).isCloseTo(1 / 3.0, within(1e-12));
    assertThat(m.get(Metrics.SATISFACTION_RATE)).isCloseTo(2 / 3.0, within(1e-12));
    assertThat(m.get("utilisation.GRID")).isEqualTo(0.5);
  }

  /**
   * The percentiles' sort agrees with {@link Arrays#sort(long[])} on short and long inputs, narrow and wide
   * values (up to {@code Long.MAX_VALUE}, so every digit pass runs), many duplicates, and inputs with a
   * negative value (which take the comparison sort).
   */
  @Test
  void sortAgreesWithTheComparisonSort() {
    qt().withFixedSeed(31L).withExamples(60).forAll(integers().all()).checkAssert(seed -> {
      SplittableRandom rnd = new SplittableRandom(seed);
      int n = rnd.nextBoolean() ? rnd.nextInt(5_000) : 4_096 + rnd.nextInt(20_000);
      int width = 1 + rnd.nextInt(63);
      long[] values = new long[n];
      for (int i = 0; i < n; i++) {
        values[i] = rnd.nextInt(4) == 0 ? rnd.nextLong(1 + rnd.nextInt(8)) : rnd.nextLong(1L << width - 1) << 1
            | rnd.nextInt(2);
      }
      if (n > 0 && rnd.nextInt(8) == 0) {
        values[rnd.nextInt(n)] = -1 - rnd.nextInt(1000);
      }
      assertSortsAsArraysSortDoes(values);
    });
  }

  @Test
  void sortHandlesTheLargestValues() {
    long[] values = new long[5_000];
    for (int i = 0; i < values.length; i++) {
      values[i] = Long.MAX_VALUE - i * 0x0123_4567_89ABL;
    }
    assertSortsAsArraysSortDoes(values);
  }

  private static void assertSortsAsArraysSortDoes(long[] values) {
    long[] expected = values.clone();
    Arrays.sort(expected);
    Metrics.sort(values);
    assertThat(values).isEqualTo(expected);
  }

  /**
   * The on-time rate's denominator: closed cases, and open cases whose limit ended before the horizon. An
   * open case whose limit ends exactly at the horizon could still close on time at that instant (the run
   * handles no event there), so it is not counted; one second earlier it is, and counts as late.
   */
  @Test
  void anOpenCaseCountsAsLateOnlyOnceItsLimitEndedBeforeTheHorizon() {
    long day = 24 * 3600;
    TraceRow closedOnTime = row(0, SimulatedStatus.CLOSED, 24, 0, 0, null);
    TraceRow closedLate = row(1, SimulatedStatus.CLOSED, 25, 0, 0, null);
    TraceRow open = row(2, SimulatedStatus.OPEN, 0, 0, 0, null);
    assertThat(Metrics.of(List.of(closedOnTime, closedLate, open), day, Map.of()).get(Metrics.ON_TIME_CLOSURE_RATE))
        .isEqualTo(0.5);
    assertThat(Metrics.of(List.of(closedOnTime, closedLate, open), day + 1, Map.of())
        .get(Metrics.ON_TIME_CLOSURE_RATE)).isCloseTo(1 / 3.0, within(1e-12));
  }

  @Test
  void aTraceWithoutClosedOrRatedCasesHasZeroRatesNotNaN() {
    Map<String, Double> m = Metrics.of(List.of(row(0, SimulatedStatus.OPEN, 0, 0, 0, null)), 3600, Map.of());
    assertThat(m.values()).allSatisfy(v -> assertThat(v).isFinite());
    assertThat(m.get(Metrics.CASES)).isEqualTo(1.0);
    assertThat(m.get(Metrics.RESOLUTION_P99_H)).isZero();
    assertThat(m.get(Metrics.REWORK_RATE)).isZero();
    assertThat(m.get(Metrics.ESCALATION_DEPTH)).isZero();
    assertThat(Metrics.of(List.of(), 3600, Map.of()).get(Metrics.CASES)).isZero();
  }

  /** The simulator's tally may be told to expect fewer cases than come; the times then grow. */
  @Test
  void aTallyGrowsBeyondTheCasesExpected() {
    Metrics.Tally tally = new Metrics.Tally(0, 1_000 * 3600);
    for (int i = 0; i < 100; i++) {
      tally.add(SimulatedStatus.CLOSED, 0, (100 - i) * 3600L, 24 * 3600, 0, 0, null);
    }
    Map<String, Double> m = tally.metrics(Map.of());
    assertThat(m.get(Metrics.RESOLUTION_P50_H)).isEqualTo(50.0);
    assertThat(m.get(Metrics.RESOLUTION_P99_H)).isEqualTo(99.0);
    assertThat(m.get(Metrics.CLOSED_SHARE)).isEqualTo(1.0);
  }

  /** Negative values (never a resolution time) must take the comparison sort whatever the length. */
  @Test
  void negativeValuesAreSortedAsSignedAtEveryLength() {
    for (int n : new int[] {2, 100, 4_095, 4_096, 10_000}) {
      long[] values = new long[n];
      for (int i = 0; i < n; i++) {
        values[i] = (i % 3 == 0 ? -1 : 1) * (long) i * 7_919;
      }
      assertSortsAsArraysSortDoes(values);
    }
  }

  @Test
  void badArgumentsAreRefusedByName() {
    assertThatThrownBy(() -> Metrics.of(null, 0, Map.of())).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Metrics.of(List.of(), 0, null)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Metrics.of(List.of(), -1, Map.of())).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("horizonSeconds");
    assertThatThrownBy(() -> Metrics.of(java.util.Arrays.asList(row(0, SimulatedStatus.OPEN, 0, 0, 0, null), null),
        0, Map.of())).isInstanceOf(InvalidInputException.class).hasMessageContaining("rows[1]");
  }

  /** Resolution time and the limit run from the report, not from the start of the run. */
  @Test
  void timesCountFromTheReport() {
    long day = 24 * 3600;
    TraceRow late = new TraceRow(0, 10 * day, "0102", "211381001001001", "ROUTINE", "GRID", SimulatedStatus.CLOSED,
        10 * day + 30 * 3600, day, 0, 0, 1, "grid:x", Optional.empty(), "r");
    TraceRow onTime = new TraceRow(1, 10 * day, "0102", "211381001001001", "ROUTINE", "GRID",
        SimulatedStatus.CLOSED, 10 * day + 6 * 3600, day, 0, 0, 1, "grid:x", Optional.empty(), "r");
    Map<String, Double> m = Metrics.of(List.of(late, onTime), 20 * day, Map.of());
    assertThat(m.get(Metrics.RESOLUTION_P50_H)).isEqualTo(6.0);
    assertThat(m.get(Metrics.RESOLUTION_P99_H)).isEqualTo(30.0);
    assertThat(m.get(Metrics.ON_TIME_CLOSURE_RATE)).isEqualTo(0.5);
  }
}
