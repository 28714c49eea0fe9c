package org.gridgov.routing;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.util.Arrays;
import java.util.Optional;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.category.CategoryCatalogue;
import org.gridgov.core.category.CategoryCode;
import org.gridgov.core.org.Department;
import org.gridgov.core.org.DepartmentId;
import org.gridgov.core.org.Level;
import org.gridgov.core.org.Organisation;
import org.gridgov.core.org.PlaceId;

/** Building blocks shared by the built-in policies: moves along the ladder and their reasons. */
final class Routes {
  private static final ImmutableMap<Level, String> LEVEL_NAMES = Maps.toMap(Arrays.asList(Level.values()),
      l -> l.name().toLowerCase(java.util.Locale.ROOT) + " ");

  private Routes() {}

  static void requireArguments(CaseFacts facts, Organisation org, WorkloadView load, Object now) {
    Require.notNull(facts, "facts");
    Require.notNull(org, "organisation");
    Require.notNull(load, "workload");
    Require.notNull(now, "now");
    if (!org.isWithin(facts.place(), facts.holder())) {
      throw new InvalidInputException("facts.holder", "must contain the case's place " + facts.place(),
          facts.holder());
    }
  }

  private static final ImmutableMap<Level, String> COULD_NOT_SOLVE = Maps.toMap(Arrays.asList(Level.values()),
      l -> "the " + l.name().toLowerCase(java.util.Locale.ROOT) + " could not solve it, the next level coordinates");

  /** Returns the reason part for a case the given level gave up. */
  static String couldNotSolve(Level failed) {
    return COULD_NOT_SOLVE.get(failed);
  }

  static String category(CategoryCode code) {
    Optional<String> name = CategoryCatalogue.standard().find(code).map(c -> c.name());
    return "category " + code + name.map(n -> " " + n).orElse("");
  }

  static String unit(Organisation org, PlaceId place) {
    return LEVEL_NAMES.get(place.level()) + org.nameOf(place);
  }

  /** Returns the level name of a unit, to be followed by its {@link Organisation#nameOf name}. */
  static String level(PlaceId place) {
    return LEVEL_NAMES.get(place.level());
  }

  /**
   * Like {@link #towards(Level, CaseFacts, Organisation, String)}, each distinct decision built once if a
   * memo is given: the reason part must then be an instance the policy keeps (see {@link PlaceDecisionMemo}).
   */
  static RoutingDecision towards(PlaceDecisionMemo memo, Level target, CaseFacts facts, Organisation org,
      String why) {
    PlaceId holder = facts.holder();
    PlaceDecisionMemo.Move move;
    PlaceId unit;
    if (holder.level() == target) {
      move = PlaceDecisionMemo.Move.HANDLE_HERE;
      unit = holder;
    } else if (holder.level().isAbove(target)) {
      move = PlaceDecisionMemo.Move.ASSIGN_DOWN;
      unit = Ladder.at(org, facts.place(), target);
    } else {
      move = PlaceDecisionMemo.Move.ESCALATE;
      unit = org.parent(holder).orElseThrow();
    }
    if (memo == null) {
      return towards(move, unit, org, why);
    }
    RoutingDecision d = memo.find(org, move, unit, why);
    return d != null ? d : memo.keep(org, move, unit, why, towards(move, unit, org, why));
  }

  private static RoutingDecision towards(PlaceDecisionMemo.Move move, PlaceId unit, Organisation org, String why) {
    switch (move) {
      case HANDLE_HERE:
        return new RoutingDecision.HandleHere(Optional.empty(), "handled by " + level(unit) + org.nameOf(unit)
            + ": " + why);
      case ASSIGN_DOWN:
        return new RoutingDecision.AssignDown(unit, Optional.empty(), "assigned down to " + level(unit)
            + org.nameOf(unit) + ": " + why);
      default:
        return new RoutingDecision.Escalate(unit, "escalated to " + level(unit) + org.nameOf(unit) + ": " + why);
    }
  }

  /** Moves the case towards a target level: handle here, escalate one step, or assign down to it. */
  static RoutingDecision towards(Level target, CaseFacts facts, Organisation org, String why) {
    return towards(null, target, facts, org, why);
  }

  /** Like {@link #departments(CaseFacts, Organisation, ResponsibilityTable)}, built once per category. */
  static RoutingDecision departments(DecisionMemo memo, CaseFacts facts, Organisation org,
      ResponsibilityTable table) {
    return memo.get(org, new DecisionMemo.Key(DecisionMemo.Move.DEPARTMENTS, facts.category(),
        facts.responsibilityUnclear(), null), () -> departments(facts, org, table));
  }

  /** The center's move for a case needing departments: lead + co-handlers from the list, else handle itself. */
  static RoutingDecision departments(CaseFacts facts, Organisation org, ResponsibilityTable table) {
    ImmutableList<Department> listed = table.responsibleFor(facts.category());
    String cat = category(facts.category());
    if (facts.responsibilityUnclear() || listed.isEmpty()) {
      return new RoutingDecision.HandleHere(Optional.empty(), "the city center commands and coordinates: "
          + (listed.isEmpty() ? "no department lists " + cat : "responsibility for " + cat + " is unclear"));
    }
    Department lead = listed.get(0);
    ImmutableList<DepartmentId> co = listed.subList(1, listed.size()).stream().map(Department::id)
        .collect(ImmutableList.toImmutableList());
    String reason = "assigned to " + lead.name() + ": " + cat + " is on its responsibility list"
        + (co.isEmpty() ? "" : "; co-handled by " + names(listed.subList(1, listed.size())));
    return new RoutingDecision.AssignDepartments(lead.id(), co, reason);
  }

  static String names(ImmutableList<Department> list) {
    return String.join(", ", list.stream().map(Department::name).toList());
  }

  static RoutingDecision toCenter(Organisation org, String why) {
    return new RoutingDecision.HandToCenter(org.city(), "handed to the city center: " + why);
  }
}
