package org.gridgov.examples;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.gridgov.core.org.Organisation;
import org.gridgov.routing.CapabilityTable;
import org.gridgov.routing.ResponsibilityTable;
import org.gridgov.routing.RoutingPolicies;
import org.gridgov.routing.RoutingPolicy;
import org.gridgov.routing.city.CityGenerator;
import org.gridgov.routing.city.CitySpec;
import org.gridgov.routing.sim.CoreCaseEngine;
import org.gridgov.routing.sim.Estimate;
import org.gridgov.routing.sim.Experiment;
import org.gridgov.routing.sim.Metrics;
import org.gridgov.routing.sim.Report;
import org.gridgov.routing.sim.Scenario;

/**
 * Compares the built-in routing policies (分流交办规则) on the Beipiao preset: every policy meets the same
 * simulated cases (common random numbers), each case runs through the core's case loop, replications run
 * in parallel. Writes {@code report.md} and {@code resolution.svg} into a directory and prints a summary.
 *
 * <p>Usage: {@code PolicyComparison [directory [days [replications]]]}, defaults
 * {@code target/policy-report 91 8}; the seed is fixed, so the output is the same on every run.
 */
public final class PolicyComparison {
  /** The master seed of the comparison. */
  static final long SEED = 20260105L;

  private PolicyComparison() {
  }

  /**
   * Runs the comparison.
   *
   * @param args  optional: target directory, simulated days (1 to 360), replications (2 to 1000)
   */
  public static void main(String[] args) {
    Path dir = Path.of(args.length > 0 ? args[0] : "target/policy-report");
    int days = args.length > 1 ? Integer.parseInt(args[1]) : 91;
    int replications = args.length > 2 ? Integer.parseInt(args[2]) : 8;
    run(dir, days, replications, Runtime.getRuntime().availableProcessors(), System.out);
  }

  /**
   * Runs the comparison and writes its report.
   *
   * @param dir  the target directory, created if missing
   * @param days  the simulated days from Monday 2026-01-05
   * @param replications  the replications per policy
   * @param threads  the worker threads
   * @param out  where the summary goes
   * @return the results
   */
  static Experiment.Results run(Path dir, int days, int replications, int threads, PrintStream out) {
    Organisation beipiao = CityGenerator.generate(CitySpec.beipiao());
    CapabilityTable capabilities = CapabilityTable.standard();
    ResponsibilityTable list = ResponsibilityTable.of(beipiao);
    ImmutableMap<String, RoutingPolicy> policies = ImmutableMap.of(
        "tiered", RoutingPolicies.deadlineDriven(RoutingPolicies.tiered(capabilities, list)),
        "responsibility-list", RoutingPolicies.deadlineDriven(RoutingPolicies.responsibilityList(list)),
        "center-first", RoutingPolicies.deadlineDriven(RoutingPolicies.centerFirst(capabilities, list)),
        "load-aware", RoutingPolicies.deadlineDriven(RoutingPolicies.loadAware(capabilities, list)));
    Scenario scenario = Scenario.defaults().withHorizonDays(days);
    long started = System.nanoTime();
    Experiment.Results results = new Experiment(scenario, beipiao, capabilities, policies, CoreCaseEngine::of)
        .run(SEED, replications, threads);
    double seconds = (System.nanoTime() - started) / 1e9;
    String title = "Routing policies on 北票市 (Beipiao), " + days + " days from 2026-01-05";
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("report.md"), Report.markdown(title, results), StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("resolution.svg"), Report.svg(results), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report into " + dir, e);
    }
    out.println(title + ", " + replications + " replications per policy (mean ± 95 % half-width)");
    out.printf(Locale.ROOT, "%-20s %14s %16s %16s %16s %16s%n", "policy", "cases", "on-time closure", "p90 hours",
        "escalation rate", "satisfied");
    for (String p : policies.keySet()) {
      out.printf(Locale.ROOT, "%-20s %14s %16s %16s %16s %16s%n", p, format(results.estimate(p, Metrics.CASES), 0),
          format(results.estimate(p, Metrics.ON_TIME_CLOSURE_RATE), 3),
          format(results.estimate(p, Metrics.RESOLUTION_P90_H), 1),
          format(results.estimate(p, Metrics.ESCALATION_RATE), 3),
          format(results.estimate(p, Metrics.SATISFACTION_RATE), 3));
    }
    out.printf(Locale.ROOT, "report: %s, chart: %s (%.1f s)%n", dir.resolve("report.md"),
        dir.resolve("resolution.svg"), seconds);
    return results;
  }

  private static String format(Estimate e, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f ± %." + decimals + "f", e.mean(), e.halfWidth());
  }
}
