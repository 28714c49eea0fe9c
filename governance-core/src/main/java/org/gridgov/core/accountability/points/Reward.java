package org.gridgov.core.accountability.points;

import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;

/**
 * A reward in the catalogue that points can be redeemed for (积分兑换), e.g. "a bag of rice: 100 points".
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id  a stable identifier, e.g. {@code rice-5kg}
 * @param name  the reward's name
 * @param cost  points per item, 1 to 1 000 000
 */
public record Reward(String id, String name, int cost) {

  /**
   * Creates the reward.
   *
   * @throws InvalidInputException if a component is null or malformed, or the cost out of range
   */
  public Reward {
    Checks.token(id, "id");
    Checks.text(name, "name", 200);
    Checks.range(cost, "cost", 1, 1_000_000);
  }
}
