package org.gridgov.routing;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import org.gridgov.core.org.CommunityId;
import org.gridgov.core.org.Department;
import org.gridgov.core.org.Level;
import org.gridgov.core.org.Organisation;

/**
 * Responsibility list: a case goes straight to the department listing its category; unclear or
 * multi-department cases go to the city center, except emergencies, for which the community blows the
 * whistle.
 */
final class ResponsibilityListPolicy extends CheckedPolicy {
  private final ResponsibilityTable table;
  private final DecisionMemo memo = new DecisionMemo();

  ResponsibilityListPolicy(ResponsibilityTable table) {
    this.table = Require.notNull(table, "responsibilities");
  }

  @Override
  RoutingDecision decideChecked(CaseFacts facts, Organisation org, WorkloadView load, Instant now) {
    boolean atCity = facts.holderLevel() == Level.CITY;
    boolean whistle = facts.urgency() == Urgency.EMERGENCY && !facts.holderLevel().isAbove(Level.COMMUNITY);
    if (whistle && !atCity) {
      return build(facts, org);
    }
    return memo.get(org, new DecisionMemo.Key(DecisionMemo.Move.CENTER, facts.category(),
        facts.responsibilityUnclear(), atCity), () -> build(facts, org));
  }

  private RoutingDecision build(CaseFacts facts, Organisation org) {
    ImmutableList<Department> listed = table.responsibleFor(facts.category());
    String cat = Routes.category(facts.category());
    if (facts.holderLevel() == Level.CITY || listed.size() == 1 && !facts.responsibilityUnclear()) {
      return Routes.departments(facts, org, table);
    }
    if (facts.responsibilityUnclear() || listed.isEmpty()) {
      return Routes.toCenter(org, facts.responsibilityUnclear() ? "responsibility for " + cat + " is unclear"
          : "no department lists " + cat);
    }
    if (facts.urgency() == Urgency.EMERGENCY && !facts.holderLevel().isAbove(Level.COMMUNITY)) {
      CommunityId community = (CommunityId) Ladder.at(org, facts.place(), Level.COMMUNITY);
      return new RoutingDecision.BlowWhistle(community,
          listed.stream().map(Department::id).collect(ImmutableList.toImmutableList()),
          "community " + org.nameOf(community) + " blows the whistle: emergency " + cat + " needs "
              + Routes.names(listed));
    }
    return Routes.toCenter(org, cat + " needs several departments (" + Routes.names(listed) + ")");
  }

  @Override
  public String toString() {
    return "responsibility-list";
  }
}
