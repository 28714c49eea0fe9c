package org.gridgov.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.gridgov.core.org.CityId;
import org.gridgov.core.org.GridId;
import org.gridgov.core.org.HouseholdId;
import org.gridgov.core.org.Organisation;
import org.gridgov.core.org.PlaceId;
import org.gridgov.core.org.Role;
import org.gridgov.core.org.SubdistrictId;
import org.gridgov.core.people.PersonId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Lookups in a 20,000-grid, 6-million-household organisation: the grid of a household, containment of a
 * household in a subdistrict, and a grid worker's jurisdiction over a household. Keys are drawn from
 * 4,096 pre-generated random households so the lookups miss caches as a portal's would.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms8g", "-Xmx8g"})
@State(Scope.Benchmark)
public class OrganisationBenchmark {
  private static final int KEYS = 4096;

  private Organisation org;
  private HouseholdId[] households;
  private SubdistrictId[] subdistricts;
  private PersonId[] workers;
  private int i;

  /** Builds the city once per fork and draws the keys with a fixed seed. */
  @Setup(Level.Trial)
  public void setUp() {
    org = MegaCity.build();
    SplittableRandom r = new SplittableRandom(42);
    households = new HouseholdId[KEYS];
    subdistricts = new SubdistrictId[KEYS];
    workers = new PersonId[KEYS];
    CityId city = org.city();
    for (int k = 0; k < KEYS; k++) {
      int s = 1 + r.nextInt(MegaCity.SUBDISTRICTS);
      GridId grid = city.subdistrict(s).community(1 + r.nextInt(MegaCity.COMMUNITIES)).grid(1 + r.nextInt(MegaCity.GRIDS));
      households[k] = MegaCity.household(grid, 1 + r.nextInt(MegaCity.BUILDINGS), 1 + r.nextInt(MegaCity.UNITS),
          1 + r.nextInt(MegaCity.HOUSEHOLDS));
      subdistricts[k] = city.subdistrict(1 + r.nextInt(MegaCity.SUBDISTRICTS));
      workers[k] = org.holders(Role.GRID_WORKER, r.nextBoolean() ? grid : city.subdistrict(s).community(1).grid(1)).get(0);
    }
  }

  /** The grid of a household: three hash look-ups. */
  @Benchmark
  public GridId gridOfHousehold() {
    return org.gridOf(households[i++ & (KEYS - 1)]).orElseThrow();
  }

  /** Whether a household lies within a subdistrict. */
  @Benchmark
  public boolean householdWithinSubdistrict() {
    int k = i++ & (KEYS - 1);
    return org.isWithin(households[k], subdistricts[k]);
  }

  /** Whether a grid worker's jurisdiction covers a household (the case loop's authority check). */
  @Benchmark
  public boolean workerJurisdiction() {
    int k = i++ & (KEYS - 1);
    return org.hasJurisdiction(workers[k], Role.GRID_WORKER, households[k]);
  }

  /** The ancestors of a household, up to the city. */
  @Benchmark
  public Object ancestorsOfHousehold() {
    PlaceId h = households[i++ & (KEYS - 1)];
    return org.ancestors(h);
  }
}
