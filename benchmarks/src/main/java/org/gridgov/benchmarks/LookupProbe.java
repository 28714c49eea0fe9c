package org.gridgov.benchmarks;

import java.util.List;
import java.util.Locale;

/**
 * Harness beside {@link OrganisationBenchmark}: the same four household look-ups on the same city and keys,
 * called in a plain loop and reported as the best of 15 rounds of one million calls each, which a busy
 * shared machine disturbs less than JMH's averages.
 *
 * <p>Run: {@code java -Xms6g -Xmx6g -cp benchmarks/target/benchmarks.jar org.gridgov.benchmarks.LookupProbe}
 */
public final class LookupProbe {
  private static final int CALLS = 1_000_000;

  private LookupProbe() {}

  /**
   * Runs the harness.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    OrganisationBenchmark b = new OrganisationBenchmark();
    b.setUp();
    double[] best = {1e18, 1e18, 1e18, 1e18};
    long sink = 0;
    for (int round = 0; round < 15; round++) {
      for (int op = 0; op < best.length; op++) {
        long start = System.nanoTime();
        for (int i = 0; i < CALLS; i++) {
          sink += switch (op) {
            case 0 -> b.gridOfHousehold().number();
            case 1 -> b.householdWithinSubdistrict() ? 1 : 0;
            case 2 -> b.workerJurisdiction() ? 1 : 0;
            default -> ((List<?>) b.ancestorsOfHousehold()).size();
          };
        }
        best[op] = Math.min(best[op], (System.nanoTime() - start) / (double) CALLS);
      }
    }
    System.out.printf(Locale.ROOT,
        "best ns/op: gridOf %.0f, isWithin %.0f, hasJurisdiction %.0f, ancestors %.0f (checksum %d)%n",
        best[0], best[1], best[2], best[3], sink);
  }
}
