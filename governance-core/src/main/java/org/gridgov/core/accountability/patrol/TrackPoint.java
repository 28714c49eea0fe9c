package org.gridgov.core.accountability.patrol;

import java.time.Instant;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;

/**
 * One timestamped position of a GPS track.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param at  when the position was recorded
 * @param position  the position
 */
public record TrackPoint(Instant at, GeoPoint position) {

  /**
   * Creates the point.
   *
   * @throws InvalidInputException if a component is null
   */
  public TrackPoint {
    Checks.notNull(at, "at");
    Checks.notNull(position, "position");
  }

  /**
   * Obtains a track point.
   *
   * @param at  the instant, not null
   * @param latitude  the latitude in degrees
   * @param longitude  the longitude in degrees
   * @return the point, not null
   * @throws InvalidInputException if the instant is null or a coordinate out of range
   */
  public static TrackPoint of(Instant at, double latitude, double longitude) {
    return new TrackPoint(at, new GeoPoint(latitude, longitude));
  }
}
