package org.gridgov.routing;

import java.time.Instant;
import org.gridgov.core.org.Organisation;

/**
 * A built-in policy: {@link #decide} checks the arguments ({@link Routes#requireArguments}) and hands them
 * to {@link #decideChecked}, which a composition calls directly on arguments it has checked itself. A
 * composed decision (deadline lights over tiered escalation, say) then checks its arguments once instead of
 * once per layer: each check looks the case's place up in the organisation, and a megacity year asks for
 * about 7 million decisions.
 */
abstract class CheckedPolicy implements RoutingPolicy {

  @Override
  public final RoutingDecision decide(CaseFacts facts, Organisation organisation, WorkloadView workload,
      Instant now) {
    Routes.requireArguments(facts, organisation, workload, now);
    return decideChecked(facts, organisation, workload, now);
  }

  /**
   * Decides for arguments that {@link Routes#requireArguments} accepted, as {@link #decide} would.
   *
   * @param facts  the case's routing facts, checked
   * @param organisation  the organisation, checked
   * @param workload  the workload, checked
   * @param now  the decision time, checked
   * @return the decision, not null
   */
  abstract RoutingDecision decideChecked(CaseFacts facts, Organisation organisation, WorkloadView workload,
      Instant now);

  /**
   * Asks a policy to decide for arguments the caller has checked: a built-in policy without checking them
   * again, any other through its {@link RoutingPolicy#decide}.
   */
  static RoutingDecision decideChecked(RoutingPolicy policy, CaseFacts facts, Organisation organisation,
      WorkloadView workload, Instant now) {
    return policy instanceof CheckedPolicy p ? p.decideChecked(facts, organisation, workload, now)
        : policy.decide(facts, organisation, workload, now);
  }
}
