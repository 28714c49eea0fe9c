package org.gridgov.core.accountability.scorecard;

import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;

/**
 * An indicator with its weight in a subject kind's scorecard.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param indicator  the indicator
 * @param weight  the weight, positive
 */
public record WeightedIndicator(Indicator indicator, double weight) {

  /**
   * Creates the pair.
   *
   * @throws InvalidInputException if the indicator is null or the weight not positive
   */
  public WeightedIndicator {
    Checks.notNull(indicator, "indicator");
    if (!(weight > 0) || !Double.isFinite(weight)) {
      throw new InvalidInputException("weight", "must be positive", weight);
    }
  }
}
