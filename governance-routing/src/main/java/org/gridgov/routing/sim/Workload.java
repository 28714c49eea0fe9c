package org.gridgov.routing.sim;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.gridgov.core.category.CategoryCode;
import org.gridgov.core.org.Grid;
import org.gridgov.core.org.GridId;
import org.gridgov.core.org.Level;
import org.gridgov.core.org.Organisation;
import org.gridgov.routing.CapabilityTable;
import org.gridgov.routing.Urgency;

/**
 * The cases of one replication, drawn before the run so that every policy meets exactly the same cases,
 * handling-time draws and verdicts (common random numbers).
 *
 * <p>Arrivals are a non-homogeneous Poisson process (thinning) with the scenario's hourly, weekly and storm
 * factors; each random source has its own named stream. This class is immutable and thread-safe.
 */
public final class Workload {
  /**
   * Draws kept per case for handling attempts and for verifications: a {@link GeneratedCase} carries this many
   * of each. Later attempts reuse the handling draws; later verifications derive fresh uniforms from them.
   */
  public static final int DRAWS = 4;

  private static final Urgency[] URGENCIES = Urgency.values();
  private static final Level[] LEVELS = Level.values();

  // Columns, one entry per case (DRAWS entries for the draws): about 90 bytes a case instead of a record
  // with two small arrays (about 150), which matters at millions of cases.
  private final int size;
  private final long[] arrival;
  private final int[] grid;
  private final int[] category;
  private final byte[] urgency;
  private final byte[] solvableAt;
  private final double[] normals;
  private final double[] uniforms;
  private final double[] satisfaction;
  private final GridId[] grids;
  private final CategoryCode[] categories;

  private Workload(Columns c) {
    this.size = c.size;
    // Columns sized from the expected count keep a little slack; trimming would copy several hundred
    // megabytes at megacity scale for a few per cent of memory, so only a large slack is trimmed.
    boolean trim = c.arrival.length - c.size > c.size / 16 + 1024;
    this.arrival = trim ? java.util.Arrays.copyOf(c.arrival, c.size) : c.arrival;
    this.grid = trim ? java.util.Arrays.copyOf(c.grid, c.size) : c.grid;
    this.category = trim ? java.util.Arrays.copyOf(c.category, c.size) : c.category;
    this.urgency = trim ? java.util.Arrays.copyOf(c.urgency, c.size) : c.urgency;
    this.solvableAt = trim ? java.util.Arrays.copyOf(c.solvableAt, c.size) : c.solvableAt;
    this.normals = trim ? java.util.Arrays.copyOf(c.normals, c.size * DRAWS) : c.normals;
    this.uniforms = trim ? java.util.Arrays.copyOf(c.uniforms, c.size * DRAWS) : c.uniforms;
    this.satisfaction = trim ? java.util.Arrays.copyOf(c.satisfaction, c.size) : c.satisfaction;
    this.grids = c.grids.toArray(new GridId[0]);
    this.categories = c.categories.toArray(new CategoryCode[0]);
  }

  /** Growing columns while a workload is built; grids and categories are numbered as first met. */
  private static final class Columns {
    int size;
    long[] arrival;
    int[] grid;
    int[] category;
    byte[] urgency;
    byte[] solvableAt;
    double[] normals;
    double[] uniforms;
    double[] satisfaction;
    final List<GridId> grids = new java.util.ArrayList<>();
    final Map<GridId, Integer> gridIndex = new java.util.HashMap<>();
    final List<CategoryCode> categories = new java.util.ArrayList<>();
    final Map<CategoryCode, Integer> categoryIndex = new java.util.HashMap<>();

    Columns(int capacity) {
      int n = Math.max(16, capacity);
      arrival = new long[n];
      grid = new int[n];
      category = new int[n];
      urgency = new byte[n];
      solvableAt = new byte[n];
      normals = new double[n * DRAWS];
      uniforms = new double[n * DRAWS];
      satisfaction = new double[n];
    }

