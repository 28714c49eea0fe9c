package org.gridgov.core.accountability.patrol;

import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.util.Locale;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;

/**
 * One patrol measured against the patrol duty: its duration, its track's assessment and what, if
 * anything, it falls short of.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param patrol  the patrol
 * @param duration  the logged duration
 * @param assessment  the track's assessment
 * @param minimumDuration  the duty's minimum duration per patrol
 * @param minimumDistanceMetres  the duty's minimum distance per patrol
 * @param shortfalls  what the patrol falls short of, empty if it counts
 */
public record PatrolCheck(Patrol patrol, Duration duration, TrackAssessment assessment, Duration minimumDuration,
    int minimumDistanceMetres, ImmutableSet<Shortfall> shortfalls) {

  /**
   * Creates the check.
   *
   * @throws InvalidInputException if a component is null
   */
  public PatrolCheck {
    Checks.notNull(patrol, "patrol");
    Checks.notNull(duration, "duration");
    Checks.notNull(assessment, "assessment");
    Checks.notNull(minimumDuration, "minimumDuration");
    Checks.noNulls(shortfalls, "shortfalls");
  }

  /**
   * Returns whether the patrol counts towards the duty.
   *
   * @return true if nothing falls short
   */
  public boolean counts() {
    return shortfalls.isEmpty();
  }

  /**
   * Explains the check in one sentence, naming each measured value against its minimum.
   *
   * @return the explanation, not null
   */
  public String explanation() {
    StringBuilder s = new StringBuilder();
    s.append("patrol ").append(patrol.id()).append(": ")
        .append(TrackAnalyser.minutes(duration))
        .append(shortfalls.contains(Shortfall.TOO_SHORT) ? " is below the minimum " : " meets the minimum ")
        .append(TrackAnalyser.minutes(minimumDuration)).append("; ")
        .append(String.format(Locale.ROOT, "%.2f km", assessment.distanceMetres() / 1000))
        .append(shortfalls.contains(Shortfall.TOO_LITTLE_DISTANCE) ? " is below the minimum " : " meets the minimum ")
        .append(String.format(Locale.ROOT, "%.2f km", minimumDistanceMetres / 1000.0)).append("; ");
    if (assessment.plausible()) {
      s.append("track plausible");
    } else {
      s.append("track implausible (").append(String.join("; ",
          assessment.flags().stream().map(TrackFlag::toString).toList())).append(')');
    }
    s.append("; outside-grid check ").append(switch (assessment.outsideGridCheck()) {
      case PASSED -> "passed";
      case FAILED -> "failed";
      case NOT_CHECKED -> "not checked (no grid area given)";
    });
    if (shortfalls.contains(Shortfall.OVERLAPS_EARLIER_PATROL)) {
      s.append("; overlaps an earlier patrol of the same worker");
    }
    s.append(counts() ? " → counts" : " → does not count");
    return s.toString();
  }
}
