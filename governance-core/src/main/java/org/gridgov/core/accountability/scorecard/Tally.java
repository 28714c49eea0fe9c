package org.gridgov.core.accountability.scorecard;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.gridgov.core.internal.Checks;

/**
 * Counts of every {@link Measure}: the additive summary of a subject's data, so that a period's tally
 * is the sum of its days' tallies and replacing a day is a subtraction and an addition.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Tally {
  private static final Measure[] MEASURES = Measure.values();
  private static final Tally ZERO = new Tally(new long[MEASURES.length]);

  private final long[] counts;

  private Tally(long[] counts) {
    this.counts = counts;
  }

  /**
   * Returns the tally with every count zero.
   *
   * @return the empty tally, not null
   */
  public static Tally zero() {
    return ZERO;
  }

  /**
   * Returns the tally with the given counts, every other measure zero: the inverse of {@link #asMap()},
   * for reading a tally back from storage or the wire. A count may be negative, as {@link #minus} can give.
   *
   * @param counts  the counts by measure, not null, without null keys or values
   * @return the tally, not null
   * @throws org.gridgov.core.InvalidInputException if the map, a measure or a count is null
   */
  public static Tally of(Map<Measure, Long> counts) {
    Checks.notNull(counts, "counts");
    long[] out = new long[MEASURES.length];
    counts.forEach((measure, count) -> {
      Checks.notNull(measure, "counts");
      out[measure.ordinal()] = Checks.notNull(count, "counts[" + measure + "]");
    });
    return new Tally(out);
  }

  /**
   * Returns a count.
   *
   * @param measure  the measure, not null
   * @return the count
   */
  public long get(Measure measure) {
    return counts[Checks.notNull(measure, "measure").ordinal()];
  }

  /**
   * Returns the sum of this tally and another.
   *
   * @param other  the other tally, not null
   * @return the sum, not null
   */
  public Tally plus(Tally other) {
    long[] sum = counts.clone();
    for (int i = 0; i < sum.length; i++) {
      sum[i] += other.counts[i];
    }
    return new Tally(sum);
  }

  /**
   * Returns this tally less another.
   *
   * @param other  the other tally, not null
   * @return the difference, not null
   */
  public Tally minus(Tally other) {
    long[] diff = counts.clone();
    for (int i = 0; i < diff.length; i++) {
      diff[i] -= other.counts[i];
    }
    return new Tally(diff);
  }

  /**
   * Returns whether every count is zero.
   *
   * @return true if empty
   */
  public boolean isZero() {
    for (long c : counts) {
      if (c != 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the non-zero counts.
   *
   * @return the counts by measure, not null
   */
  public Map<Measure, Long> asMap() {
    Map<Measure, Long> out = new EnumMap<>(Measure.class);
    for (Measure m : MEASURES) {
      if (counts[m.ordinal()] != 0) {
        out.put(m, counts[m.ordinal()]);
      }
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Tally t && Arrays.equals(counts, t.counts);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(counts);
  }

  @Override
  public String toString() {
    return asMap().toString();
  }

  /** Accumulates counts; not thread-safe. */
  static final class Counter {
    private final long[] counts = new long[MEASURES.length];

    void add(Measure m) {
      counts[m.ordinal()]++;
    }

    void addIf(boolean condition, Measure m) {
      if (condition) {
        counts[m.ordinal()]++;
      }
    }

    Tally toTally() {
      return new Tally(counts.clone());
    }
  }
}
