package org.gridgov.core.accountability.patrol;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.org.GridId;
import org.gridgov.core.people.PersonId;

/**
 * A logged patrol (巡查日志): who patrolled which grid, from when to when, the GPS track and the
 * findings.
 *
 * <p>The track is kept as recorded, even out of order; {@link TrackAnalyser} judges it. This class
 * is immutable and thread-safe.
 *
 * @param id  the identifier
 * @param worker  the grid worker
 * @param grid  the grid patrolled
 * @param start  the start
 * @param end  the end, after the start
 * @param track  the GPS track as recorded
 * @param findings  what the patrol found
 */
public record Patrol(PatrolId id, PersonId worker, GridId grid, Instant start, Instant end,
    ImmutableList<TrackPoint> track, ImmutableList<Finding> findings) {

  /**
   * Creates the patrol.
   *
   * @throws InvalidInputException if a component is null or the end is not after the start
   */
  public Patrol {
    Checks.notNull(id, "id");
    Checks.notNull(worker, "worker");
    Checks.notNull(grid, "grid");
    Checks.notNull(start, "start");
    Checks.notNull(end, "end");
    if (!end.isAfter(start)) {
      throw new InvalidInputException("end", "must be after start " + start, end);
    }
    Checks.noNulls(track, "track");
    Checks.noNulls(findings, "findings");
  }

  /**
   * Obtains a patrol without findings.
   *
   * @param id  the identifier, not null
   * @param worker  the grid worker, not null
   * @param grid  the grid, not null
   * @param start  the start, not null
   * @param end  the end, not null
   * @param track  the track, not null
   * @return the patrol, not null
   * @throws InvalidInputException if a component is null or the end not after the start
   */
  public static Patrol of(PatrolId id, PersonId worker, GridId grid, Instant start, Instant end,
      ImmutableList<TrackPoint> track) {
    return new Patrol(id, worker, grid, start, end, track, ImmutableList.of());
  }

  /**
   * Returns how long the patrol lasted by its logged start and end.
   *
   * @return the duration, positive
   */
  public Duration duration() {
    return Duration.between(start, end);
  }
}
