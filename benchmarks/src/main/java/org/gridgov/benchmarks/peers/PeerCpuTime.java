package org.gridgov.benchmarks.peers;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * Lifecycles per second of the measuring thread's own CPU time, per implementation: a check of
 * {@link PeerLifecycleBenchmark}'s wall-clock figures on a machine shared with other jobs, where time
 * taken by other processes shows up as a slower row. It runs each implementation for a number of
 * one-second rounds, divides the lifecycles of each round by the thread's CPU time in it
 * ({@link ThreadMXBean#getCurrentThreadCpuTime}, which leaves out GC and JIT threads), and prints the
 * median and best of the second half of the rounds beside the wall-clock rate.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.gridgov.benchmarks.peers.PeerCpuTime
 * [seconds per implementation, default 16] [implementations, default gridgov,minimal,stateless4j]}. On the
 * project's benchmark machine add {@code -XX:+UseParallelGC -Xmn32m}: its kernel pages out a large young
 * generation between sweeps, and the page faults that follow slow the most allocating rows by up to 13×
 * ({@code docs/BENCHMARKS.md}, "slow mode").
 */
public final class PeerCpuTime {

  /** Keeps the results alive so that the JIT cannot drop the work. */
  private static volatile Object sink;

  private PeerCpuTime() {
  }

  /**
   * Prints lifecycles per CPU-second and per wall-clock second for each implementation.
   *
   * @param args  optionally the seconds per implementation and a comma-separated list of implementations
   */
  public static void main(String[] args) {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 16;
    String[] names = (args.length > 1 ? args[1] : "gridgov,minimal,stateless4j").split(",");
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    System.out.printf(Locale.ROOT, "%-14s %16s %16s %16s   (%d one-second rounds, second half)%n",
        "implementation", "median per CPU s", "best per CPU s", "median per s", seconds);
    for (String name : names) {
      Peer peer = Peer.create(name);
      long[] perCpu = new long[seconds];
      long[] perWall = new long[seconds];
      for (int round = 0; round < seconds; round++) {
        long cpuStart = threads.getCurrentThreadCpuTime();
        long end = System.nanoTime() + 1_000_000_000L;
        long n = 0;
        while (System.nanoTime() < end) {
          for (int i = 0; i < 1_000; i++) {
            sink = peer.lifecycle();
          }
          n += 1_000;
        }
        perCpu[round] = (long) (n * 1e9 / (threads.getCurrentThreadCpuTime() - cpuStart));
        perWall[round] = n;
      }
      long[] cpu = Arrays.copyOfRange(perCpu, seconds / 2, seconds);
      long[] wall = Arrays.copyOfRange(perWall, seconds / 2, seconds);
      Arrays.sort(cpu);
      Arrays.sort(wall);
      System.out.printf(Locale.ROOT, "%-14s %16d %16d %16d%n", name, cpu[cpu.length / 2], cpu[cpu.length - 1],
          wall[wall.length / 2]);
    }
  }
}
