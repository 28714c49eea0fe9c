package org.gridgov.core.org;

import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;

/**
 * Settings of the governance rules: the reference grid size and how far a grid may stray from it
 * before a {@link RuleId#GRID_SIZE} warning.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param referenceGridSize  the reference household count of a grid (the article: 300)
 * @param tolerance  the allowed relative deviation, e.g. 0.5 for 150 to 450 households
 */
public record RuleConfig(int referenceGridSize, double tolerance) {
  private static final RuleConfig DEFAULTS = new RuleConfig(300, 0.5);

  /**
   * Creates the settings.
   *
   * @throws InvalidInputException if the size is not positive or the tolerance not in [0, 10]
   */
  public RuleConfig {
    Checks.range(referenceGridSize, "referenceGridSize", 1, 1_000_000);
    if (!(tolerance >= 0 && tolerance <= 10)) {
      throw new InvalidInputException("tolerance", "must be between 0 and 10", tolerance);
    }
  }

  /**
   * Returns the article's settings: 300 households per grid, ±50 % before a warning.
   *
   * @return the default settings, not null
   */
  public static RuleConfig defaults() {
    return DEFAULTS;
  }

  /**
   * Returns whether a household count lies within the tolerance of the reference size.
   *
   * @param households  the count
   * @return true if near the reference size
   */
  public boolean isNearReference(int households) {
    return Math.abs(households - referenceGridSize) <= referenceGridSize * tolerance;
  }
}
