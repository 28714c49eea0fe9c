package org.gridgov.routing;

import java.time.Instant;
import org.gridgov.core.category.CategoryCode;
import org.gridgov.core.org.Level;
import org.gridgov.core.org.Organisation;

/** Tiered escalation: the lowest level able to solve the case handles it; failures climb one level at a time. */
final class TieredEscalationPolicy extends CheckedPolicy {
  private final CapabilityTable capabilities;
  private final ResponsibilityTable responsibilities;
  private final DecisionMemo memo = new DecisionMemo();
  private final PlaceDecisionMemo placeMemo = new PlaceDecisionMemo();
  /** The reason part naming a category and its lowest able level (fixed by the capability table). */
  private final java.util.concurrent.ConcurrentHashMap<CategoryCode, String> whyByCategory =
      new java.util.concurrent.ConcurrentHashMap<>();

  TieredEscalationPolicy(CapabilityTable capabilities, ResponsibilityTable responsibilities) {
    this.capabilities = Require.notNull(capabilities, "capabilities");
    this.responsibilities = Require.notNull(responsibilities, "responsibilities");
  }

  @Override
  RoutingDecision decideChecked(CaseFacts facts, Organisation org, WorkloadView load, Instant now) {
    Level able = capabilities.lowestAbleLevel(facts.category());
    Level target = Ladder.higher(able, Ladder.floor(facts));
    if (target == Level.CITY && facts.holderLevel() == Level.CITY) {
      return Routes.departments(memo, facts, org, responsibilities);
    }
    String why = facts.lastFailedLevel().isPresent() && target != able
        ? Routes.couldNotSolve(facts.lastFailedLevel().get())
        : whyAble(facts.category(), able);
    if (facts.holderLevel().isAbove(target) && (facts.lastFailedLevel().isPresent() || facts.escalations() > 0)) {
      return Routes.towards(placeMemo, facts.holderLevel(), facts, org, why);
    }
    return Routes.towards(placeMemo, target, facts, org, why);
  }

  /** Returns the reason part naming a category's lowest able level, without a capturing lambda when known. */
  private String whyAble(CategoryCode category, Level able) {
    String why = whyByCategory.get(category);
    return why != null ? why : whyByCategory.computeIfAbsent(category, c -> "the lowest level able to solve "
        + Routes.category(c) + " is the " + able.name().toLowerCase(java.util.Locale.ROOT));
  }

  @Override
  public String toString() {
    return "tiered";
  }
}
