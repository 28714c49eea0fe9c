package org.gridgov.routing.sim;

import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The metrics of one replication, by name, computed from its trace and the units' busy time.
 *
 * <p>Names: {@value #CASES}, {@value #CLOSED_SHARE}, {@value #ON_TIME_CLOSURE_RATE},
 * {@value #RESOLUTION_P50_H}, {@value #RESOLUTION_P90_H}, {@value #RESOLUTION_P99_H},
 * {@value #ESCALATION_RATE}, {@value #ESCALATION_DEPTH}, {@value #REWORK_RATE}, {@value #SATISFACTION_RATE},
 * plus {@code utilisation.<LEVEL>} per level (DEPARTMENT for departments). Rates are shares in 0..1.
 */
public final class Metrics {
  /** Number of generated cases. */
  public static final String CASES = "cases";
  /** Closed cases / cases. */
  public static final String CLOSED_SHARE = "closed_share";
  /** Cases closed within their limit / cases that were due by the horizon or closed. */
  public static final String ON_TIME_CLOSURE_RATE = "on_time_closure_rate";
  /** Median resolution time of closed cases, hours. */
  public static final String RESOLUTION_P50_H = "resolution_p50_h";
  /** 90th percentile resolution time, hours. */
  public static final String RESOLUTION_P90_H = "resolution_p90_h";
  /** 99th percentile resolution time, hours. */
  public static final String RESOLUTION_P99_H = "resolution_p99_h";
  /** Cases escalated at least once / cases. */
  public static final String ESCALATION_RATE = "escalation_rate";
  /** Mean escalations of escalated cases. */
  public static final String ESCALATION_DEPTH = "escalation_depth";
  /** Closed cases reworked at least once / closed cases. */
  public static final String REWORK_RATE = "rework_rate";
  /** Satisfied or basically satisfied / rated cases. */
  public static final String SATISFACTION_RATE = "satisfaction_rate";

  private Metrics() {}

  /**
   * Computes the metrics of a trace.
   *
   * @param rows  the trace, not null
   * @param horizonSeconds  the run's horizon in seconds
   * @param utilisation  busy share per level name, not null
   * @return the metrics by name, sorted by name, not null
   */
  public static ImmutableMap<String, Double> of(List<TraceRow> rows, long horizonSeconds,
      Map<String, Double> utilisation) {
    Map<String, Double> m = new TreeMap<>();
    int n = rows.size();
    int closed = 0;
    int onTime = 0;
    int due = 0;
    int escalated = 0;
    long escalations = 0;
    int reworked = 0;
    int rated = 0;
    int satisfied = 0;
    long[] times = new long[n];
    for (TraceRow r : rows) {
      boolean isClosed = r.status() == SimulatedStatus.CLOSED;
      if (isClosed || r.reportedAt() + r.limitSeconds() <= horizonSeconds) {
        due++;
      }
      if (isClosed) {
        times[closed++] = r.resolutionSeconds();
        if (r.closedOnTime()) {
          onTime++;
        }
        if (r.reworks() > 0) {
          reworked++;
        }
      }
      if (r.escalations() > 0) {
        escalated++;
        escalations += r.escalations();
      }
      if (r.rating().isPresent()) {
        rated++;
        if (r.rating().get().countsAsSatisfied()) {
          satisfied++;
        }
      }
    }
    long[] sorted = Arrays.copyOf(times, closed);
    Arrays.sort(sorted);
    m.put(CASES, (double) n);
    m.put(CLOSED_SHARE, share(closed, n));
    m.put(ON_TIME_CLOSURE_RATE, share(onTime, due));
    m.put(RESOLUTION_P50_H, percentile(sorted, 0.50) / 3600.0);
    m.put(RESOLUTION_P90_H, percentile(sorted, 0.90) / 3600.0);
    m.put(RESOLUTION_P99_H, percentile(sorted, 0.99) / 3600.0);
    m.put(ESCALATION_RATE, share(escalated, n));
    m.put(ESCALATION_DEPTH, escalated == 0 ? 0 : (double) escalations / escalated);
    m.put(REWORK_RATE, share(reworked, closed));
    m.put(SATISFACTION_RATE, share(satisfied, rated));
    utilisation.forEach((level, u) -> m.put("utilisation." + level, u));
    return ImmutableMap.copyOf(m);
  }

  /**
   * Returns a percentile by the nearest-rank method.
   *
   * @param sorted  values in ascending order, not null
   * @param p  the percentile, 0 to 1
   * @return the value, 0 if there are none
   */
  static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  private static double share(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }
}
