package org.gridgov.routing.sim;

import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gridgov.core.evaluation.Satisfaction;

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
  /**
   * Cases closed within their limit / cases closed plus cases still open whose limit ended before the
   * horizon. A case open at the horizon whose limit ends exactly then is not counted: the run handles no
   * event at the horizon, and the case could still close on time at that instant.
   */
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
   * @param rows  the trace, not null, no row null
   * @param horizonSeconds  the run's horizon in seconds, not negative
   * @param utilisation  busy share per level name, not null
   * @return the metrics by name, sorted by name, not null
   * @throws org.gridgov.core.InvalidInputException if a value is null or the horizon negative
   */
  public static ImmutableMap<String, Double> of(List<TraceRow> rows, long horizonSeconds,
      Map<String, Double> utilisation) {
    if (rows == null || utilisation == null) {
      throw new org.gridgov.core.InvalidInputException("metrics", "rows and utilisation are required");
    }
    if (horizonSeconds < 0) {
      throw new org.gridgov.core.InvalidInputException("horizonSeconds", "must not be negative", horizonSeconds);
    }
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i) == null) {
        throw new org.gridgov.core.InvalidInputException("rows[" + i + "]", "must not be null");
      }
    }
    Tally tally = new Tally(rows.size(), horizonSeconds);
    for (TraceRow r : rows) {
      tally.add(r.status(), r.reportedAt(), r.closedAt(), r.limitSeconds(), r.escalations(), r.reworks(),
          r.rating().orElse(null));
    }
    return tally.metrics(utilisation);
  }

  /**
   * The counts behind the metrics, fed one case at a time: from trace rows by {@link #of}, and by the
   * simulator from its own columns, which then need no rows at all.
   */
  static final class Tally {
    private final long horizonSeconds;
    private int n;
    private int closed;
    private int onTime;
    private int due;
    private int escalated;
    private long escalations;
    private int reworked;
    private int rated;
    private int satisfied;
    private long[] times;

    /**
     * @param expected  the number of cases expected, at least 0 (more may be added)
     * @param horizonSeconds  the run's horizon in seconds
     */
    Tally(int expected, long horizonSeconds) {
      this.horizonSeconds = horizonSeconds;
      this.times = new long[Math.max(16, expected)];
    }

    /**
     * Counts one case, with the meaning of the {@link TraceRow} fields of the same names.
     *
     * @param rating  the rating, null if none
     */
    void add(SimulatedStatus status, long reportedAt, long closedAt, long limitSeconds, int caseEscalations,
        int reworks, Satisfaction rating) {
      n++;
      boolean isClosed = status == SimulatedStatus.CLOSED;
      if (isClosed || reportedAt + limitSeconds < horizonSeconds) {
        due++;
      }
      if (isClosed) {
        if (closed == times.length) {
          times = Arrays.copyOf(times, closed * 2);
        }
        times[closed++] = closedAt - reportedAt;
        if (TraceRow.withinLimit(reportedAt, closedAt, limitSeconds)) {
          onTime++;
        }
        if (reworks > 0) {
          reworked++;
        }
      }
      if (caseEscalations > 0) {
        escalated++;
        escalations += caseEscalations;
      }
      if (rating != null) {
        rated++;
        if (rating.countsAsSatisfied()) {
          satisfied++;
        }
      }
    }

    /**
     * Returns the metrics of the cases counted.
     *
     * @param utilisation  busy share per level name, not null
     * @return the metrics by name, sorted by name, not null
     */
    ImmutableMap<String, Double> metrics(Map<String, Double> utilisation) {
      Map<String, Double> m = new TreeMap<>();
      long[] sorted = Arrays.copyOf(times, closed);
      sort(sorted);
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
  }

  /** Digits of {@link #sort}'s passes: 2,048 counters, which stay in the processor's first-level cache. */
  private static final int DIGIT_BITS = 11;
  /** Below this length a comparison sort is as fast and allocates nothing. */
  private static final int RADIX_MIN = 1 << 12;

  /**
   * Sorts values ascending, as {@link Arrays#sort(long[])} does. Resolution times are never negative, and
   * for those it uses a least-significant-digit radix sort: as many passes of {@value #DIGIT_BITS} bits as
   * the largest value needs (three for a year in seconds), two sweeps over the values each. A megacity
   * year's 4.4 million times took about a third of a second with the comparison sort, about 2 % of the
   * replication ({@code docs/SIMULATOR.md}, tenth round). Other inputs (short, or
   * with a negative value) go to {@link Arrays#sort(long[])}.
   */
  static void sort(long[] values) {
    long bits = 0;
    for (long v : values) {
      bits |= v;
    }
    if (values.length < RADIX_MIN || bits < 0) {
      Arrays.sort(values);
      return;
    }
    long[] from = values;
    long[] to = new long[values.length];
    int[] starts = new int[1 << DIGIT_BITS];
    int mask = (1 << DIGIT_BITS) - 1;
    for (int shift = 0; shift < Long.SIZE && bits >>> shift != 0; shift += DIGIT_BITS) {
      Arrays.fill(starts, 0);
      for (long v : from) {
        starts[(int) (v >>> shift) & mask]++;
      }
      int start = 0;
      for (int d = 0; d < starts.length; d++) {
        int count = starts[d];
        starts[d] = start;
        start += count;
      }
      for (long v : from) {
        to[starts[(int) (v >>> shift) & mask]++] = v;
      }
      long[] sorted = to;
      to = from;
      from = sorted;
    }
    if (from != values) {
      System.arraycopy(from, 0, values, 0, values.length);
    }
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
