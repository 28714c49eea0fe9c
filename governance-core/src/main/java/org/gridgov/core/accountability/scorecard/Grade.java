package org.gridgov.core.accountability.scorecard;

import org.gridgov.core.InvalidInputException;

/** A grade of a composite score: A ≥ 90, B ≥ 75, C ≥ 60, D ≥ 40, E below. */
public enum Grade {
  /** 90 and above. */
  A(90),
  /** 75 and above. */
  B(75),
  /** 60 and above. */
  C(60),
  /** 40 and above. */
  D(40),
  /** Below 40. */
  E(0);

  private final double threshold;

  Grade(double threshold) {
    this.threshold = threshold;
  }

  /**
   * Returns the lowest score of the grade.
   *
   * @return the threshold
   */
  public double threshold() {
    return threshold;
  }

  /**
   * Returns the grade of a score.
   *
   * @param score  the score, 0 to 100
   * @return the grade, not null
   * @throws InvalidInputException if the score is out of range
   */
  public static Grade of(double score) {
    if (!(score >= 0 && score <= 100)) {
      throw new InvalidInputException("score", "must be between 0 and 100", score);
    }
    for (Grade g : values()) {
      if (score >= g.threshold) {
        return g;
      }
    }
    return E;
  }
}
