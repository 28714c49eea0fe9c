package org.gridgov.routing;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.gridgov.core.org.DepartmentId;
import org.gridgov.core.org.Level;
import org.gridgov.core.org.Organisation;
import org.gridgov.core.org.PlaceId;
import org.gridgov.core.org.Role;
import org.gridgov.core.people.PersonId;

/**
 * The jurisdiction rules every routing decision must keep: assignments stay within the holder's area,
 * escalation goes exactly one level up, named handlers serve the unit they are named for.
 *
 * <p>This class has no state and is thread-safe.
 */
public final class Jurisdiction {
  private Jurisdiction() {}

  /**
   * Returns the roles that handle cases at a level: grid worker and grid chief at a grid, general grid
   * chief and community cadres at a community, subdistrict cadres and leaders at a subdistrict, center
   * dispatchers at the city.
   *
   * @param level  a city, subdistrict, community or grid level, not null
   * @return the roles, empty for other levels
   */
  public static ImmutableList<Role> handlingRoles(Level level) {
    switch (Require.notNull(level, "level")) {
      case GRID:
        return ImmutableList.of(Role.GRID_WORKER, Role.GRID_CHIEF);
      case COMMUNITY:
        return ImmutableList.of(Role.GENERAL_GRID_CHIEF, Role.COMMUNITY_CADRE);
      case SUBDISTRICT:
        return ImmutableList.of(Role.SUBDISTRICT_CADRE, Role.SUBDISTRICT_LEADER);
      case CITY:
        return ImmutableList.of(Role.CENTER_DISPATCHER);
      default:
        return ImmutableList.of();
    }
  }

  /**
   * Returns the people who handle cases at a unit, in role order then assignment order.
   *
   * @param organisation  the organisation, not null
   * @param unit  a city, subdistrict, community or grid of the organisation, not null
   * @return the handlers, possibly empty
   */
  public static ImmutableList<PersonId> handlersAt(Organisation organisation, PlaceId unit) {
    ImmutableList.Builder<PersonId> out = ImmutableList.builder();
    for (Role role : handlingRoles(unit.level())) {
      out.addAll(organisation.holders(role, unit));
    }
    return out.build();
  }

  /**
   * Checks a decision against the jurisdiction rules.
   *
   * @param decision  the decision, not null
   * @param facts  the facts it was made for, not null
   * @param organisation  the organisation, not null
   * @return a sentence naming the broken rule, empty if the decision keeps all rules
   */
  public static Optional<String> check(RoutingDecision decision, CaseFacts facts, Organisation organisation) {
    Require.notNull(decision, "decision");
    Require.notNull(facts, "facts");
    Require.notNull(organisation, "organisation");
    PlaceId holder = facts.holder();
    if (!organisation.isWithin(facts.place(), holder)) {
      return Optional.of("holder " + holder + " does not contain the case's place " + facts.place());
    }
    if (decision instanceof RoutingDecision.HandleHere h) {
      return h.handler().isEmpty() ? Optional.empty() : handlerProblem(organisation, h.handler().get(), holder);
    } else if (decision instanceof RoutingDecision.AssignDown a) {
      if (a.unit().equals(holder) || !organisation.containsWithin(a.unit(), holder)) {
        return Optional.of("assigned unit " + a.unit() + " is not below the holder " + holder);
      }
      // A unit known to the organisation contains itself: a case assigned down to its own grid needs no
      // second look-up.
      if (!facts.place().equals(a.unit()) && !organisation.isWithin(facts.place(), a.unit())) {
        return Optional.of("assigned unit " + a.unit() + " does not contain the case's place " + facts.place());
      }
      return a.handler().isEmpty() ? Optional.empty() : handlerProblem(organisation, a.handler().get(), a.unit());
    } else if (decision instanceof RoutingDecision.Escalate e) {
      Optional<PlaceId> parent = organisation.parent(holder);
      if (parent.isEmpty() || !parent.get().equals(e.to())) {
        return Optional.of("escalation from " + holder + " must go to its parent, went to " + e.to());
      }
      return Optional.empty();
    } else if (decision instanceof RoutingDecision.HandToCenter c) {
      if (!c.center().equals(organisation.city())) {
        return Optional.of("the center is " + organisation.city() + ", not " + c.center());
      }
      return holder.level() == Level.CITY ? Optional.of("the center already holds the case") : Optional.empty();
    } else if (decision instanceof RoutingDecision.AssignDepartments d) {
      return unknownDepartment(organisation, d.all());
    } else if (decision instanceof RoutingDecision.BlowWhistle w) {
      if (!organisation.contains(w.community()) || !organisation.isWithin(facts.place(), w.community())
          || !organisation.isWithin(holder, w.community())) {
        return Optional.of("community " + w.community() + " does not hold the case's place " + facts.place());
      }
      return unknownDepartment(organisation, w.summoned());
    } else if (decision instanceof RoutingDecision.Supervise s) {
      PlaceId expected = organisation.parent(holder).orElse(holder);
      return s.supervisor().equals(expected) ? Optional.empty()
          : Optional.of("supervisor of " + holder + " must be " + expected + ", was " + s.supervisor());
    }
    throw new IllegalStateException("unknown decision " + decision);
  }

  private static Optional<String> handlerProblem(Organisation organisation, PersonId person, PlaceId unit) {
    return handlersAt(organisation, unit).contains(person) ? Optional.empty()
        : Optional.of("person " + person + " does not handle cases at " + unit);
  }

  private static Optional<String> unknownDepartment(Organisation organisation, ImmutableList<DepartmentId> ids) {
    for (DepartmentId id : ids) {
      if (organisation.department(id).isEmpty()) {
        return Optional.of("department " + id + " is not part of the organisation");
      }
    }
    return Optional.empty();
  }
}
