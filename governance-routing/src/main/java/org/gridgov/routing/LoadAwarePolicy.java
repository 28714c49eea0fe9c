package org.gridgov.routing;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import org.gridgov.core.org.Level;
import org.gridgov.core.org.Organisation;
import org.gridgov.core.org.PlaceId;
import org.gridgov.core.people.PersonId;

/**
 * Load-aware: among the handlers of every unit between the lowest able level and the holder on the case's
 * path, the one with the fewest open cases handles it (ties: lower level first, then listing order).
 */
final class LoadAwarePolicy extends CheckedPolicy {
  private final CapabilityTable capabilities;
  private final ResponsibilityTable responsibilities;

  LoadAwarePolicy(CapabilityTable capabilities, ResponsibilityTable responsibilities) {
    this.capabilities = Require.notNull(capabilities, "capabilities");
    this.responsibilities = Require.notNull(responsibilities, "responsibilities");
  }

  private record Candidate(PlaceId unit, PersonId person, int open, int order) {}

  @Override
  RoutingDecision decideChecked(CaseFacts facts, Organisation org, WorkloadView load, Instant now) {
    Level target = Ladder.higher(capabilities.lowestAbleLevel(facts.category()), Ladder.floor(facts));
    if (target.isAbove(facts.holderLevel())) {
      return Routes.towards(target, facts, org, "the lowest able level for " + Routes.category(facts.category())
          + " is above the holder");
    }
    if (target == Level.CITY) {
      return LoadAwareTieBreak.refine(Routes.departments(facts, org, responsibilities), facts, org, load);
    }
    Optional<Candidate> best = Optional.empty();
    int order = 0;
    for (Level level = target; ; level = level.parent().orElseThrow()) {
      PlaceId unit = Ladder.at(org, facts.place(), level);
      for (PersonId p : Jurisdiction.handlersAt(org, unit)) {
        Candidate c = new Candidate(unit, p, load.openCases(p), order++);
        if (best.isEmpty() || Comparator.comparingInt(Candidate::open).thenComparingInt(Candidate::order)
            .compare(c, best.get()) < 0) {
          best = Optional.of(c);
        }
      }
      if (level == facts.holderLevel()) {
        break;
      }
    }
    if (best.isEmpty()) {
      return Routes.towards(target, facts, org, "no handler is registered, the unit decides");
    }
    Candidate c = best.get();
    String why = "least loaded qualified handler (" + c.open() + " open cases) for "
        + Routes.category(facts.category());
    if (c.unit().equals(facts.holder())) {
      return new RoutingDecision.HandleHere(Optional.of(c.person()), "handled by " + c.person() + " of "
          + Routes.unit(org, c.unit()) + ": " + why);
    }
    return new RoutingDecision.AssignDown(c.unit(), Optional.of(c.person()), "assigned down to " + c.person()
        + " of " + Routes.unit(org, c.unit()) + ": " + why);
  }

  @Override
  public String toString() {
    return "load-aware";
  }
}
