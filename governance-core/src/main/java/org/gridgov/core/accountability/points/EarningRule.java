package org.gridgov.core.accountability.points;

import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;

/**
 * A way to earn points in grid work, as data: e.g. "assist a patrol: 5 points".
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id  a stable identifier, e.g. {@code assist-patrol}
 * @param description  what earns the points
 * @param points  points per occurrence, 1 to 10 000
 */
public record EarningRule(String id, String description, int points) {

  /**
   * Creates the rule.
   *
   * @throws InvalidInputException if a component is null or malformed, or the points out of range
   */
  public EarningRule {
    Checks.token(id, "id");
    Checks.text(description, "description", 200);
    Checks.range(points, "points", 1, 10_000);
  }
}
