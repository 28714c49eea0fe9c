package org.gridgov.core.cases;

import org.gridgov.core.InvalidInputException;

/**
 * A WGS-84 position of a case (坐标).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param latitude  degrees, -90 to 90
 * @param longitude  degrees, -180 to 180
 */
public record Coordinates(double latitude, double longitude) {

  /**
   * Creates the position.
   *
   * @throws InvalidInputException if a degree value is out of range or not a number
   */
  public Coordinates {
    if (!(latitude >= -90 && latitude <= 90)) {
      throw new InvalidInputException("latitude", "must be between -90 and 90", latitude);
    }
    if (!(longitude >= -180 && longitude <= 180)) {
      throw new InvalidInputException("longitude", "must be between -180 and 180", longitude);
    }
  }
}
