package org.gridgov.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.gridgov.core.org.Organisation;
import org.gridgov.routing.CapabilityTable;
import org.gridgov.routing.ResponsibilityTable;
import org.gridgov.routing.RoutingPolicies;
import org.gridgov.routing.RoutingPolicy;
import org.gridgov.routing.city.CityGenerator;
import org.gridgov.routing.city.CitySpec;
import org.gridgov.routing.sim.CoreCaseEngine;
import org.gridgov.routing.sim.Metrics;
import org.gridgov.routing.sim.RandomStreams;
import org.gridgov.routing.sim.Scenario;
import org.gridgov.routing.sim.ScenarioFiles;
import org.gridgov.routing.sim.Simulator;
import org.gridgov.routing.sim.Workload;

/**
 * Harness for one simulated year in one replication on one thread, every case driven through the core's
 * case loop ({@link CoreCaseEngine}): prints cases/s, transitions (events applied)/s, wall time and peak
 * heap (sum of the heap pools' peak usage, reset after the city is built, so it covers workload and run),
 * the simulating thread's CPU time, which stays meaningful when other processes share the cores, and the
 * bytes it allocated per case, which other processes do not disturb at all. End to end covers generating
 * the workload, simulating and computing the metrics. The replication builds its trace's rows only on
 * request; the harness asks for them afterwards and prints that time on its own line.
 *
 * <p>Run: {@code java -Xmx4g -cp benchmarks/target/benchmarks.jar org.gridgov.benchmarks.SimulationBenchmark
 * [beipiao|megacity] [days] [casesPerGridPerDay] [runs]}. Defaults: {@code megacity 365 0.72} (20,000 grids,
 * about 4.5 million cases, the Beijing 12345 scale) and {@code beipiao 365 0.12} (about 11,000 cases), one
 * run. With several runs the same replication is simulated again in the same JVM (fresh workload and
 * engine each time), so the later runs show the warmed-up figures. The policy is deadline-driven tiered
 * escalation.
 *
 * <p>For the "one core" figure run with {@code -Xms4g -Xmx4g -XX:+UseSerialGC
 * -XX:+UseTransparentHugePages -XX:+AlwaysPreTouch}: the serial collector keeps garbage collection on the
 * one core (the parallel one borrows the second); a heap sized from the start spares the full collections
 * that growing it takes (three of 0.7–1.7 s in a year); and a megacity year is bound by memory latency,
 * which 2 MB pages cut by sparing most translation-buffer misses (about 1.25× fewer CPU-seconds than
 * {@code -XX:+UseParallelGC} alone with 4 KB pages, {@code docs/BENCHMARKS.md} section 5). Transparent
 * huge pages must be enabled for {@code madvise} or {@code always} in
 * {@code /sys/kernel/mm/transparent_hugepage/enabled}.
 */
public final class SimulationBenchmark {
  private SimulationBenchmark() {}

  /**
   * Runs the harness.
   *
   * @param args  optional preset, days, cases per grid and day, and number of runs
   */
  public static void main(String[] args) {
    String preset = args.length > 0 ? args[0] : "megacity";
    boolean mega = preset.equals("megacity");
    int days = args.length > 1 ? Integer.parseInt(args[1]) : 365;
    double rate = args.length > 2 ? Double.parseDouble(args[2]) : mega ? 0.72 : 0.12;
    int runs = args.length > 3 ? Integer.parseInt(args[3]) : 1;
    long t0 = System.nanoTime();
    Organisation org = CityGenerator.generate(mega ? CitySpec.megacity(20_000) : CitySpec.beipiao());
    double buildSeconds = (System.nanoTime() - t0) / 1e9;
    CapabilityTable capabilities = CapabilityTable.standard();
    RoutingPolicy policy = RoutingPolicies.deadlineDriven(RoutingPolicies.tiered(capabilities,
        ResponsibilityTable.of(org)));
    Scenario scenario = ScenarioFiles.parse(String.format(Locale.ROOT,
        "{\"name\": \"%s-year\", \"horizonDays\": %d, \"casesPerGridPerDay\": %s}", preset, days, rate));
    System.out.printf(Locale.ROOT, "%s: %,d grids, %d days from %s (city built in %.1f s)%n", preset,
        org.grids().size(), days, scenario.start(), buildSeconds);
    for (int run = 1; run <= runs; run++) {
      System.out.printf(Locale.ROOT, "run %d of %d%n", run, runs);
      run(org, capabilities, policy, scenario);
    }
  }