    void add(GeneratedCase g) {
      add(g.arrival(), g.grid(), g.category(), g.urgency(), g.solvableAt(), g.handlingNormals(),
          g.verificationUniforms(), g.satisfactionUniform());
    }

    void add(long at, GridId gridId, CategoryCode code, Urgency u, Level level, double[] handling,
        double[] verification, double rating) {
      int g = gridIndex.computeIfAbsent(gridId, k -> {
        grids.add(k);
        return grids.size() - 1;
      });
      int k = categoryIndex.computeIfAbsent(code, x -> {
        categories.add(x);
        return categories.size() - 1;
      });
      add(at, g, k, u, level, handling, verification, rating);
    }

    /** Adds a case whose grid and category are given by their numbers in {@link #grids} and {@link #categories}. */
    void add(long at, int gridNumber, int categoryNumber, Urgency u, Level level, double[] handling,
        double[] verification, double rating) {
      if (size == arrival.length) {
        int n = size + Math.max(16, size / 4);
        arrival = java.util.Arrays.copyOf(arrival, n);
        grid = java.util.Arrays.copyOf(grid, n);
        category = java.util.Arrays.copyOf(category, n);
        urgency = java.util.Arrays.copyOf(urgency, n);
        solvableAt = java.util.Arrays.copyOf(solvableAt, n);
        normals = java.util.Arrays.copyOf(normals, n * DRAWS);
        uniforms = java.util.Arrays.copyOf(uniforms, n * DRAWS);
        satisfaction = java.util.Arrays.copyOf(satisfaction, n);
      }
      arrival[size] = at;
      grid[size] = gridNumber;
      category[size] = categoryNumber;
      urgency[size] = (byte) u.ordinal();
      solvableAt[size] = (byte) level.ordinal();
      for (int i = 0; i < DRAWS; i++) {
        normals[size * DRAWS + i] = handling[i];
        uniforms[size * DRAWS + i] = verification[i];
      }
      satisfaction[size] = rating;
      size++;
    }
  }

  /**
   * One generated case: what is reported, and the hidden truth the simulator uses to play it out.
   *
   * @param arrival  seconds after the scenario's start
   * @param grid  the grid it happens in
   * @param category  the category
   * @param urgency  the urgency
   * @param solvableAt  the lowest level that can really solve it
   * @param handlingNormals  {@value #DRAWS} standard-normal draws for successive handling attempts, finite
   * @param verificationUniforms  {@value #DRAWS} uniform draws in [0, 1] for successive verifications
   * @param satisfactionUniform  the uniform draw in [0, 1] for the resident's rating
   */
  public record GeneratedCase(long arrival, GridId grid, CategoryCode category, Urgency urgency, Level solvableAt,
      double[] handlingNormals, double[] verificationUniforms, double satisfactionUniform) {

    /**
     * Creates the case, keeping copies of the draws.
     *
     * @throws org.gridgov.core.InvalidInputException if the arrival is negative, a value is null, the level
     *     is not one of the ladder (grid, community, subdistrict, city), a draw array does not hold
     *     {@value #DRAWS} draws, or a draw is out of its range
     */
    public GeneratedCase {
      if (arrival < 0) {
        throw new org.gridgov.core.InvalidInputException("arrival", "must not be negative", arrival);
      }
      if (grid == null || category == null || urgency == null || solvableAt == null) {
        throw new org.gridgov.core.InvalidInputException("case", "grid, category, urgency and solvableAt are "
            + "required");
      }
      if (solvableAt != Level.GRID && solvableAt != Level.COMMUNITY && solvableAt != Level.SUBDISTRICT
          && solvableAt != Level.CITY) {
        throw new org.gridgov.core.InvalidInputException("solvableAt", "must be a grid, community, subdistrict or "
            + "city level", solvableAt);
      }
      handlingNormals = draws(handlingNormals, "handlingNormals", Double.NEGATIVE_INFINITY);
      verificationUniforms = draws(verificationUniforms, "verificationUniforms", 0);
      if (!(satisfactionUniform >= 0 && satisfactionUniform <= 1)) {
        throw new org.gridgov.core.InvalidInputException("satisfactionUniform", "must be between 0 and 1",
            satisfactionUniform);
      }
    }

    /** Returns a copy of the handling draws. */
    @Override
    public double[] handlingNormals() {
      return handlingNormals.clone();
    }

    /** Returns a copy of the verification draws. */
    @Override
    public double[] verificationUniforms() {
      return verificationUniforms.clone();
    }

    /** Checks and copies draws: uniforms (min 0) lie in [0, 1], normals (no min) are finite. */
    private static double[] draws(double[] values, String field, double min) {
      if (values == null || values.length != DRAWS) {
        throw new org.gridgov.core.InvalidInputException(field, "must hold " + DRAWS + " draws",
            values == null ? null : values.length);
      }
      for (int i = 0; i < DRAWS; i++) {
        double v = values[i];
        boolean ok = min == 0 ? v >= 0 && v <= 1 : Double.isFinite(v);
        if (!ok) {
          throw new org.gridgov.core.InvalidInputException(field + "[" + i + "]", min == 0
              ? "must be between 0 and 1" : "must be finite", v);
        }
      }
      return values.clone();
    }
  }

