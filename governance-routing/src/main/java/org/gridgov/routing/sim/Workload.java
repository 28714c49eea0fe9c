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
  /** Draws kept per case for handling attempts and verifications. */
  static final int DRAWS = 4;

  private final ImmutableList<GeneratedCase> cases;

  private Workload(ImmutableList<GeneratedCase> cases) {
    this.cases = cases;
  }

  /**
   * One generated case: what is reported, and the hidden truth the simulator uses to play it out.
   *
   * @param arrival  seconds after the scenario's start
   * @param grid  the grid it happens in
   * @param category  the category
   * @param urgency  the urgency
   * @param solvableAt  the lowest level that can really solve it
   * @param handlingNormals  standard-normal draws for successive handling attempts
   * @param verificationUniforms  uniform draws for successive verifications
   * @param satisfactionUniform  the uniform draw for the resident's rating
   */
  public record GeneratedCase(long arrival, GridId grid, CategoryCode category, Urgency urgency, Level solvableAt,
      double[] handlingNormals, double[] verificationUniforms, double satisfactionUniform) {}

  /**
   * Generates the workload of a replication.
   *
   * @param scenario  the scenario, not null
   * @param organisation  the city, not null
   * @param capabilities  the capability table the truth is drawn around, not null
   * @param streams  the replication's random streams, not null
   * @return the workload, cases in arrival order, not null
   */
  public static Workload generate(Scenario scenario, Organisation organisation, CapabilityTable capabilities,
      RandomStreams streams) {
    RandomGenerator arrivals = streams.stream("arrivals");
    RandomGenerator places = streams.stream("places");
    RandomGenerator categories = streams.stream("categories");
    RandomGenerator urgencies = streams.stream("urgencies");
    RandomGenerator levels = streams.stream("levels");
    RandomGenerator handling = streams.stream("handling");
    RandomGenerator verification = streams.stream("verification");
    RandomGenerator satisfaction = streams.stream("satisfaction");
    List<Grid> grids = organisation.grids();
    double maxHourly = scenario.hourlyProfile().stream().mapToDouble(Double::doubleValue).max().orElse(1);
    double maxWeekly = scenario.weeklyProfile().stream().mapToDouble(Double::doubleValue).max().orElse(1);
    double maxStorm = scenario.storms().stream().mapToDouble(Scenario.Storm::factor).reduce(1, (a, b) -> a * b);
    double perSecond = scenario.casesPerGridPerDay() * grids.size() / 86_400.0;
    double maxRate = perSecond * maxHourly * maxWeekly * maxStorm;
    long horizon = scenario.horizonDays() * 86_400L;
    ImmutableList.Builder<GeneratedCase> out = ImmutableList.builder();
    double t = 0;
    while (true) {
      t += -Math.log(1 - arrivals.nextDouble()) / maxRate;
      if (t >= horizon) {
        break;
      }
      long second = (long) t;
      int hour = (int) (second % 86_400 / 3600);
      int weekday = (int) (second / 86_400 % 7);
      double rate = perSecond * scenario.hourlyProfile().get(hour) * scenario.weeklyProfile().get(weekday)
          * scenario.stormFactor(t / 86_400.0);
      if (arrivals.nextDouble() * maxRate >= rate) {
        continue;
      }
      GridId grid = grids.get(places.nextInt(grids.size())).id();
      CategoryCode category = pick(scenario.categoryWeights(), categories);
      Urgency urgency = pick(scenario.urgencyWeights(), urgencies);
      Level solvable = capabilities.lowestAbleLevel(category);
      if (levels.nextDouble() < scenario.underestimateProbability()) {
        solvable = solvable.parent().orElse(Level.CITY);
      }
      double[] normals = new double[DRAWS];
      double[] uniforms = new double[DRAWS];
      for (int i = 0; i < DRAWS; i++) {
        normals[i] = handling.nextGaussian();
        uniforms[i] = verification.nextDouble();
      }
      out.add(new GeneratedCase(second, grid, category, urgency, solvable, normals, uniforms,
          satisfaction.nextDouble()));
    }
    return new Workload(out.build());
  }

  /**
   * Returns a workload of given cases, e.g. for tests.
   *
   * @param cases  the cases in arrival order, not null
   * @return the workload, not null
   */
  public static Workload of(List<GeneratedCase> cases) {
    return new Workload(ImmutableList.copyOf(cases));
  }

  /**
   * Returns the cases in arrival order.
   *
   * @return the cases, not null
   */
  public ImmutableList<GeneratedCase> cases() {
    return cases;
  }

  private static <K> K pick(Map<K, Double> weights, RandomGenerator rng) {
    double total = 0;
    for (double w : weights.values()) {
      total += w;
    }
    double u = rng.nextDouble() * total;
    K last = null;
    for (Map.Entry<K, Double> e : weights.entrySet()) {
      last = e.getKey();
      u -= e.getValue();
      if (u < 0) {
        return last;
      }
    }
    return last;
  }
}
