package org.gridgov.core.accountability.scorecard;

import com.google.common.collect.ImmutableMap;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.evaluation.EvaluationDimension;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.internal.Checks;

/**
 * One rater's evaluation of one handling subject after a case closed (反馈评价): ratings by dimension.
 *
 * <p>Residents rate satisfaction (and may rate efficiency and result); only units give bottom-up
 * ratings (下评上). Nobody rates themselves. This class is immutable and thread-safe.
 *
 * @param rater  who rates
 * @param ratee  who is rated
 * @param ratings  the ratings by dimension, not empty
 */
public record Evaluation(Rater rater, Subject ratee, ImmutableMap<EvaluationDimension, Satisfaction> ratings) {

  /**
   * Creates the evaluation.
   *
   * @throws InvalidInputException if a component is null, the ratings empty, the rater is the ratee,
   *     a unit rates resident satisfaction or a resident gives a bottom-up rating
   */
  public Evaluation {
    Checks.notNull(rater, "rater");
    Checks.notNull(ratee, "ratee");
    Checks.notNull(ratings, "ratings");
    if (ratings.isEmpty()) {
      throw new InvalidInputException("ratings", "must rate at least one dimension");
    }
    if (rater.is(ratee)) {
      throw new InvalidInputException("rater", "must not rate itself (no self-rating)", rater.toString());
    }
    if (rater instanceof Rater.Unit && ratings.containsKey(EvaluationDimension.RESIDENT_SATISFACTION)) {
      throw new InvalidInputException("ratings", "resident satisfaction is rated by residents only", rater.toString());
    }
    if (rater instanceof Rater.Resident && ratings.containsKey(EvaluationDimension.BOTTOM_UP)) {
      throw new InvalidInputException("ratings", "bottom-up ratings are given by units only", rater.toString());
    }
  }

  /**
   * Obtains a resident's satisfaction rating of a handling subject.
   *
   * @param resident  the resident, not null
   * @param ratee  the rated subject, not null
   * @param satisfaction  the rating, not null
   * @return the evaluation, not null
   * @throws InvalidInputException if the resident rates themselves
   */
  public static Evaluation residentSatisfaction(Rater.Resident resident, Subject ratee, Satisfaction satisfaction) {
    return new Evaluation(resident, ratee, ImmutableMap.of(EvaluationDimension.RESIDENT_SATISFACTION,
        Checks.notNull(satisfaction, "satisfaction")));
  }

  /**
   * Obtains a unit's bottom-up rating (下评上) of an upper center or department.
   *
   * @param lower  the rating unit, not null
   * @param upper  the rated center or department, not null
   * @param rating  the rating, not null
   * @return the evaluation, not null
   * @throws InvalidInputException if the unit rates itself
   */
  public static Evaluation bottomUp(Subject lower, Subject upper, Satisfaction rating) {
    return new Evaluation(new Rater.Unit(lower), upper, ImmutableMap.of(EvaluationDimension.BOTTOM_UP,
        Checks.notNull(rating, "rating")));
  }
}
