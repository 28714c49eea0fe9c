package org.gridgov.routing;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.org.CityId;
import org.gridgov.core.org.CommunityId;
import org.gridgov.core.org.DepartmentId;
import org.gridgov.core.org.PlaceId;
import org.gridgov.core.people.PersonId;

/**
 * What a routing policy decides for a case (分流交办): one of the moves the article allows a community,
 * subdistrict or the city center on receiving a case, each with a reason a person can read.
 *
 * <p>All implementations are immutable records and thread-safe.
 */
public sealed interface RoutingDecision {

  /**
   * Returns why the policy decided this, as a sentence for people, e.g. "assigned to the housing bureau:
   * category 03 施工管理 is on its responsibility list".
   *
   * @return the reason, not null
   */
  String reason();

  /**
   * Handle the case at the current holder's level (本级处置), optionally by a named handler.
   *
   * @param handler  the person to handle it, empty to leave the choice to the unit
   * @param reason  why, not blank
   */
  record HandleHere(Optional<PersonId> handler, String reason) implements RoutingDecision {
    /**
     * Creates the decision.
     *
     * @throws InvalidInputException if a value is null or the reason blank
     */
    public HandleHere {
      Require.notNull(handler, "handler");
      Require.text(reason, "reason");
    }
  }

  /**
   * Assign the case down to a unit within the holder's jurisdiction (交办), optionally to a named handler.
   *
   * @param unit  the grid, community or subdistrict to handle it, not null
   * @param handler  the person to handle it, empty to leave the choice to the unit
   * @param reason  why, not blank
   */
  record AssignDown(PlaceId unit, Optional<PersonId> handler, String reason) implements RoutingDecision {
    /**
     * Creates the decision.
     *
     * @throws InvalidInputException if a value is null or the reason blank
     */
    public AssignDown {
      Require.notNull(unit, "unit");
      Require.notNull(handler, "handler");
      Require.text(reason, "reason");
    }
  }

  /**
   * Escalate the case one level up for coordination (逐级上报).
   *
   * @param to  the parent of the current holder, not null
   * @param reason  why, not blank
   */
  record Escalate(PlaceId to, String reason) implements RoutingDecision {
    /**
     * Creates the decision.
     *
     * @throws InvalidInputException if a value is null or the reason blank
     */
    public Escalate {
      Require.notNull(to, "to");
      Require.text(reason, "reason");
    }
  }

  /**
   * Hand the case to the city grid management service center (市网格管理服务中心) to command and coordinate.
   *
   * @param center  the city, not null
   * @param reason  why, not blank
   */
  record HandToCenter(CityId center, String reason) implements RoutingDecision {
    /**
     * Creates the decision.
     *
     * @throws InvalidInputException if a value is null or the reason blank
     */
    public HandToCenter {
      Require.notNull(center, "center");
      Require.text(reason, "reason");
    }
  }

  /**
   * Assign functional departments (联动处置): one lead department and any co-handling departments.
   *
   * @param lead  the lead department, not null
   * @param coHandlers  the co-handling departments, not containing the lead, not null
   * @param reason  why, not blank
   */
  record AssignDepartments(DepartmentId lead, ImmutableList<DepartmentId> coHandlers, String reason)
      implements RoutingDecision {
    /**
     * Creates the decision.
     *
     * @throws InvalidInputException if a value is null, the reason blank, or the lead is among the
     *     co-handlers
     */
    public AssignDepartments {
      Require.notNull(lead, "lead");
      Require.noNulls(coHandlers, "coHandlers");
      Require.text(reason, "reason");
      if (coHandlers.contains(lead)) {
        throw new InvalidInputException("coHandlers", "must not contain the lead department", lead);
      }
    }

    /**
     * Returns the lead followed by the co-handlers.
     *
     * @return all assigned departments, not null
     */
    public ImmutableList<DepartmentId> all() {
      return ImmutableList.<DepartmentId>builder().add(lead).addAll(coHandlers).build();
    }
  }

  /**
   * Blow the whistle (社区吹哨，部门报到): the community summons departments, which must report on site.
   *
   * @param community  the community blowing the whistle, not null
   * @param summoned  the departments summoned, the first leading, not empty
   * @param reason  why, not blank
   */
  record BlowWhistle(CommunityId community, ImmutableList<DepartmentId> summoned, String reason)
      implements RoutingDecision {
    /**
     * Creates the decision.
     *
     * @throws InvalidInputException if a value is null, the reason blank or no department is summoned
     */
    public BlowWhistle {
      Require.notNull(community, "community");
      Require.noNulls(summoned, "summoned");
      Require.text(reason, "reason");
      if (summoned.isEmpty()) {
        throw new InvalidInputException("summoned", "must name at least one department", summoned);
      }
    }
  }

  /**
   * Keep the case where it is but put it under supervision (督办) by the level above, as a yellow light
   * demands.
   *
   * @param supervisor  the unit supervising, not null
   * @param reason  why, not blank
   */
  record Supervise(PlaceId supervisor, String reason) implements RoutingDecision {
    /**
     * Creates the decision.
     *
     * @throws InvalidInputException if a value is null or the reason blank
     */
    public Supervise {
      Require.notNull(supervisor, "supervisor");
      Require.text(reason, "reason");
    }
  }
}
