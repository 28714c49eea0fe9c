package org.gridgov.routing;

import java.time.Instant;
import org.gridgov.core.org.Organisation;

/**
 * The built-in routing policies and ways to combine them.
 *
 * <p>All policies returned are thread-safe and their decisions depend only on their arguments; some keep a
 * memo of the decisions they built (see {@code docs/ROUTING.md}), which changes no result.
 */
public final class RoutingPolicies {
  private RoutingPolicies() {}

  /**
   * Returns tiered escalation (逐级上报): the lowest level able to solve a case handles it; a level that
   * fails passes it one level up; at the city the responsibility list picks departments.
   *
   * @param capabilities  the lowest able level per category, not null
   * @param responsibilities  the responsibility list, not null
   * @return the policy, not null
   */
  public static RoutingPolicy tiered(CapabilityTable capabilities, ResponsibilityTable responsibilities) {
    return new TieredEscalationPolicy(capabilities, responsibilities);
  }

  /**
   * Returns the responsibility-list policy (权责清单): a case goes to the one department listing its
   * category; unclear or multi-department cases go to the city center, which assigns a lead and
   * co-handlers; an emergency needing several departments makes the community blow the whistle.
   *
   * @param responsibilities  the responsibility list, not null
   * @return the policy, not null
   */
  public static RoutingPolicy responsibilityList(ResponsibilityTable responsibilities) {
    return new ResponsibilityListPolicy(responsibilities);
  }

  /**
   * Returns center-first dispatch (like a 12345 hotline): every case goes to the city center, which
   * dispatches it to the lowest able level or to departments.
   *
   * @param capabilities  the lowest able level per category, not null
   * @param responsibilities  the responsibility list, not null
   * @return the policy, not null
   */
  public static RoutingPolicy centerFirst(CapabilityTable capabilities, ResponsibilityTable responsibilities) {
    return new CenterFirstPolicy(capabilities, responsibilities);
  }

  /**
   * Returns the load-aware policy: the least-loaded qualified handler within the holder's jurisdiction,
   * at or above the lowest able level, handles the case.
   *
   * @param capabilities  the lowest able level per category, not null
   * @param responsibilities  the responsibility list, for cases needing departments, not null
   * @return the policy, not null
   */
  public static RoutingPolicy loadAware(CapabilityTable capabilities, ResponsibilityTable responsibilities) {
    return new LoadAwarePolicy(capabilities, responsibilities);
  }

  /**
   * Returns a policy that refines another's decisions by load without changing where they go: the
   * least-loaded assigned department leads and units get their least-loaded handler named.
   *
   * @param policy  the policy to refine, not null
   * @return the composed policy, not null
   */
  public static RoutingPolicy withLoadTieBreak(RoutingPolicy policy) {
    Require.notNull(policy, "policy");
    return new RoutingPolicy() {
      @Override
      public RoutingDecision decide(CaseFacts facts, Organisation org, WorkloadView load, Instant now) {
        return LoadAwareTieBreak.refine(policy.decide(facts, org, load, now), facts, org, load);
      }

      @Override
      public String toString() {
        return policy + "+load-tie-break";
      }
    };
  }

  /**
   * Returns a policy that applies deadline lights before another: yellow puts the case under supervision
   * of the level above, red escalates it one level; a green case is decided by the other policy.
   *
   * @param policy  the policy for green cases, not null
   * @return the composed policy, not null
   */
  public static RoutingPolicy deadlineDriven(RoutingPolicy policy) {
    return new DeadlineEscalation(policy);
  }
}
