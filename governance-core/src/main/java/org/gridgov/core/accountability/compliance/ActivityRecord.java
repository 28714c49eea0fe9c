package org.gridgov.core.accountability.compliance;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.duty.Activity;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.org.PlaceId;

/**
 * One logged activity (工作日志): a weekly report, a key-group visit, a sinking day, a joint meeting, a
 * leader's visit, an on-site day, a patrol…
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param actor  who performed it
 * @param activity  what
 * @param at  when it started
 * @param duration  how long, if logged
 * @param distanceMetres  how far, if logged (patrols)
 * @param place  where, if logged; a duty bound to a place counts it only within that place
 */
public record ActivityRecord(Actor actor, Activity activity, Instant at, Optional<Duration> duration,
    OptionalInt distanceMetres, Optional<PlaceId> place) {

  /**
   * Creates the record.
   *
   * @throws InvalidInputException if a component is null, the duration negative or the distance negative
   */
  public ActivityRecord {
    Checks.notNull(actor, "actor");
    Checks.notNull(activity, "activity");
    Checks.notNull(at, "at");
    Checks.notNull(duration, "duration");
    if (duration.isPresent() && duration.get().isNegative()) {
      throw new InvalidInputException("duration", "must not be negative", duration.get());
    }
    Checks.notNull(distanceMetres, "distanceMetres");
    if (distanceMetres.isPresent()) {
      Checks.range(distanceMetres.getAsInt(), "distanceMetres", 0, Integer.MAX_VALUE);
    }
    Checks.notNull(place, "place");
  }

  /**
   * Obtains a record with only actor, activity, time and place.
   *
   * @param actor  the actor, not null
   * @param activity  the activity, not null
   * @param at  when, not null
   * @param place  where, not null
   * @return the record, not null
   */
  public static ActivityRecord at(Actor actor, Activity activity, Instant at, PlaceId place) {
    return new ActivityRecord(actor, activity, at, Optional.empty(), OptionalInt.empty(),
        Optional.of(Checks.notNull(place, "place")));
  }

  /**
   * Obtains a record with only actor, activity and time.
   *
   * @param actor  the actor, not null
   * @param activity  the activity, not null
   * @param at  when, not null
   * @return the record, not null
   */
  public static ActivityRecord of(Actor actor, Activity activity, Instant at) {
    return new ActivityRecord(actor, activity, at, Optional.empty(), OptionalInt.empty(), Optional.empty());
  }
}