  private static void run(Organisation org, CapabilityTable capabilities, RoutingPolicy policy, Scenario scenario) {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    long gcBefore = gcMillis();
    long compileBefore = compileMillis();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu1 = threads.getCurrentThreadCpuTime();
    long allocated1 = allocatedBytes(threads);
    long t1 = System.nanoTime();
    Workload workload = Workload.generate(scenario, org, capabilities, RandomStreams.of(1));
    long t2 = System.nanoTime();
    CoreCaseEngine engine = CoreCaseEngine.of(org);
    Simulator.Replication r = Simulator.run(scenario, org, policy, engine, workload);
    long t3 = System.nanoTime();
    double cpu = (threads.getCurrentThreadCpuTime() - cpu1) / 1e9;
    long allocated = allocatedBytes(threads) - allocated1;
    int cases = workload.size();
    double workloadSeconds = (t2 - t1) / 1e9;
    double runSeconds = (t3 - t2) / 1e9;
    double total = (t3 - t1) / 1e9;
    System.out.printf(Locale.ROOT, "  %,d cases: workload %.2f s, simulation %.2f s, end to end %.2f s%n", cases,
        workloadSeconds, runSeconds, total);
    System.out.printf(Locale.ROOT, "  %,.0f cases/s end to end (%,.0f in the simulation), %,d commands, "
        + "%,d transitions, %,.0f transitions/s%n", cases / total, cases / runSeconds, engine.commandCount(),
        engine.transitionCount(), engine.transitionCount() / runSeconds);
    System.out.printf(Locale.ROOT, "  CPU time of the simulating thread %.2f s: %,.0f cases per CPU second, "
        + "%,.0f transitions per CPU second (wall figures suffer when other processes share the cores)%n", cpu,
        cases / cpu, engine.transitionCount() / cpu);
    if (allocated >= 0) {
      System.out.printf(Locale.ROOT, "  allocated by the simulating thread %,d MB: %,.0f bytes per case (a "
          + "figure other processes do not disturb)%n", allocated >> 20, (double) allocated / cases);
    }
    System.out.printf(Locale.ROOT, "  peak heap %,d MB (max %,d MB), GC %.1f s, JIT compilation %.1f s (on the "
        + "compiler threads, at the same time)%n", peakHeap() >> 20, Runtime.getRuntime().maxMemory() >> 20,
        (gcMillis() - gcBefore) / 1e3, (compileMillis() - compileBefore) / 1e3);
    long t4 = System.nanoTime();
    int rows = r.trace().size();
    System.out.printf(Locale.ROOT, "  trace of %,d rows built on request afterwards in %.2f s (not part of end to "
        + "end: the metrics need no rows)%n", rows, (System.nanoTime() - t4) / 1e9);
    System.out.printf(Locale.ROOT, "  closed %.3f, on time %.3f, p90 %.1f h, escalation rate %.3f%n",
        r.metrics().get(Metrics.CLOSED_SHARE), r.metrics().get(Metrics.ON_TIME_CLOSURE_RATE),
        r.metrics().get(Metrics.RESOLUTION_P90_H), r.metrics().get(Metrics.ESCALATION_RATE));
  }

  /** Returns the bytes the current thread has allocated so far, -1 if the JVM does not tell. */
  private static long allocatedBytes(ThreadMXBean threads) {
    if (threads instanceof com.sun.management.ThreadMXBean sun && sun.isThreadAllocatedMemorySupported()) {
      return sun.getThreadAllocatedBytes(Thread.currentThread().getId());
    }
    return -1;
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /** Returns the JIT compilers' total time so far in milliseconds, 0 if the JVM does not tell. */
  private static long compileMillis() {
    java.lang.management.CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
  }

  private static long gcMillis() {
    long sum = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      sum += Math.max(0, gc.getCollectionTime());
    }
    return sum;
  }
}
