package org.gridgov.core.accountability.patrol;

import java.time.Duration;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;

/**
 * The thresholds by which a GPS track is judged plausible, as data.
 *
 * <p>{@link #standard()} gives the defaults documented in {@code docs/ACCOUNTABILITY.md}. This class
 * is immutable and thread-safe.
 *
 * @param maxSpeedMetresPerSecond  the fastest believable speed on foot or bicycle
 * @param maxJumpMetres  the longest believable step between two consecutive points
 * @param noiseMetres  movements shorter than this from the last counted point are GPS noise
 * @param outsideMarginMetres  how far outside the grid area a point may lie without counting as outside
 * @param maxOutsideStretch  the longest believable stretch spent outside the grid area
 * @param maxGap  the longest believable gap in the track, also at the patrol's start and end
 * @param replayToleranceMetres  two tracks whose points all lie this close pairwise are the same track
 */
public record PlausibilityRules(double maxSpeedMetresPerSecond, double maxJumpMetres, double noiseMetres,
    double outsideMarginMetres, Duration maxOutsideStretch, Duration maxGap, double replayToleranceMetres) {

  private static final PlausibilityRules STANDARD = new PlausibilityRules(25.0 / 3.6, 500, 10, 50,
      Duration.ofMinutes(10), Duration.ofMinutes(10), 3);

  /**
   * Creates the rules.
   *
   * @throws InvalidInputException if a threshold is not positive and finite, a duration is null, the
   *     outside stretch negative or the gap not positive
   */
  public PlausibilityRules {
    positive(maxSpeedMetresPerSecond, "maxSpeedMetresPerSecond");
    positive(maxJumpMetres, "maxJumpMetres");
    positive(noiseMetres, "noiseMetres");
    positive(outsideMarginMetres, "outsideMarginMetres");
    positive(replayToleranceMetres, "replayToleranceMetres");
    Checks.notNull(maxOutsideStretch, "maxOutsideStretch");
    Checks.notNull(maxGap, "maxGap");
    if (maxOutsideStretch.isNegative()) {
      throw new InvalidInputException("maxOutsideStretch", "must not be negative", maxOutsideStretch);
    }
    if (maxGap.isNegative() || maxGap.isZero()) {
      throw new InvalidInputException("maxGap", "must be positive", maxGap);
    }
  }

  /**
   * Returns the standard rules: 25 km/h, 500 m jumps, 10 m noise, 50 m margin, 10 min outside, 10 min
   * gaps, 3 m replay tolerance.
   *
   * @return the rules, not null
   */
  public static PlausibilityRules standard() {
    return STANDARD;
  }

  private static void positive(double value, String field) {
    if (!(value > 0) || !Double.isFinite(value)) {
      throw new InvalidInputException(field, "must be positive", value);
    }
  }
}
