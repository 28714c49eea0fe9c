package org.gridgov.core.accountability.patrol;

import org.gridgov.core.InvalidInputException;

/**
 * A WGS84 position in decimal degrees.
 *
 * <p>Distances are great-circle distances on a sphere of the Earth's mean radius (haversine). This
 * class is immutable and thread-safe.
 *
 * @param latitude  the latitude, −90 to 90
 * @param longitude  the longitude, −180 to 180
 */
public record GeoPoint(double latitude, double longitude) {

  /** The Earth's mean radius in metres (IUGG), used for great-circle distances. */
  public static final double EARTH_MEAN_RADIUS_METRES = 6_371_008.8;

  /**
   * Creates the point.
   *
   * @throws InvalidInputException if a coordinate is not finite or out of range
   */
  public GeoPoint {
    if (!Double.isFinite(latitude) || latitude < -90 || latitude > 90) {
      throw new InvalidInputException("latitude", "must be between -90 and 90", latitude);
    }
    if (!Double.isFinite(longitude) || longitude < -180 || longitude > 180) {
      throw new InvalidInputException("longitude", "must be between -180 and 180", longitude);
    }
  }

  /**
   * Obtains a point.
   *
   * @param latitude  the latitude in degrees, −90 to 90
   * @param longitude  the longitude in degrees, −180 to 180
   * @return the point, not null
   * @throws InvalidInputException if a coordinate is out of range
   */
  public static GeoPoint of(double latitude, double longitude) {
    return new GeoPoint(latitude, longitude);
  }

  /**
   * Returns the great-circle distance to another point (haversine formula).
   *
   * @param other  the other point, not null
   * @return the distance in metres, not negative
   */
  public double distanceTo(GeoPoint other) {
    double phi1 = Math.toRadians(latitude);
    double phi2 = Math.toRadians(other.latitude);
    double dPhi = phi2 - phi1;
    double dLambda = Math.toRadians(other.longitude - longitude);
    double h = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
        + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
    return 2 * EARTH_MEAN_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  /**
   * Returns the point reached by moving north and east by small distances (a local flat
   * approximation, good to a few centimetres over a few kilometres).
   *
   * @param northMetres  metres to the north, negative for south
   * @param eastMetres  metres to the east, negative for west
   * @return the moved point, not null
   * @throws InvalidInputException if the result leaves the coordinate range
   */
  public GeoPoint offset(double northMetres, double eastMetres) {
    double dLat = Math.toDegrees(northMetres / EARTH_MEAN_RADIUS_METRES);
    double dLon = Math.toDegrees(eastMetres / (EARTH_MEAN_RADIUS_METRES * Math.cos(Math.toRadians(latitude))));
    return new GeoPoint(latitude + dLat, longitude + dLon);
  }
}
