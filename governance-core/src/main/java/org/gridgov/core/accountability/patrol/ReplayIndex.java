package org.gridgov.core.accountability.patrol;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds earlier tracks that a track repeats, by bucketing tracks on their size and first point.
 *
 * <p>Cells are sized from the replay tolerance so that a track's first point and any point within the
 * tolerance of it lie in the same or a neighbouring cell: a latitude band is at least the tolerance
 * tall (a great circle is never shorter than its change of latitude), and a band's longitude cells
 * divide the circle into cells widened by the band's latitude, wrapping at the antimeridian; near the
 * poles a band is one cell.
 */
final class ReplayIndex {
  private static final double MIN_CELL_DEGREES = 0.001;

  private record Key(int size, long latCell, long lonCell) {}

  private final TrackAnalyser analyser;
  private final double toleranceDegrees;
  private final double latCellDegrees;
  private final Map<Key, List<Patrol>> buckets = new HashMap<>();
  /** The cells {@link #match} probes in one band. */
  private final long[] scratch = new long[3];

  ReplayIndex(TrackAnalyser analyser) {
    this.analyser = analyser;
    this.toleranceDegrees =
        Math.toDegrees(analyser.rules().replayToleranceMetres() / GeoPoint.EARTH_MEAN_RADIUS_METRES);
    this.latCellDegrees = Math.max(MIN_CELL_DEGREES, 2 * toleranceDegrees);
  }

  Optional<Patrol> match(Patrol patrol) {
    if (patrol.track().size() < 2) {
      return Optional.empty();
    }
    GeoPoint first = patrol.track().get(0).position();
    long lat = latCell(first.latitude());
    int size = patrol.track().size();
    for (long band = lat - 1; band <= lat + 1; band++) {
      int n = neighbours(band, first.longitude(), scratch);
      for (int i = 0; i < n; i++) {
        Patrol found = find(patrol, size, band, scratch[i]);
        if (found != null) {
          return Optional.of(found);
        }
      }
    }
    return Optional.empty();
  }

  private Patrol find(Patrol patrol, int size, long band, long lonCell) {
    for (Patrol other : buckets.getOrDefault(new Key(size, band, lonCell), List.of())) {
      if (analyser.replays(patrol, other)) {
        return other;
      }
    }
    return null;
  }

  void add(Patrol patrol) {
    if (patrol.track().size() < 2) {
      return;
    }
    GeoPoint first = patrol.track().get(0).position();
    long lat = latCell(first.latitude());
    buckets.computeIfAbsent(new Key(patrol.track().size(), lat, lonCell(lat, first.longitude())),
        k -> new ArrayList<>()).add(patrol);
  }

  long latCell(double latitude) {
    return (long) Math.floor(latitude / latCellDegrees);
  }

  /** The longitude cells of a band that can hold a point within the tolerance of this longitude. */
  Set<Long> neighbours(long band, double longitude) {
    long[] cells = new long[3];
    int n = neighbours(band, longitude, cells);
    Set<Long> out = new LinkedHashSet<>();
    for (int i = 0; i < n; i++) {
      out.add(cells[i]);
    }
    return out;
  }

  /**
   * Writes the cell of a longitude and its two neighbours, each once (a band of one or two cells has
   * fewer), into {@code out} and returns how many; without a set, as this runs for every patrol of a day.
   */
  private int neighbours(long band, double longitude, long[] out) {
    long cells = lonCells(band);
    long cell = lonCell(longitude, cells);
    long west = Math.floorMod(cell - 1, cells);
    long east = Math.floorMod(cell + 1, cells);
    int n = 0;
    out[n++] = cell;
    if (west != cell) {
      out[n++] = west;
    }
    if (east != cell && east != west) {
      out[n++] = east;
    }
    return n;
  }

  long lonCell(long band, double longitude) {
    return lonCell(longitude, lonCells(band));
  }

  private static long lonCell(double longitude, long cells) {
    return Math.floorMod((long) Math.floor((longitude + 180) / 360 * cells), cells);
  }

  /**
   * The number of equal longitude cells in a band: each at least twice as wide as the tolerance's
   * longitude span at the largest latitude a point of this band or its neighbours can have, so the
   * whole circle is one cell near the poles.
   */
  long lonCells(long band) {
    double maxAbsLatitude = Math.min(90, Math.max(Math.abs(band - 1), Math.abs(band + 2)) * latCellDegrees);
    double width = Math.max(MIN_CELL_DEGREES, 2 * toleranceDegrees / Math.cos(Math.toRadians(maxAbsLatitude)));
    return Math.max(1, (long) Math.floor(360 / width));
  }
}