  /**
   * Generates the workload of a replication.
   *
   * @param scenario  the scenario, not null
   * @param organisation  the city, not null
   * @param capabilities  the capability table the truth is drawn around, not null
   * @param streams  the replication's random streams, not null
   * @return the workload, cases in arrival order, not null
   * @throws org.gridgov.core.InvalidInputException if a value is null
   */
  public static Workload generate(Scenario scenario, Organisation organisation, CapabilityTable capabilities,
      RandomStreams streams) {
    if (scenario == null || organisation == null || capabilities == null || streams == null) {
      throw new org.gridgov.core.InvalidInputException("workload", "scenario, organisation, capabilities and "
          + "streams are required");
    }
    RandomGenerator arrivals = streams.stream("arrivals");
    RandomGenerator places = streams.stream("places");
    RandomGenerator categories = streams.stream("categories");
    RandomGenerator urgencies = streams.stream("urgencies");
    RandomGenerator levels = streams.stream("levels");
    RandomGenerator handling = streams.stream("handling");
    RandomGenerator verification = streams.stream("verification");
    RandomGenerator satisfaction = streams.stream("satisfaction");
    List<Grid> grids = organisation.grids();
    double perSecond = scenario.casesPerGridPerDay() * grids.size() / 86_400.0;
    long horizon = scenario.horizonDays() * 86_400L;
    double[] stormEdges = stormEdges(scenario, horizon);
    Picker<CategoryCode> categoryPick = new Picker<>(scenario.categoryWeights());
    Picker<Urgency> urgencyPick = new Picker<>(scenario.urgencyWeights());
    Level[] solvableLevels = new Level[categoryPick.keys.size()];
    for (int i = 0; i < solvableLevels.length; i++) {
      solvableLevels[i] = capabilities.lowestAbleLevel(categoryPick.keys.get(i));
    }
    Columns out = new Columns(expectedCount(scenario, perSecond, horizon, stormEdges));
    for (Grid g : grids) {
      out.grids.add(g.id());
    }
    out.categories.addAll(categoryPick.keys);
    double[] normals = new double[DRAWS];
    double[] uniforms = new double[DRAWS];
    // The rate is constant within each hour and between storm edges: within such a segment the gaps are
    // exponential at the segment's rate, and a gap that overshoots the segment's end is dropped and drawn
    // afresh at the next segment's rate (exact, as the exponential has no memory). Thinning against the
    // peak rate drew several candidates per case when storms multiply the peak.
    double t = 0;
    while (t < horizon) {
      double end = segmentEnd(t, horizon, stormEdges);
      double rate = rate(scenario, perSecond, t);
      while (rate > 0) {
        double next = t + -Math.log(1 - arrivals.nextDouble()) / rate;
        if (next >= end) {
          break;
        }
        t = next;
        int grid = places.nextInt(grids.size());
        int category = categoryPick.pickIndex(categories);
        Urgency urgency = urgencyPick.pick(urgencies);
        Level solvable = solvableLevels[category];
        if (levels.nextDouble() < scenario.underestimateProbability()) {
          solvable = solvable.parent().orElse(Level.CITY);
        }
        for (int i = 0; i < DRAWS; i++) {
          normals[i] = handling.nextGaussian();
          uniforms[i] = verification.nextDouble();
        }
        out.add((long) t, grid, category, urgency, solvable, normals, uniforms, satisfaction.nextDouble());
      }
      t = end;
    }
    return new Workload(out);
  }

