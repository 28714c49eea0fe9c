package org.gridgov.core.accountability.patrol;

import com.google.common.collect.ImmutableList;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;

/**
 * The area of a grid on the map, supplied by the caller (the organisation model holds no
 * boundaries): a centre with a radius, or a polygon.
 */
public sealed interface GridArea {

  /**
   * Returns how far a point lies outside the area.
   *
   * @param point  the point, not null
   * @return the distance in metres outside the area, 0 if inside
   */
  double metresOutside(GeoPoint point);

  /**
   * A circle around a centre.
   *
   * @param centre  the centre
   * @param radiusMetres  the radius in metres, positive
   */
  record Circle(GeoPoint centre, double radiusMetres) implements GridArea {
    /**
     * Creates the circle.
     *
     * @throws InvalidInputException if the centre is null or the radius not positive
     */
    public Circle {
      Checks.notNull(centre, "centre");
      if (!(radiusMetres > 0) || !Double.isFinite(radiusMetres)) {
        throw new InvalidInputException("radiusMetres", "must be positive", radiusMetres);
      }
    }

    @Override
    public double metresOutside(GeoPoint point) {
      return Math.max(0, centre.distanceTo(point) - radiusMetres);
    }
  }

  /**
   * A simple polygon given by its vertices in order (not closed: the last joins the first). Suited to
   * grid-sized areas; distances use a local flat approximation.
   *
   * @param vertices  at least 3 vertices
   */
  record Polygon(ImmutableList<GeoPoint> vertices) implements GridArea {
    /**
     * Creates the polygon.
     *
     * @throws InvalidInputException if the vertices are null or fewer than 3
     */
    public Polygon {
      Checks.noNulls(vertices, "vertices");
      if (vertices.size() < 3) {
        throw new InvalidInputException("vertices", "must be at least 3", vertices.size());
      }
    }

    @Override
    public double metresOutside(GeoPoint point) {
      double cosLat = Math.cos(Math.toRadians(point.latitude()));
      double k = Math.toRadians(GeoPoint.EARTH_MEAN_RADIUS_METRES);
      int n = vertices.size();
      double[] xs = new double[n];
      double[] ys = new double[n];
      for (int i = 0; i < n; i++) {
        xs[i] = (vertices.get(i).longitude() - point.longitude()) * k * cosLat;
        ys[i] = (vertices.get(i).latitude() - point.latitude()) * k;
      }
      boolean inside = false;
      double nearest = Double.MAX_VALUE;
      for (int i = 0, j = n - 1; i < n; j = i++) {
        if ((ys[i] > 0) != (ys[j] > 0) && 0 < (xs[j] - xs[i]) * (0 - ys[i]) / (ys[j] - ys[i]) + xs[i]) {
          inside = !inside;
        }
        nearest = Math.min(nearest, distanceToSegment(xs[j], ys[j], xs[i], ys[i]));
      }
      return inside ? 0 : nearest;
    }

    private static double distanceToSegment(double ax, double ay, double bx, double by) {
      double dx = bx - ax;
      double dy = by - ay;
      double lengthSquared = dx * dx + dy * dy;
      double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
      double px = ax + t * dx;
      double py = ay + t * dy;
      return Math.sqrt(px * px + py * py);
    }
  }
}
