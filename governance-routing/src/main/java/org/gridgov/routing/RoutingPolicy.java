package org.gridgov.routing;

import java.time.Instant;
import org.gridgov.core.org.Organisation;

/**
 * A routing policy (分流交办规则): decides, from a case's routing facts, the organisation, the current
 * workload and the time, who handles the case next.
 *
 * <p>Policies are pure functions of their arguments: no clock, no randomness, no state between calls.
 * Built-in policies and their compositions come from {@link RoutingPolicies}. Every decision must respect
 * {@link Jurisdiction#check}.
 */
@FunctionalInterface
public interface RoutingPolicy {

  /**
   * Decides the next move for a case.
   *
   * @param facts  the case's routing facts, not null
   * @param organisation  the organisation the case lives in, not null
   * @param workload  open cases per handler, unit and department, not null
   * @param now  the decision time, not null
   * @return the decision, not null
   * @throws org.gridgov.core.InvalidInputException if an argument is null or the facts name places unknown to
   *     the organisation, or the holder does not contain the place
   */
  RoutingDecision decide(CaseFacts facts, Organisation organisation, WorkloadView workload, Instant now);
}
