package org.gridgov.routing.sim;

import java.util.List;

/**
 * A mean across replications with its 95 % confidence half-width (Student's t).
 *
 * @param mean  the sample mean
 * @param halfWidth  the half-width of the 95 % confidence interval, 0 for one replication
 * @param n  the number of replications
 */
public record Estimate(double mean, double halfWidth, int n) {
  private static final double[] T975 = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
      2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060,
      2.056, 2.052, 2.048, 2.045, 2.042};

  /**
   * Estimates the mean of independent replication values.
   *
   * @param values  one value per replication, not empty
   * @return the estimate, not null
   * @throws org.gridgov.core.InvalidInputException if there are no values
   */
  public static Estimate of(List<Double> values) {
    if (values == null || values.isEmpty()) {
      throw new org.gridgov.core.InvalidInputException("values", "must not be empty");
    }
    int n = values.size();
    double mean = values.stream().mapToDouble(Double::doubleValue).sum() / n;
    if (n == 1) {
      return new Estimate(mean, 0, 1);
    }
    double ss = 0;
    for (double v : values) {
      ss += (v - mean) * (v - mean);
    }
    double sd = Math.sqrt(ss / (n - 1));
    return new Estimate(mean, tQuantile(n - 1) * sd / Math.sqrt(n), n);
  }

  /**
   * Returns the 97.5 % quantile of Student's t distribution.
   *
   * @param degreesOfFreedom  at least 1
   * @return the quantile (1.96 beyond 30 degrees of freedom)
   */
  static double tQuantile(int degreesOfFreedom) {
    return degreesOfFreedom <= T975.length ? T975[degreesOfFreedom - 1] : 1.96;
  }

  /**
   * Returns whether a value lies in the confidence interval.
   *
   * @param value  the value
   * @return true if within mean ± half-width
   */
  public boolean covers(double value) {
    return Math.abs(value - mean) <= halfWidth;
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "%.4f ± %.4f (n=%d)", mean, halfWidth, n);
  }
}
