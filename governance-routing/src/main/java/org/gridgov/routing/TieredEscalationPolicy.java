package org.gridgov.routing;

import java.time.Instant;
import java.util.function.Supplier;
import org.gridgov.core.org.Level;
import org.gridgov.core.org.Organisation;

/** Tiered escalation: the lowest level able to solve the case handles it; failures climb one level at a time. */
final class TieredEscalationPolicy implements RoutingPolicy {
  private final CapabilityTable capabilities;
  private final ResponsibilityTable responsibilities;
  private final DecisionMemo memo = new DecisionMemo();

  TieredEscalationPolicy(CapabilityTable capabilities, ResponsibilityTable responsibilities) {
    this.capabilities = Require.notNull(capabilities, "capabilities");
    this.responsibilities = Require.notNull(responsibilities, "responsibilities");
  }

  @Override
  public RoutingDecision decide(CaseFacts facts, Organisation org, WorkloadView load, Instant now) {
    Routes.requireArguments(facts, org, load, now);
    Level able = capabilities.lowestAbleLevel(facts.category());
    Level target = Ladder.higher(able, Ladder.floor(facts));
    if (target == Level.CITY && facts.holderLevel() == Level.CITY) {
      return Routes.departments(memo, facts, org, responsibilities);
    }
    boolean failedBelow = facts.lastFailedLevel().isPresent() && target != able;
    Object whyKey = failedBelow ? facts.lastFailedLevel().get() : facts.category();
    Supplier<String> why = failedBelow
        ? () -> "the " + facts.lastFailedLevel().get().name().toLowerCase(java.util.Locale.ROOT)
            + " could not solve it, the next level coordinates"
        : () -> "the lowest level able to solve " + Routes.category(facts.category()) + " is the "
            + able.name().toLowerCase(java.util.Locale.ROOT);
    if (facts.holderLevel().isAbove(target) && (facts.lastFailedLevel().isPresent() || facts.escalations() > 0)) {
      return Routes.towards(memo, facts.holderLevel(), facts, org, whyKey, why);
    }
    return Routes.towards(memo, target, facts, org, whyKey, why);
  }

  @Override
  public String toString() {
    return "tiered";
  }
}
