package org.gridgov.benchmarks;

import java.util.SplittableRandom;
import java.util.Locale;
import org.gridgov.core.org.CityId;
import org.gridgov.core.org.GridId;
import org.gridgov.core.org.HouseholdId;
import org.gridgov.core.org.Organisation;
import org.gridgov.core.org.Role;
import org.gridgov.core.org.SubdistrictId;
import org.gridgov.core.people.PersonId;

/**
 * Harness beside {@link OrganisationBenchmark}: the same four household look-ups in a plain loop, reported
 * as the best of 15 rounds of one million calls each, which a busy shared machine disturbs less than
 * JMH's averages.
 *
 * <p>Run: {@code java -Xms6g -Xmx6g -cp benchmarks/target/benchmarks.jar org.gridgov.benchmarks.LookupProbe}
 */
public final class LookupProbe {
  private LookupProbe() {}

  /**
   * Runs the harness.
   *
   * @param a  ignored
   */
  public static void main(String[] a) {
    Organisation org = MegaCity.build();
    int K = 4096;
    SplittableRandom r = new SplittableRandom(42);
    HouseholdId[] hh = new HouseholdId[K];
    SubdistrictId[] sd = new SubdistrictId[K];
    PersonId[] w = new PersonId[K];
    CityId city = org.city();
    for (int k = 0; k < K; k++) {
      int s = 1 + r.nextInt(MegaCity.SUBDISTRICTS);
      GridId grid = city.subdistrict(s).community(1 + r.nextInt(MegaCity.COMMUNITIES)).grid(1 + r.nextInt(MegaCity.GRIDS));
      hh[k] = MegaCity.household(grid, 1 + r.nextInt(MegaCity.BUILDINGS), 1 + r.nextInt(MegaCity.UNITS), 1 + r.nextInt(MegaCity.HOUSEHOLDS));
      sd[k] = city.subdistrict(1 + r.nextInt(MegaCity.SUBDISTRICTS));
      w[k] = org.holders(Role.GRID_WORKER, r.nextBoolean() ? grid : city.subdistrict(s).community(1).grid(1)).get(0);
    }
    int N = 1_000_000;
    double[] best = {1e18, 1e18, 1e18, 1e18};
    long sink = 0;
    for (int round = 0; round < 15; round++) {
      for (int op = 0; op < 4; op++) {
        long t = System.nanoTime();
        for (int i = 0; i < N; i++) {
          int k = i & (K - 1);
          switch (op) {
            case 0 -> sink += org.gridOf(hh[k]).get().number();
            case 1 -> sink += org.isWithin(hh[k], sd[k]) ? 1 : 0;
            case 2 -> sink += org.hasJurisdiction(w[k], Role.GRID_WORKER, hh[k]) ? 1 : 0;
            default -> sink += org.ancestors(hh[k]).size();
          }
        }
        best[op] = Math.min(best[op], (System.nanoTime() - t) / (double) N);
      }
    }
    System.out.printf(Locale.ROOT, "best ns/op: gridOf %.0f, isWithin %.0f, hasJurisdiction %.0f, ancestors %.0f (sink %d)%n",
        best[0], best[1], best[2], best[3], sink);
  }
}
