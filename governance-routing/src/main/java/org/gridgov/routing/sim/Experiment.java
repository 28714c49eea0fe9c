package org.gridgov.routing.sim;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.org.Organisation;
import org.gridgov.routing.CapabilityTable;
import org.gridgov.routing.RoutingException;
import org.gridgov.routing.RoutingPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compares routing policies over independent replications: replication r of every policy meets the same
 * workload (common random numbers), replications run in parallel, and the results are exactly those of a
 * sequential run because every replication owns its streams, engine and simulator and results are
 * collected in replication order.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Experiment {
  private static final Logger LOG = LoggerFactory.getLogger(Experiment.class);

  private final Scenario scenario;
  private final Organisation organisation;
  private final CapabilityTable capabilities;
  private final ImmutableMap<String, RoutingPolicy> policies;
  private final Function<Organisation, CaseEngine> engines;

  /**
   * Creates an experiment.
   *
   * @param scenario  the scenario, not null
   * @param organisation  the city, not null
   * @param capabilities  the capability table the workload's truth is drawn around, not null
   * @param policies  the policies by name, in report order, not empty
   * @param engines  makes a fresh case engine for each replication, not null
   * @throws InvalidInputException if a value, a policy or a policy's name is null, or there is no policy
   */
  public Experiment(Scenario scenario, Organisation organisation, CapabilityTable capabilities,
      Map<String, RoutingPolicy> policies, Function<Organisation, CaseEngine> engines) {
    if (scenario == null || organisation == null || capabilities == null || policies == null || engines == null) {
      throw new InvalidInputException("experiment", "scenario, organisation, capabilities, policies and engines "
          + "are required");
    }
    if (policies.isEmpty()) {
      throw new InvalidInputException("policies", "must name at least one policy");
    }
    policies.forEach((name, policy) -> {
      if (name == null || policy == null) {
        throw new InvalidInputException("policies[" + name + "]", "a policy and its name are required", policy);
      }
    });
    this.scenario = scenario;
    this.organisation = organisation;
    this.capabilities = capabilities;
    this.policies = ImmutableMap.copyOf(policies);
    this.engines = engines;
  }

  /**
   * Runs the experiment.
   *
   * @param masterSeed  the master seed
   * @param replications  replications per policy, 1 to 10,000
   * @param threads  worker threads, 1 to 256
   * @return the results, not null
   * @throws InvalidInputException if a count is out of range
   * @throws RoutingException if a replication fails
   */
  public Results run(long masterSeed, int replications, int threads) {
    if (replications < 1 || replications > 10_000) {
      throw new InvalidInputException("replications", "must be between 1 and 10000", replications);
    }
    if (threads < 1 || threads > 256) {
      throw new InvalidInputException("threads", "must be between 1 and 256", threads);
    }
    RandomStreams root = RandomStreams.of(masterSeed);
    int total = replications * policies.size();
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      Map<String, List<Future<ImmutableMap<String, Double>>>> futures = new java.util.LinkedHashMap<>();
      for (Map.Entry<String, RoutingPolicy> e : policies.entrySet()) {
        List<Future<ImmutableMap<String, Double>>> list = new ArrayList<>();
        for (int r = 0; r < replications; r++) {
          RandomStreams streams = root.replication(r);
          list.add(pool.submit(() -> {
            Workload w = Workload.generate(scenario, organisation, capabilities, streams);
            ImmutableMap<String, Double> m = Simulator.run(scenario, organisation, e.getValue(),
                engines.apply(organisation), w).metrics();
            int n = done.incrementAndGet();
            LOG.info("replication {} of policy {} done ({}/{})", streams.replicationNumber(), e.getKey(), n, total);
            return m;
          }));
        }
        futures.put(e.getKey(), list);
      }
      ImmutableMap.Builder<String, ImmutableList<ImmutableMap<String, Double>>> out = ImmutableMap.builder();
      for (Map.Entry<String, List<Future<ImmutableMap<String, Double>>>> e : futures.entrySet()) {
        ImmutableList.Builder<ImmutableMap<String, Double>> reps = ImmutableList.builder();
        for (Future<ImmutableMap<String, Double>> f : e.getValue()) {
          reps.add(get(f));
        }
        out.put(e.getKey(), reps.build());
      }
      return new Results(out.build());
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> T get(Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new RoutingException("the experiment was interrupted");
    } catch (ExecutionException ex) {
      Throwable cause = ex.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw new RoutingException("a replication failed: " + cause);
    }
  }

  /**
   * The metrics of every replication of every policy.
   *
   * <p>Every policy has the same number of replications (replication r of each met the same workload,
   * which is what {@link #pairedDifference} pairs), and every replication has the same metric names.
   *
   * @param byPolicy  per policy (in report order), the metrics of each replication in replication order
   */
  public record Results(ImmutableMap<String, ImmutableList<ImmutableMap<String, Double>>> byPolicy) {

    /**
     * Creates the results.
     *
     * @throws InvalidInputException if there is no policy, a policy has no replication, the policies'
     *     replication counts differ, or a replication's metric names differ from the first one's
     */
    public Results {
      if (byPolicy == null || byPolicy.isEmpty()) {
        throw new InvalidInputException("byPolicy", "must hold at least one policy");
      }
      int replications = -1;
      java.util.Set<String> names = null;
      for (Map.Entry<String, ImmutableList<ImmutableMap<String, Double>>> e : byPolicy.entrySet()) {
        if (e.getValue().isEmpty()) {
          throw new InvalidInputException("byPolicy." + e.getKey(), "must hold at least one replication");
        }
        if (replications < 0) {
          replications = e.getValue().size();
          names = e.getValue().get(0).keySet();
        } else if (e.getValue().size() != replications) {
          throw new InvalidInputException("byPolicy." + e.getKey(), "must hold as many replications as the "
              + "first policy (" + replications + ") so that they pair", e.getValue().size());
        }
        for (int r = 0; r < e.getValue().size(); r++) {
          if (!e.getValue().get(r).keySet().equals(names)) {
            throw new InvalidInputException("byPolicy." + e.getKey() + "[" + r + "]", "must name the same "
                + "metrics as the first replication " + names, e.getValue().get(r).keySet());
          }
        }
      }
    }

    /**
     * Estimates a metric's mean for a policy.
     *
     * @param policy  the policy's name, not null
     * @param metric  the metric's name, not null
     * @return the estimate, not null
     * @throws InvalidInputException if the policy or metric is unknown
     */
    public Estimate estimate(String policy, String metric) {
      return Estimate.of(values(policy, metric));
    }

    /**
     * Estimates the paired difference policy a minus policy b of a metric across replications (the
     * replications share their random numbers, so the difference has a much narrower interval).
     *
     * @param a  the first policy, not null
     * @param b  the second policy, not null
     * @param metric  the metric, not null
     * @return the estimate of the mean difference, not null
     * @throws InvalidInputException if a policy or the metric is unknown
     */
    public Estimate pairedDifference(String a, String b, String metric) {
      List<Double> x = values(a, metric);
      List<Double> y = values(b, metric);
      List<Double> d = new ArrayList<>();
      for (int i = 0; i < x.size(); i++) {
        d.add(x.get(i) - y.get(i));
      }
      return Estimate.of(d);
    }

    /**
     * Returns the metric names, sorted.
     *
     * @return the names, not null
     */
    public ImmutableList<String> metricNames() {
      return ImmutableList.sortedCopyOf(byPolicy.values().iterator().next().get(0).keySet());
    }

    private List<Double> values(String policy, String metric) {
      ImmutableList<ImmutableMap<String, Double>> reps = byPolicy.get(policy);
      if (reps == null) {
        throw new InvalidInputException("policy", "must be one of " + byPolicy.keySet(), policy);
      }
      if (!reps.get(0).containsKey(metric)) {
        throw new InvalidInputException("metric", "must be one of " + reps.get(0).keySet(), metric);
      }
      List<Double> out = new ArrayList<>();
      for (ImmutableMap<String, Double> m : reps) {
        out.add(m.get(metric));
      }
      return out;
    }
  }
}
