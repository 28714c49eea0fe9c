package org.gridgov.core.accountability.patrol;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.gridgov.core.org.CityId;
import org.gridgov.core.org.GridId;
import org.gridgov.core.people.PersonId;

/** Builds synthetic patrols for tests: walks in a straight line at a steady pace. */
final class Tracks {
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final GeoPoint BEIPIAO = GeoPoint.of(41.80, 120.77);
  static final GridId GRID = CityId.parse("211381").subdistrict(1).community(1).grid(1);
  static final PersonId WORKER = PersonId.of("worker-1");

  private Tracks() {}

  static Instant at(int day, int hour, int minute) {
    return LocalDateTime.of(2022, 5, day, hour, minute).atZone(SHANGHAI).toInstant();
  }

  /** A walk from {@code from} on a bearing, one point a minute, at the given pace in metres a minute. */
  static ImmutableList<TrackPoint> walk(GeoPoint from, double bearingDegrees, Instant start, int minutes,
      double metresPerMinute) {
    ImmutableList.Builder<TrackPoint> out = ImmutableList.builder();
    double north = Math.cos(Math.toRadians(bearingDegrees));
    double east = Math.sin(Math.toRadians(bearingDegrees));
    for (int m = 0; m <= minutes; m++) {
      double d = m * metresPerMinute;
      out.add(new TrackPoint(start.plus(Duration.ofMinutes(m)), from.offset(north * d, east * d)));
    }
    return out.build();
  }

  static Patrol patrol(String id, Instant start, int minutes, double metresPerMinute, double bearing) {
    return Patrol.of(PatrolId.of(id), WORKER, GRID, start, start.plus(Duration.ofMinutes(minutes)),
        walk(BEIPIAO, bearing, start, minutes, metresPerMinute));
  }
}
