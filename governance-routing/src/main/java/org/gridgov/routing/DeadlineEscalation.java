package org.gridgov.routing;

import java.time.Instant;
import org.gridgov.core.org.Organisation;
import org.gridgov.core.org.PlaceId;

/** Deadline-driven escalation: a yellow light puts the case under supervision, a red light escalates it. */
final class DeadlineEscalation extends CheckedPolicy {
  private final RoutingPolicy inner;
  /** The supervise and escalate decisions of yellow and red lights, per holder. */
  private final PlaceDecisionMemo memo = new PlaceDecisionMemo();

  DeadlineEscalation(RoutingPolicy inner) {
    this.inner = Require.notNull(inner, "policy");
  }

  @Override
  RoutingDecision decideChecked(CaseFacts facts, Organisation org, WorkloadView load, Instant now) {
    PlaceId holder = facts.holder();
    switch (facts.light()) {
      case RED:
        return memoised(PlaceDecisionMemo.Move.RED_LIGHT, holder, org);
      case YELLOW:
        return memoised(PlaceDecisionMemo.Move.YELLOW_LIGHT, holder, org);
      default:
        return CheckedPolicy.decideChecked(inner, facts, org, load, now);
    }
  }

  /** Returns the decision for a light at a holder, built once per holder (see {@link PlaceDecisionMemo}). */
  private RoutingDecision memoised(PlaceDecisionMemo.Move light, PlaceId holder, Organisation org) {
    RoutingDecision d = memo.find(org, light, holder, null);
    return d != null ? d : memo.keep(org, light, holder, null, build(light, holder, org));
  }

  private static RoutingDecision build(PlaceDecisionMemo.Move light, PlaceId holder, Organisation org) {
    if (light == PlaceDecisionMemo.Move.RED_LIGHT) {
      if (org.parent(holder).isPresent()) {
        PlaceId parent = org.parent(holder).get();
        return new RoutingDecision.Escalate(parent, "escalated to " + Routes.level(parent) + org.nameOf(parent)
            + ": red light, the time limit has passed at " + Routes.level(holder) + org.nameOf(holder));
      }
      return new RoutingDecision.Supervise(holder, "supervised by the city center: red light at the center");
    }
    PlaceId supervisor = org.parent(holder).orElse(holder);
    return new RoutingDecision.Supervise(supervisor, "supervised by " + Routes.level(supervisor)
        + org.nameOf(supervisor) + ": yellow light, 80 % of the time limit is used");
  }

  @Override
  public String toString() {
    return "deadline(" + inner + ")";
  }
}