  /** Returns the arrival rate per second at an instant (seconds after the start): grid count, hour, weekday, storms. */
  private static double rate(Scenario scenario, double perSecond, double t) {
    long second = (long) t;
    int hour = (int) (second % 86_400 / 3600);
    int weekday = (int) (second / 86_400 % 7);
    return perSecond * scenario.hourlyProfile().get(hour) * scenario.weeklyProfile().get(weekday)
        * scenario.stormFactor(t / 86_400.0);
  }

  /**
   * Returns the end of the segment of constant rate that starts at {@code t}: the next full hour, the next
   * storm edge or the horizon, whichever comes first.
   */
  private static double segmentEnd(double t, long horizon, double[] stormEdges) {
    double end = Math.min(Math.floor(t / 3600) * 3600 + 3600, horizon);
    for (double edge : stormEdges) {
      if (edge > t) {
        return Math.min(end, edge);
      }
    }
    return end;
  }

  /** Returns the seconds within the horizon at which a storm starts or ends, ascending. */
  private static double[] stormEdges(Scenario scenario, long horizon) {
    return scenario.storms().stream()
        .flatMapToDouble(s -> java.util.stream.DoubleStream.of(s.fromDay() * 86_400, (s.fromDay() + s.days()) * 86_400))
        .filter(x -> x > 0 && x < horizon).sorted().distinct().toArray();
  }

  /**
   * Returns the expected number of arrivals plus six standard deviations, to size the columns once: the
   * rate integrated over the hours, split at storm edges.
   */
  private static int expectedCount(Scenario scenario, double perSecond, long horizon, double[] stormEdges) {
    double expected = 0;
    double t = 0;
    while (t < horizon) {
      double end = segmentEnd(t, horizon, stormEdges);
      expected += rate(scenario, perSecond, t) * (end - t);
      t = end;
    }
    return (int) Math.min(Integer.MAX_VALUE / DRAWS - 1, expected + 6 * Math.sqrt(expected) + 16);
  }

  /**
   * Returns a workload of given cases, e.g. for tests.
   *
   * @param cases  the cases in arrival order, not null, no case null
   * @return the workload, not null
   * @throws org.gridgov.core.InvalidInputException if the list or a case is null, or a case arrives before
   *     the one before it
   */
  public static Workload of(List<GeneratedCase> cases) {
    if (cases == null) {
      throw new org.gridgov.core.InvalidInputException("cases", "is required");
    }
    for (int i = 0; i < cases.size(); i++) {
      if (cases.get(i) == null) {
        throw new org.gridgov.core.InvalidInputException("cases[" + i + "]", "must not be null");
      }
      if (i > 0 && cases.get(i).arrival() < cases.get(i - 1).arrival()) {
        throw new org.gridgov.core.InvalidInputException("cases[" + i + "].arrival", "must not be before the "
            + "previous case's arrival " + cases.get(i - 1).arrival(), cases.get(i).arrival());
      }
    }
    Columns out = new Columns(cases.size());
    cases.forEach(out::add);
    return new Workload(out);
  }

