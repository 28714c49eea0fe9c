package org.gridgov.core.accountability.patrol;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;

/**
 * Judges GPS tracks against {@link PlausibilityRules}: measures distance without GPS noise and flags
 * speed spikes, jumps, timestamps out of order, gaps, long stretches outside the grid and replays.
 *
 * <p>Distance counts a step only once the position has moved at least the noise threshold from the
 * last counted point, so jitter around a standing point adds nothing. This class is immutable and
 * thread-safe.
 */
public final class TrackAnalyser {
  private final PlausibilityRules rules;

  private TrackAnalyser(PlausibilityRules rules) {
    this.rules = rules;
  }

  /**
   * Obtains an analyser for the rules.
   *
   * @param rules  the rules, not null
   * @return the analyser, not null
   */
  public static TrackAnalyser of(PlausibilityRules rules) {
    return new TrackAnalyser(Checks.notNull(rules, "rules"));
  }

  /**
   * Returns the rules.
   *
   * @return the rules, not null
   */
  public PlausibilityRules rules() {
    return rules;
  }

  /**
   * Returns the great-circle length of a track with GPS noise removed, taking the points in the
   * order given.
   *
   * @param track  the track, not null
   * @return the distance in metres
   */
  public double distanceMetres(ImmutableList<TrackPoint> track) {
    Checks.noNulls(track, "track");
    if (track.isEmpty()) {
      return 0;
    }
    double total = 0;
    GeoPoint anchor = track.get(0).position();
    for (int i = 1; i < track.size(); i++) {
      double d = anchor.distanceTo(track.get(i).position());
      if (d >= rules.noiseMetres()) {
        total += d;
        anchor = track.get(i).position();
      }
    }
    return total;
  }

  /**
   * Judges one patrol's track on its own (replays need other tracks: see
   * {@link #replays(Patrol, Patrol)}).
   *
   * @param patrol  the patrol, not null
   * @param area  the grid's area if known; without it the outside-the-grid check is not run
   * @return the assessment, not null
   */
  public TrackAssessment assess(Patrol patrol, Optional<GridArea> area) {
    Checks.notNull(patrol, "patrol");
    Checks.notNull(area, "area");
    ImmutableList<TrackPoint> track = patrol.track();
    ImmutableList.Builder<TrackFlag> flags = ImmutableList.builder();
    if (track.size() < 2) {
      flags.add(new TrackFlag(FlagKind.TRACK_MISSING, "the track has " + track.size() + " points, needs at least 2"));
      return new TrackAssessment(patrol.id(), 0, flags.build(), CheckStatus.NOT_CHECKED);
    }
    checkOrderAndCoverage(patrol, flags);
    checkSpeedAndJumps(track, flags);
    CheckStatus outside = CheckStatus.NOT_CHECKED;
    if (area.isPresent()) {
      Optional<TrackFlag> flag = outsideStretch(track, area.get());
      flag.ifPresent(flags::add);
      outside = flag.isPresent() ? CheckStatus.FAILED : CheckStatus.PASSED;
    }
    return new TrackAssessment(patrol.id(), distanceMetres(track), flags.build(), outside);
  }

