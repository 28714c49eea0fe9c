package org.gridgov.benchmarks.peers;

import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.concurrent.Callable;

/** A timed round of lifecycles, shared by the harnesses that compare rates by the thread's CPU time. */
final class Rounds {
  /** The length of a round. */
  static final long ROUND_NANOS = 250_000_000L;

  /** Keeps the results alive so that the JIT cannot drop the work. */
  private static volatile Object sink;

  private Rounds() {
  }

  /**
   * Runs lifecycles for one round, in batches of a thousand, and returns how many ran per second of the
   * calling thread's own CPU time (which leaves out GC and JIT threads and other processes).
   *
   * @param threads  the thread bean, for the CPU time
   * @param lifecycle  one lifecycle
   * @return lifecycles per CPU-second
   * @throws Exception if a lifecycle fails
   */
  static long perCpuSecond(ThreadMXBean threads, Callable<Object> lifecycle) throws Exception {
    long cpuStart = threads.getCurrentThreadCpuTime();
    long end = System.nanoTime() + ROUND_NANOS;
    long n = 0;
    while (System.nanoTime() < end) {
      for (int i = 0; i < 1_000; i++) {
        sink = lifecycle.call();
      }
      n += 1_000;
    }
    return (long) (n * 1e9 / (threads.getCurrentThreadCpuTime() - cpuStart));
  }

  /**
   * Returns the median over rounds {@code from} to the end of {@code numerators[r] / denominators[r]}: two
   * rates measured next to each other in time, so that a slow phase of the machine cancels out.
   */
  static double medianRatio(long[] numerators, long[] denominators, int from) {
    double[] ratio = new double[numerators.length - from];
    for (int r = 0; r < ratio.length; r++) {
      ratio[r] = (double) numerators[from + r] / denominators[from + r];
    }
    Arrays.sort(ratio);
    return ratio[ratio.length / 2];
  }
}
