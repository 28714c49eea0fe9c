package org.gridgov.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * Harness that runs {@link JsonBenchmark}'s four operations in alternating batches on one thread and
 * divides by the thread's own CPU time, so that other processes on a shared machine drop out of the
 * ratio wire ÷ POJO baseline. Prints the median CPU time per operation over the rounds and the ratios.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.gridgov.benchmarks.JsonCpuTime [rounds]}
 */
public final class JsonCpuTime {
  private static final int BATCH = 20_000;

  private JsonCpuTime() {}

  /**
   * Runs the harness.
   *
   * @param args  optional number of measured rounds (default 15), after as many warm-up rounds
   * @throws Exception if the benchmark's set-up fails
   */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    JsonBenchmark b = new JsonBenchmark();
    b.setUp();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    String[] names = {"readWire", "readPojo", "writeWire", "writePojo"};
    double[][] ns = new double[names.length][rounds];
    long sink = 0;
    for (int round = -rounds; round < rounds; round++) {
      for (int op = 0; op < names.length; op++) {
        long start = mx.getCurrentThreadCpuTime();
        for (int i = 0; i < BATCH; i++) {
          sink += switch (op) {
            case 0 -> b.readWire().version();
            case 1 -> b.readPojo().version;
            case 2 -> b.writeWire().length;
            default -> b.writePojo().length;
          };
        }
        if (round >= 0) {
          ns[op][round] = (mx.getCurrentThreadCpuTime() - start) / (double) BATCH;
        }
      }
    }
    double[] median = new double[names.length];
    for (int op = 0; op < names.length; op++) {
      Arrays.sort(ns[op]);
      median[op] = ns[op][rounds / 2];
      System.out.printf(Locale.ROOT, "%-10s %8.2f µs CPU per operation (median of %d rounds)%n", names[op],
          median[op] / 1000, rounds);
    }
    System.out.printf(Locale.ROOT, "ratio wire / POJO: read %.2f, write %.2f (checksum %d)%n", median[0] / median[1],
        median[2] / median[3], sink);
  }
}