  /**
   * Returns whether a track repeats another: the same number of points, each within the replay
   * tolerance of its counterpart, whatever the timestamps.
   *
   * @param patrol  a patrol, not null
   * @param other  another patrol, not null
   * @return true if the tracks are the same
   * @throws InvalidInputException if a patrol is null
   */
  public boolean replays(Patrol patrol, Patrol other) {
    ImmutableList<TrackPoint> a = Checks.notNull(patrol, "patrol").track();
    ImmutableList<TrackPoint> b = Checks.notNull(other, "other").track();
    if (a.size() != b.size() || a.size() < 2) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i).position().distanceTo(b.get(i).position()) > rules.replayToleranceMetres()) {
        return false;
      }
    }
    return true;
  }

  private void checkOrderAndCoverage(Patrol patrol, ImmutableList.Builder<TrackFlag> flags) {
    ImmutableList<TrackPoint> track = patrol.track();
    for (int i = 1; i < track.size(); i++) {
      if (!track.get(i).at().isAfter(track.get(i - 1).at())) {
        flags.add(new TrackFlag(FlagKind.TIMESTAMPS_OUT_OF_ORDER, "point " + i + " at " + track.get(i).at()
            + " is not after point " + (i - 1) + " at " + track.get(i - 1).at()));
        return;
      }
    }
    Instant first = track.get(0).at();
    Instant last = track.get(track.size() - 1).at();
    if (first.isBefore(patrol.start()) || last.isAfter(patrol.end())) {
      flags.add(new TrackFlag(FlagKind.TRACK_NOT_COVERING_PATROL, "the track runs " + first + " to " + last
          + ", outside the patrol " + patrol.start() + " to " + patrol.end()));
      return;
    }
    Duration longest = Duration.between(patrol.start(), first);
    String where = "before the first point";
    for (int i = 1; i < track.size(); i++) {
      Duration gap = Duration.between(track.get(i - 1).at(), track.get(i).at());
      if (gap.compareTo(longest) > 0) {
        longest = gap;
        where = "between points " + (i - 1) + " and " + i;
      }
    }
    if (Duration.between(last, patrol.end()).compareTo(longest) > 0) {
      longest = Duration.between(last, patrol.end());
      where = "after the last point";
    }
    if (longest.compareTo(rules.maxGap()) > 0) {
      flags.add(new TrackFlag(FlagKind.TRACK_NOT_COVERING_PATROL, "a gap of " + minutes(longest) + " " + where
          + " exceeds " + minutes(rules.maxGap())));
    }
  }

  private void checkSpeedAndJumps(ImmutableList<TrackPoint> track, ImmutableList.Builder<TrackFlag> flags) {
    double worstJump = 0;
    int jumpAt = -1;
    for (int i = 1; i < track.size(); i++) {
      double d = track.get(i - 1).position().distanceTo(track.get(i).position());
      if (d > worstJump) {
        worstJump = d;
        jumpAt = i;
      }
    }
    if (worstJump > rules.maxJumpMetres()) {
      flags.add(new TrackFlag(FlagKind.JUMP, String.format(Locale.ROOT, "points %d→%d: a step of %.0f m exceeds %.0f m",
          jumpAt - 1, jumpAt, worstJump, rules.maxJumpMetres())));
    }
    TrackPoint anchor = track.get(0);
    double worstSpeed = 0;
    String where = "";
    for (int i = 1; i < track.size(); i++) {
      TrackPoint p = track.get(i);
      double d = anchor.position().distanceTo(p.position());
      if (d < rules.noiseMetres()) {
        continue;
      }
      long millis = Duration.between(anchor.at(), p.at()).toMillis();
      if (millis > 0) {
        double speed = d / (millis / 1000.0);
        if (speed > worstSpeed) {
          worstSpeed = speed;
          where = "up to point " + i;
        }
      }
      anchor = p;
    }
    if (worstSpeed > rules.maxSpeedMetresPerSecond()) {
      flags.add(new TrackFlag(FlagKind.SPEED_SPIKE, String.format(Locale.ROOT, "%s: %.1f km/h exceeds %.1f km/h",
          where, worstSpeed * 3.6, rules.maxSpeedMetresPerSecond() * 3.6)));
    }
  }

  private Optional<TrackFlag> outsideStretch(ImmutableList<TrackPoint> track, GridArea area) {
    Instant outsideSince = null;
    Duration longest = Duration.ZERO;
    for (TrackPoint p : track) {
      boolean outside = area.metresOutside(p.position()) > rules.outsideMarginMetres();
      if (outside && outsideSince == null) {
        outsideSince = p.at();
      } else if (!outside && outsideSince != null) {
        longest = max(longest, Duration.between(outsideSince, p.at()));
        outsideSince = null;
      }
    }
    if (outsideSince != null) {
      longest = max(longest, Duration.between(outsideSince, track.get(track.size() - 1).at()));
    }
    if (longest.compareTo(rules.maxOutsideStretch()) > 0) {
      return Optional.of(new TrackFlag(FlagKind.OUTSIDE_GRID, "a stretch of " + minutes(longest) + " more than "
          + (long) rules.outsideMarginMetres() + " m outside the grid exceeds " + minutes(rules.maxOutsideStretch())));
    }
    return Optional.empty();
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /**
   * Returns a duration as whole minutes where it is one ("10 min"), else as minutes and seconds ("9 min 59 s",
   * "45 s", "10 min 0.5 s"). Minutes to one decimal printed 9 min 59 s as "10.0 min", so a flag could say a
   * gap of "10.0 min" exceeded a limit of "10 min".
   */
  static String minutes(Duration d) {
    long seconds = d.getSeconds();
    int nanos = d.getNano();
    if (nanos == 0 && seconds % 60 == 0) {
      return seconds / 60 + " min";
    }
    String rest = java.math.BigDecimal.valueOf(seconds % 60).add(java.math.BigDecimal.valueOf(nanos, 9))
        .stripTrailingZeros().toPlainString() + " s";
    return seconds < 60 ? rest : seconds / 60 + " min " + rest;
  }
}
