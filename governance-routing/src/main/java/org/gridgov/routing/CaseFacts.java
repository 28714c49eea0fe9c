package org.gridgov.routing;

import java.time.Instant;
import java.util.Optional;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.calendar.DeadlineLight;
import org.gridgov.core.category.CategoryCode;
import org.gridgov.core.org.Level;
import org.gridgov.core.org.PlaceId;

/**
 * The routing-relevant facts of one case at a decision point: what it is, where, how urgent, who holds
 * it, how far it has travelled and how its deadline stands.
 *
 * <p>These facts are a projection of the case state kept by the case loop; a policy sees only them,
 * never the case state itself. The holder is the territorial unit currently responsible for the case:
 * a grid, community or subdistrict, or the city (meaning the city grid management service center).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param category  the event category, not null
 * @param place  where the case happened, a grid or a place below it, not null
 * @param urgency  how urgent it is, not null
 * @param holder  the unit now responsible: a city, subdistrict, community or grid, not null
 * @param escalations  how often the case has been escalated or handed to the center so far, at least 0
 * @param light  the deadline light, not null
 * @param responsibilityUnclear  whether the reporter or an earlier handler marked responsibility as unclear
 * @param lastFailedLevel  the highest level whose handling attempt failed, empty if none failed
 * @param reportedAt  when the case was reported, not null
 */
public record CaseFacts(CategoryCode category, PlaceId place, Urgency urgency, PlaceId holder, int escalations,
    DeadlineLight light, boolean responsibilityUnclear, Optional<Level> lastFailedLevel, Instant reportedAt) {

  /**
   * Creates the facts, checking each field.
   *
   * @throws InvalidInputException if a field is null, the place is above grid level, the holder is not a
   *     city, subdistrict, community or grid, or the escalation count is negative
   */
  public CaseFacts {
    Require.notNull(category, "category");
    Require.notNull(place, "place");
    Require.notNull(urgency, "urgency");
    Require.notNull(holder, "holder");
    Require.atLeast(escalations, 0, "escalations");
    Require.notNull(light, "light");
    Require.notNull(lastFailedLevel, "lastFailedLevel");
    Require.notNull(reportedAt, "reportedAt");
    if (place.level().isAbove(Level.GRID)) {
      throw new InvalidInputException("place", "must be a grid or a place within one", place.level() + " " + place);
    }
    if (!Ladder.isHolderLevel(holder.level())) {
      throw new InvalidInputException("holder", "must be a city, subdistrict, community or grid",
          holder.level() + " " + holder);
    }
    if (lastFailedLevel.isPresent() && !Ladder.isHolderLevel(lastFailedLevel.get())) {
      throw new InvalidInputException("lastFailedLevel", "must be a city, subdistrict, community or grid level",
          lastFailedLevel.get());
    }
  }

  /**
   * Returns new facts for a freshly reported case held by the grid it happened in.
   *
   * @param category  the category, not null
   * @param place  where it happened, not null
   * @param grid  the grid holding it, not null
   * @param urgency  the urgency, not null
   * @param reportedAt  when it was reported, not null
   * @return the facts, not null
   * @throws InvalidInputException if a value is null or out of range
   */
  public static CaseFacts reported(CategoryCode category, PlaceId place, PlaceId grid, Urgency urgency,
      Instant reportedAt) {
    return new CaseFacts(category, place, urgency, grid, 0, DeadlineLight.GREEN, false, Optional.empty(),
        reportedAt);
  }

  /**
   * Returns the level of the holder.
   *
   * @return the level, not null
   */
  public Level holderLevel() {
    return holder.level();
  }

  /**
   * Returns a copy with another holder.
   *
   * @param newHolder  the new holder, not null
   * @return the copy, not null
   */
  public CaseFacts withHolder(PlaceId newHolder) {
    return new CaseFacts(category, place, urgency, newHolder, escalations, light, responsibilityUnclear,
        lastFailedLevel, reportedAt);
  }

  /**
   * Returns a copy with another deadline light.
   *
   * @param newLight  the light, not null
   * @return the copy, not null
   */
  public CaseFacts withLight(DeadlineLight newLight) {
    return new CaseFacts(category, place, urgency, holder, escalations, newLight, responsibilityUnclear,
        lastFailedLevel, reportedAt);
  }
}
