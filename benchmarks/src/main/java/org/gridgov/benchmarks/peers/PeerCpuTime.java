package org.gridgov.benchmarks.peers;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * Lifecycles per second of the measuring thread's own CPU time, per implementation: a check of
 * {@link PeerLifecycleBenchmark}'s wall-clock figures on a machine shared with other jobs, where time
 * taken by other processes shows up as a slower row. The implementations take turns, one round each of a
 * quarter second, so that a slow phase of the machine (other jobs, the kernel paging out memory, a
 * neighbour on the host) falls on all of them alike; each round divides its lifecycles by the thread's CPU
 * time in it ({@link ThreadMXBean#getCurrentThreadCpuTime}, which leaves out GC and JIT threads), and every
 * other turn runs them in reverse order so that none always comes first. It prints
 * the median and best of the second half of each implementation's rounds, and the median over those turns
 * of the first implementation's rate divided by each other one's in the same turn.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.gridgov.benchmarks.peers.PeerCpuTime
 * [turns, default 64] [implementations, default gridgov,minimal,stateless4j]}. On the project's benchmark
 * machine add {@code -XX:+UseParallelGC -Xmn32m}: its kernel pages out a large young generation between
 * sweeps, and the page faults that follow slow the most allocating rows by up to 13×
 * ({@code docs/BENCHMARKS.md}, "slow mode").
 */
public final class PeerCpuTime {
  private PeerCpuTime() {
  }

  /**
   * Prints lifecycles per CPU-second for each implementation and the ratios of the first to the others.
   *
   * @param args  optionally the number of turns and a comma-separated list of implementations
   * @throws Exception if a lifecycle fails
   */
  public static void main(String[] args) throws Exception {
    int turns = args.length > 0 ? Integer.parseInt(args[0]) : 64;
    String[] names = (args.length > 1 ? args[1] : "gridgov,minimal,stateless4j").split(",");
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Peer[] peers = new Peer[names.length];
    for (int k = 0; k < names.length; k++) {
      peers[k] = Peer.create(names[k]);
    }
    long[][] perCpu = new long[names.length][turns];
    for (int turn = 0; turn < turns; turn++) {
      for (int j = 0; j < peers.length; j++) {
        // Every other turn runs the implementations in reverse order, so that none always comes first.
        int k = turn % 2 == 0 ? j : peers.length - 1 - j;
        perCpu[k][turn] = Rounds.perCpuSecond(threads, peers[k]::lifecycle);
      }
    }
    System.out.printf(Locale.ROOT, "%-14s %16s %16s %16s   (%d alternating turns of %d ms, second half)%n",
        "implementation", "median per CPU s", "best per CPU s", names[0] + " / this", turns,
        Rounds.ROUND_NANOS / 1_000_000);
    for (int k = 0; k < names.length; k++) {
      long[] cpu = Arrays.copyOfRange(perCpu[k], turns / 2, turns);
      Arrays.sort(cpu);
      System.out.printf(Locale.ROOT, "%-14s %16d %16d %16.2f%n", names[k], cpu[cpu.length / 2], cpu[cpu.length - 1],
          Rounds.medianRatio(perCpu[0], perCpu[k], turns / 2));
    }
  }
}
