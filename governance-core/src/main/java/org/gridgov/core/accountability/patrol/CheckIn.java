package org.gridgov.core.accountability.patrol;

import java.time.Instant;
import java.util.Optional;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.people.PersonId;

/**
 * A daily check-in (打卡) in the media app: the record behind daily attendance (日常考勤).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param person  who checked in
 * @param at  when
 * @param position  where, if recorded
 */
public record CheckIn(PersonId person, Instant at, Optional<GeoPoint> position) {

  /**
   * Creates the check-in.
   *
   * @throws InvalidInputException if a component is null
   */
  public CheckIn {
    Checks.notNull(person, "person");
    Checks.notNull(at, "at");
    Checks.notNull(position, "position");
  }

  /**
   * Obtains a check-in without a position.
   *
   * @param person  the person, not null
   * @param at  the instant, not null
   * @return the check-in, not null
   */
  public static CheckIn of(PersonId person, Instant at) {
    return new CheckIn(person, at, Optional.empty());
  }
}
