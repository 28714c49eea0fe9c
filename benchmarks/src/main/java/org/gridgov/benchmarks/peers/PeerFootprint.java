package org.gridgov.benchmarks.peers;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.Arrays;
import java.util.Locale;

/**
 * Retained heap per open case, per implementation: opens N cases and runs each through its first six
 * transitions (report … reassign → start, so the case is being handled), keeps what a caller keeps per
 * case (our {@code CaseState} with its event log; a peer's machine; Spring's reused machine's persisted
 * context), and measures the heap after full GCs, before and after, divided by N. Each implementation
 * is measured three times; the median is printed.
 *
 * <p>Run: {@code java -XX:+UseSerialGC -Xmx1g -cp benchmarks/target/benchmarks.jar
 * org.gridgov.benchmarks.peers.PeerFootprint [cases]}.
 */
public final class PeerFootprint {
  private static final int TRANSITIONS = 6;

  private PeerFootprint() {
  }

  /**
   * Prints bytes retained per open case for every implementation.
   *
   * @param args  optionally the number of cases (default 20,000)
   * @throws InterruptedException if interrupted while letting the GC settle
   */
  public static void main(String[] args) throws InterruptedException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    System.out.printf(Locale.ROOT, "%-14s %14s   (%d open cases, %d transitions each, median of 3)%n",
        "implementation", "bytes/case", n, TRANSITIONS);
    for (String name : Peer.NAMES) {
      Peer peer = Peer.create(name);
      for (int i = 0; i < 2_000; i++) {
        peer.open(i, TRANSITIONS);
      }
      long[] perCase = new long[3];
      for (int round = 0; round < perCase.length; round++) {
        Object[] kept = new Object[n];
        long before = usedAfterGc();
        for (int i = 0; i < n; i++) {
          kept[i] = peer.open(i, TRANSITIONS);
        }
        long after = usedAfterGc();
        if (peer.statusOf(kept[n - 1]) != Trigger.AFTER[TRANSITIONS - 1]) {
          throw new IllegalStateException(name + " left the case in " + peer.statusOf(kept[n - 1]));
        }
        perCase[round] = (after - before) / n;
        Reference.reachabilityFence(kept);
      }
      Arrays.sort(perCase);
      System.out.printf(Locale.ROOT, "%-14s %14d%n", name, perCase[1]);
    }
  }

  private static long usedAfterGc() throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(50);
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
