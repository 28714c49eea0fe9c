package org.gridgov.core.accountability.scorecard;

import java.util.Locale;
import java.util.OptionalDouble;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;

/**
 * One line of a scorecard: an indicator's inputs, its value, its weight and what it contributed.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param indicator  the indicator
 * @param weight  its configured weight
 * @param numerator  the numerator's count
 * @param denominator  the denominator's count
 * @param share  the weight's share among the applicable indicators, 0 if not applicable
 */
public record IndicatorScore(Indicator indicator, double weight, long numerator, long denominator, double share) {

  /**
   * Creates the line.
   *
   * @throws InvalidInputException if the indicator is null or a count negative
   */
  public IndicatorScore {
    Checks.notNull(indicator, "indicator");
    Checks.range(numerator, "numerator", 0, Long.MAX_VALUE);
    Checks.range(denominator, "denominator", 0, Long.MAX_VALUE);
  }

  /**
   * Returns whether the indicator had data (a non-zero denominator).
   *
   * @return true if applicable
   */
  public boolean applicable() {
    return denominator > 0;
  }

  /**
   * Returns the indicator's value: the rate, or one minus it where lower is better.
   *
   * @return the value in [0, 1], empty if not applicable
   */
  public OptionalDouble value() {
    if (!applicable()) {
      return OptionalDouble.empty();
    }
    double rate = Math.min(1.0, (double) numerator / denominator);
    return OptionalDouble.of(indicator.higherIsBetter() ? rate : 1 - rate);
  }

  /**
   * Returns the points this line adds to the score out of 100.
   *
   * @return value × share × 100, 0 if not applicable
   */
  public double points() {
    return applicable() ? value().getAsDouble() * share * 100 : 0;
  }

  /**
   * Explains the line: inputs, formula, weight and contribution.
   *
   * @return the explanation, not null
   */
  public String explanation() {
    if (!applicable()) {
      return String.format(Locale.ROOT, "%s = %s: no data (%s = 0), weight %.0f not applied", indicator.name(),
          indicator.formula(), indicator.denominator(), weight);
    }
    return String.format(Locale.ROOT, "%s = %s = %s%d / %d = %.1f %%, weight %.0f (%.1f %% of applicable) → %.2f points",
        indicator.name(), indicator.formula(), indicator.higherIsBetter() ? "" : "1 − ", numerator, denominator,
        value().getAsDouble() * 100, weight, share * 100, points());
  }
}
