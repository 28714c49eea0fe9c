package org.gridgov.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.gridgov.core.calendar.BusinessCalendar;
import org.gridgov.core.calendar.TimeKind;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Cost of {@link BusinessCalendar#elapsed} and {@link BusinessCalendar#advance} on the shipped
 * mainland-China calendar, for spans from 1 hour to 30 days starting anywhere in 2025–2027, as the
 * case loop calls them on every transition.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CalendarBenchmark {
  private static final int SIZE = 4096;

  @Param({"WORKING_HOURS", "WORKING_DAYS", "NATURAL_DAYS"})
  public TimeKind kind;

  private BusinessCalendar calendar;
  private final Instant[] from = new Instant[SIZE];
  private final Instant[] to = new Instant[SIZE];
  private final Duration[] amount = new Duration[SIZE];
  private int i;

  /** Draws start instants over 2025–2026 and spans of 1 hour to 30 days from a fixed seed. */
  @Setup
  public void setUp() {
    calendar = BusinessCalendar.chinaMainland();
    SplittableRandom random = new SplittableRandom(42);
    long start = calendar.first().atStartOfDay(calendar.zone()).toEpochSecond();
    long twoYears = 2L * 365 * 86_400;
    for (int k = 0; k < SIZE; k++) {
      long span = random.nextLong(3_600, 30L * 86_400 + 1);
      from[k] = Instant.ofEpochSecond(start + random.nextLong(twoYears));
      to[k] = from[k].plusSeconds(span);
      // counted amounts of the same order: hours for working hours, days for the others
      amount[k] = kind == TimeKind.WORKING_HOURS
          ? Duration.ofSeconds(random.nextLong(3_600, 80L * 3_600)) : Duration.ofSeconds(span);
    }
  }

  /** Measures elapsed counted time over one span. */
  @Benchmark
  public Duration elapsed() {
    int k = i++ & (SIZE - 1);
    return calendar.elapsed(kind, from[k], to[k]);
  }

  /** Measures the end of one amount of counted time. */
  @Benchmark
  public Instant advance() {
    int k = i++ & (SIZE - 1);
    return calendar.advance(kind, from[k], amount[k]);
  }
}
