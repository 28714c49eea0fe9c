package org.gridgov.routing;

import java.time.Instant;
import org.gridgov.core.category.CategoryCode;
import org.gridgov.core.org.Level;
import org.gridgov.core.org.Organisation;

/**
 * Center first: every case goes to the city center, which dispatches it to the lowest able level (one level
 * above any level that failed) or to departments, like a 12345 hotline.
 */
final class CenterFirstPolicy extends CheckedPolicy {
  private final CapabilityTable capabilities;
  private final ResponsibilityTable responsibilities;
  private final DecisionMemo memo = new DecisionMemo();
  private final PlaceDecisionMemo placeMemo = new PlaceDecisionMemo();
  private final java.util.concurrent.ConcurrentHashMap<CategoryCode, String> whyByCategory =
      new java.util.concurrent.ConcurrentHashMap<>();

  CenterFirstPolicy(CapabilityTable capabilities, ResponsibilityTable responsibilities) {
    this.capabilities = Require.notNull(capabilities, "capabilities");
    this.responsibilities = Require.notNull(responsibilities, "responsibilities");
  }

  @Override
  RoutingDecision decideChecked(CaseFacts facts, Organisation org, WorkloadView load, Instant now) {
    if (facts.holderLevel() != Level.CITY) {
      return memo.get(org, new DecisionMemo.Key(DecisionMemo.Move.CENTER, null, null, null),
          () -> Routes.toCenter(org, "central dispatch takes every case"));
    }
    Level target = Ladder.higher(capabilities.lowestAbleLevel(facts.category()), Ladder.floor(facts));
    if (target == Level.CITY) {
      return Routes.departments(memo, facts, org, responsibilities);
    }
    return Routes.towards(placeMemo, target, facts, org, whyByCategory.computeIfAbsent(facts.category(),
        c -> "central dispatch to the lowest able level for " + Routes.category(c)));
  }

  @Override
  public String toString() {
    return "center-first";
  }
}
