package org.gridgov.benchmarks;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;
import java.util.Locale;

/**
 * Compares builds of the benchmarks jar on the simulator in one JVM, as {@code peers.AlternatingBuilds}
 * does for the peer lifecycle: each jar gets a class loader of its own and its own megacity, and
 * replications of the same scenario alternate between the jars, so that the machine's slow phases (fresh
 * JVMs of one jar differ by ±20 % on a megacity year) fall on every build alike. Each replication
 * (workload and simulation, as {@link SimulationBenchmark} times them end to end) is divided into the
 * thread's own CPU time; the median, lowest and highest over the later half of the turns are printed per
 * jar, with the median of the per-turn ratios of the first jar's time to each other one's. Every other turn
 * runs the jars in reverse order. Name the jars in both orders too and take the geometric mean, as {@code
 * peers.AlternatingBuilds} explains: there the jar loaded first ran 4–11 % faster than an identical copy.
 *
 * <p>Run: {@code java -Xmx6g -XX:+UseParallelGC -cp benchmarks/target/benchmarks.jar
 * org.gridgov.benchmarks.AlternatingSimulations [turns] [days] jar…}, e.g. {@code 8 60 /tmp/before.jar
 * /tmp/after.jar} (copy each build's jar aside first). The jars are driven through the public API of
 * {@code governance-routing} by reflection, so any build of this module since the simulator's first
 * round works.
 */
public final class AlternatingSimulations {
  private AlternatingSimulations() {
  }

  /** One jar's classes, city and policy. */
  private static final class Build {
    final String name;
    final ClassLoader loader;
    final Object org;
    final Object capabilities;
    final Object policy;
    final Object scenario;

    Build(String jar, int days) throws Exception {
      File file = new File(jar);
      if (!file.isFile()) {
        throw new IllegalArgumentException("no such jar: " + jar);
      }
      name = file.getName();
      loader = new URLClassLoader(new URL[] {file.toURI().toURL()}, ClassLoader.getPlatformClassLoader());
      Object spec = call("org.gridgov.routing.city.CitySpec", "megacity", 20_000);
      org = call("org.gridgov.routing.city.CityGenerator", "generate", spec);
      capabilities = call("org.gridgov.routing.CapabilityTable", "standard");
      Object list = call("org.gridgov.routing.ResponsibilityTable", "of", org);
      policy = call("org.gridgov.routing.RoutingPolicies", "deadlineDriven",
          call("org.gridgov.routing.RoutingPolicies", "tiered", capabilities, list));
      scenario = call("org.gridgov.routing.sim.ScenarioFiles", "parse", String.format(Locale.ROOT,
          "{\"name\": \"megacity-%d\", \"horizonDays\": %d, \"casesPerGridPerDay\": 0.72}", days, days));
    }

    /** Runs one replication; returns its number of cases. */
    int replicate() throws Exception {
      Object workload = call("org.gridgov.routing.sim.Workload", "generate", scenario, org, capabilities,
          call("org.gridgov.routing.sim.RandomStreams", "of", 1L));
      Object engine = call("org.gridgov.routing.sim.CoreCaseEngine", "of", org);
      call("org.gridgov.routing.sim.Simulator", "run", scenario, org, policy, engine, workload);
      return (Integer) workload.getClass().getMethod("size").invoke(workload);
    }

    /** Calls the public static method of that name and number of parameters. */
    private Object call(String className, String method, Object... args) throws Exception {
      Class<?> c = Class.forName(className, true, loader);
      for (Method m : c.getMethods()) {
        if (m.getName().equals(method) && m.getParameterCount() == args.length
            && Modifier.isStatic(m.getModifiers())) {
          return m.invoke(null, args);
        }
      }
      throw new IllegalArgumentException("no static " + className + "." + method + " of " + args.length
          + " parameters");
    }
  }

  /**
   * Prints cases per CPU-second for each jar and the ratios of the first jar's CPU time to the others'.
   *
   * @param args  the number of turns, the horizon in days and at least one jar
   * @throws Exception if a jar cannot be loaded or a replication fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      throw new IllegalArgumentException("usage: AlternatingSimulations turns days jar...");
    }
    int turns = Integer.parseInt(args[0]);
    int days = Integer.parseInt(args[1]);
    String[] jars = Arrays.copyOfRange(args, 2, args.length);
    Build[] builds = new Build[jars.length];
    for (int k = 0; k < jars.length; k++) {
      builds[k] = new Build(jars[k], days);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[][] seconds = new double[jars.length][turns];
    int[] cases = new int[jars.length];
    for (int turn = 0; turn < turns; turn++) {
      for (int j = 0; j < builds.length; j++) {
        // Every other turn runs the jars in reverse order, so that no jar always comes first.
        int k = turn % 2 == 0 ? j : builds.length - 1 - j;
        System.gc();
        long start = threads.getCurrentThreadCpuTime();
        cases[k] = builds[k].replicate();
        seconds[k][turn] = (threads.getCurrentThreadCpuTime() - start) / 1e9;
      }
    }
    System.out.printf(Locale.ROOT, "%-28s %10s %16s %12s %12s %14s   (megacity, %d days, %d alternating turns, "
        + "second half)%n", "jar", "cases", "cases per CPU s", "CPU s, med", "lowest-high", "speed vs first", days,
        turns);
    for (int k = 0; k < builds.length; k++) {
      double[] half = Arrays.copyOfRange(seconds[k], turns / 2, turns);
      double[] ratio = new double[half.length];
      for (int t = 0; t < half.length; t++) {
        ratio[t] = seconds[0][turns / 2 + t] / half[t];
      }
      Arrays.sort(half);
      Arrays.sort(ratio);
      double median = half[half.length / 2];
      System.out.printf(Locale.ROOT, "%-28s %,10d %,16.0f %12.2f %5.2f–%5.2f %14.2f%n", builds[k].name, cases[k],
          cases[k] / median, median, half[0], half[half.length - 1], ratio[ratio.length / 2]);
    }
  }
}
