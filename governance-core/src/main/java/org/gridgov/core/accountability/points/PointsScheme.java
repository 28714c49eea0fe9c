package org.gridgov.core.accountability.points;

import com.google.common.collect.ImmutableMap;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;

/**
 * A community's points scheme as data: the earning rules and the reward catalogue.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PointsScheme {
  private static final PointsScheme EXAMPLE = of(
      java.util.List.of(
          new EarningRule("assist-patrol", "配合网格员楼栋巡查 assist a grid worker's patrol", 5),
          new EarningRule("collect-information", "采集居民信息 collect residents' information", 2),
          new EarningRule("report-hazard", "报告安全隐患 report a hazard", 10),
          new EarningRule("mediate-dispute", "调解邻里纠纷 help mediate a dispute", 20),
          new EarningRule("volunteer-service", "参加志愿服务 take part in volunteer service", 10)),
      java.util.List.of(
          new Reward("soap", "洗衣皂 laundry soap", 20),
          new Reward("cooking-oil", "食用油 cooking oil", 80),
          new Reward("rice-5kg", "大米 5 kg rice", 100)));

  private final ImmutableMap<String, EarningRule> rules;
  private final ImmutableMap<String, Reward> rewards;

  private PointsScheme(ImmutableMap<String, EarningRule> rules, ImmutableMap<String, Reward> rewards) {
    this.rules = rules;
    this.rewards = rewards;
  }

  /**
   * Obtains a scheme.
   *
   * @param rules  the earning rules, identifiers unique, not null
   * @param rewards  the reward catalogue, identifiers unique, not null
   * @return the scheme, not null
   * @throws InvalidInputException if a collection or element is null or an identifier repeats within the
   *     rules or within the rewards (the error names which)
   */
  public static PointsScheme of(Collection<EarningRule> rules, Collection<Reward> rewards) {
    Checks.noNulls(rules, "rules");
    Checks.noNulls(rewards, "rewards");
    return new PointsScheme(byId(rules, EarningRule::id, "rules"), byId(rewards, Reward::id, "rewards"));
  }

  private static <T> ImmutableMap<String, T> byId(Collection<T> items, Function<T, String> id, String field) {
    Map<String, T> out = new LinkedHashMap<>();
    for (T item : items) {
      if (out.putIfAbsent(id.apply(item), item) != null) {
        throw new InvalidInputException(field, "identifiers must be unique", id.apply(item));
      }
    }
    return ImmutableMap.copyOf(out);
  }

  /**
   * Returns an example scheme of a community (five rules, three rewards), for demonstrations.
   *
   * @return the scheme, not null
   */
  public static PointsScheme example() {
    return EXAMPLE;
  }

  /**
   * Finds an earning rule.
   *
   * @param id  the identifier, not null
   * @return the rule, empty if unknown
   * @throws InvalidInputException if the identifier is null
   */
  public Optional<EarningRule> rule(String id) {
    return Optional.ofNullable(rules.get(Checks.notNull(id, "id")));
  }

  /**
   * Finds a reward.
   *
   * @param id  the identifier, not null
   * @return the reward, empty if unknown
   * @throws InvalidInputException if the identifier is null
   */
  public Optional<Reward> reward(String id) {
    return Optional.ofNullable(rewards.get(Checks.notNull(id, "id")));
  }

  /**
   * Returns the earning rules by identifier.
   *
   * @return the rules, not null
   */
  public ImmutableMap<String, EarningRule> rules() {
    return rules;
  }

  /**
   * Returns the reward catalogue by identifier.
   *
   * @return the rewards, not null
   */
  public ImmutableMap<String, Reward> rewards() {
    return rewards;
  }
}
