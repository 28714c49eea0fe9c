package org.gridgov.core.accountability.patrol;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds earlier tracks that a track repeats, by bucketing tracks on their size and first point. */
final class ReplayIndex {
  private static final double CELL_DEGREES = 0.001;

  private record Key(int size, long latCell, long lonCell) {}

  private final TrackAnalyser analyser;
  private final Map<Key, List<Patrol>> buckets = new HashMap<>();

  ReplayIndex(TrackAnalyser analyser) {
    this.analyser = analyser;
  }

  Optional<Patrol> match(Patrol patrol) {
    if (patrol.track().size() < 2) {
      return Optional.empty();
    }
    GeoPoint first = patrol.track().get(0).position();
    long lat = cell(first.latitude());
    long lon = cell(first.longitude());
    for (long dLat = -1; dLat <= 1; dLat++) {
      for (long dLon = -1; dLon <= 1; dLon++) {
        for (Patrol other : buckets.getOrDefault(new Key(patrol.track().size(), lat + dLat, lon + dLon), List.of())) {
          if (analyser.replays(patrol, other)) {
            return Optional.of(other);
          }
        }
      }
    }
    return Optional.empty();
  }

  void add(Patrol patrol) {
    if (patrol.track().size() < 2) {
      return;
    }
    GeoPoint first = patrol.track().get(0).position();
    buckets.computeIfAbsent(new Key(patrol.track().size(), cell(first.latitude()), cell(first.longitude())),
        k -> new ArrayList<>()).add(patrol);
  }

  private static long cell(double degrees) {
    return (long) Math.floor(degrees / CELL_DEGREES);
  }
}