  /**
   * Returns the cases in arrival order, built afresh from the workload's compact columns on each call.
   *
   * @return the cases, not null
   */
  public ImmutableList<GeneratedCase> cases() {
    ImmutableList.Builder<GeneratedCase> out = ImmutableList.builderWithExpectedSize(size);
    for (int i = 0; i < size; i++) {
      out.add(new GeneratedCase(arrival[i], grid(i), category(i), urgency(i), solvableAt(i),
          java.util.Arrays.copyOfRange(normals, i * DRAWS, (i + 1) * DRAWS),
          java.util.Arrays.copyOfRange(uniforms, i * DRAWS, (i + 1) * DRAWS), satisfaction[i]));
    }
    return out.build();
  }

  /**
   * Returns the number of cases.
   *
   * @return the count, at least 0
   */
  public int size() {
    return size;
  }

  long arrival(int c) {
    return arrival[c];
  }

  GridId grid(int c) {
    return grids[grid[c]];
  }

  /** Returns the number of the case's grid among {@link #gridCount()} grids (same grid, same number). */
  int gridNumber(int c) {
    return grid[c];
  }

  /** Returns the grid of a grid number. */
  GridId gridOfNumber(int number) {
    return grids[number];
  }

  /** Returns how many grid numbers the workload uses. */
  int gridCount() {
    return grids.length;
  }

  CategoryCode category(int c) {
    return categories[category[c]];
  }

  Urgency urgency(int c) {
    return URGENCIES[urgency[c]];
  }

  Level solvableAt(int c) {
    return LEVELS[solvableAt[c]];
  }

  /** Returns the standard-normal draw for a handling attempt, the draws repeating after {@link #DRAWS}. */
  double handlingNormal(int c, int attempt) {
    return normals[c * DRAWS + attempt % DRAWS];
  }

  /**
   * Returns the uniform draw for a verification: the case's own draws for the first {@link #DRAWS}, then
   * draws derived from them. Repeating the draws (as the handling draws do) made a case whose draws all
   * fail verification rework until the horizon: at the default rework probability of 0.08, about 4 cases
   * in 100,000 (some 180 of a megacity year), each piling up hundreds of events.
   */
  double verificationUniform(int c, int verification) {
    double drawn = uniforms[c * DRAWS + verification % DRAWS];
    return verification < DRAWS ? drawn : derived(drawn, verification / DRAWS);
  }

  /**
   * Returns a uniform draw in [0, 1) derived from a draw and a round number by the SplitMix64 finaliser:
   * a pure function of the seeded draw, so runs stay reproducible.
   */
  static double derived(double draw, int round) {
    long z = Double.doubleToRawLongBits(draw) + round * 0x9E37_79B9_7F4A_7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
    z ^= z >>> 31;
    return (z >>> 11) * 0x1.0p-53;
  }

  double satisfactionUniform(int c) {
    return satisfaction[c];
  }

  /** Draws a key with probability proportional to its weight, walking the weights in map order. */
  private static final class Picker<K> {
    final List<K> keys;
    private final double[] weights;
    private final double total;

    Picker(Map<K, Double> weights) {
      this.keys = ImmutableList.copyOf(weights.keySet());
      this.weights = weights.values().stream().mapToDouble(Double::doubleValue).toArray();
      double sum = 0;
      for (double w : this.weights) {
        sum += w;
      }
      this.total = sum;
    }

    K pick(RandomGenerator rng) {
      return keys.get(pickIndex(rng));
    }

    int pickIndex(RandomGenerator rng) {
      double u = rng.nextDouble() * total;
      for (int i = 0; i < weights.length; i++) {
        u -= weights[i];
        if (u < 0) {
          return i;
        }
      }
      return keys.size() - 1;
    }
  }
}
