package org.gridgov.benchmarks;

import java.util.Locale;
import org.gridgov.core.org.BuildingId;
import org.gridgov.core.org.ChangeOutcome;
import org.gridgov.core.org.GridId;
import org.gridgov.core.org.Organisation;
import org.gridgov.core.org.OrganisationChange;

/**
 * Harness for what JMH does not measure well: the wall time to build the 6-million-household
 * organisation and the heap it retains. Builds it several times, forcing garbage collection between
 * runs, and prints build seconds and retained heap per run, then the time to apply one change (move a
 * building to the neighbouring grid) to the built city, which validates a whole new snapshot.
 *
 * <p>Run: {@code java -Xmx8g -cp benchmarks/target/benchmarks.jar org.gridgov.benchmarks.OrganisationFootprint}
 */
public final class OrganisationFootprint {
  private OrganisationFootprint() {}

  /**
   * Runs the harness.
   *
   * @param args  optional number of runs (default 3)
   */
  public static void main(String[] args) {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    for (int run = 1; run <= runs; run++) {
      long before = usedAfterGc();
      long start = System.nanoTime();
      Organisation org = MegaCity.build();
      double seconds = (System.nanoTime() - start) / 1e9;
      long retained = usedAfterGc() - before;
      System.out.printf(Locale.ROOT, "run %d: %d grids, %,d households, built in %.2f s, retains %,d MB"
          + " (%.0f bytes per household)%n", run, org.grids().size(), org.registeredHouseholdCount(), seconds,
          retained >> 20, (double) retained / org.registeredHouseholdCount());
      GridId from = org.grids().get(0).id();
      GridId to = org.grids().get(1).id();
      long changeStart = System.nanoTime();
      ChangeOutcome outcome = org.apply(new OrganisationChange.MoveBuilding(BuildingId.of(from.code() + "-1"), to));
      System.out.printf(Locale.ROOT, "       one change (move a building): %.2f s, %s%n",
          (System.nanoTime() - changeStart) / 1e9, outcome.getClass().getSimpleName());
      org = null;
    }
  }

  private static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
