package org.gridgov.routing.sim;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.category.CategoryCode;
import org.gridgov.core.org.Level;
import org.gridgov.routing.Urgency;

/**
 * A simulation scenario as data: horizon, arrival rates with daily and weekly cycles and storms, the
 * category and urgency mix, time limits, how often the lowest able level is underestimated, handling
 * times per level, working hours, rework and the resident-satisfaction model. Researchers change these
 * in JSON ({@link ScenarioFiles}); the reasons behind the default numbers are in {@code docs/SIMULATOR.md}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param name  the scenario's name, not blank
 * @param start  the simulated start: local midnight of a Monday in the business calendar's zone, a whole hour
 *     (UTC), not null; time of day in the simulation counts from it
 * @param horizonDays  days simulated, 1 to 3650
 * @param casesPerGridPerDay  mean reports per grid and day at a profile factor of 1, positive
 * @param hourlyProfile  24 non-negative factors of the arrival rate by hour of day
 * @param weeklyProfile  7 non-negative factors by day of week, Monday first
 * @param storms  surges of load, not null
 * @param categoryWeights  relative weights of the reported categories, not empty
 * @param urgencyWeights  relative weights of the urgencies, not empty
 * @param limitHours  the continuous-hours time limit per urgency, for every urgency
 * @param underestimateProbability  probability that a case needs one level more than the capability table says
 * @param medianHandlingMinutes  median handling work per level (city = center and departments), every ladder level
 * @param handlingSigma  log-normal shape of handling times, 0 to 3
 * @param failedAttemptFraction  share of the work a failing level spends before it gives up, 0 to 1
 * @param workdayStartHour  when handlers start work, 0 to 23
 * @param workdayEndHour  when they stop, after the start, 1 to 24
 * @param reworkProbability  probability that verification fails, 0 to 1
 * @param satisfaction  the resident-satisfaction model, not null
 */
public record Scenario(String name, Instant start, int horizonDays, double casesPerGridPerDay,
    ImmutableList<Double> hourlyProfile, ImmutableList<Double> weeklyProfile, ImmutableList<Storm> storms,
    ImmutableMap<CategoryCode, Double> categoryWeights, ImmutableMap<Urgency, Double> urgencyWeights,
    ImmutableMap<Urgency, Double> limitHours, double underestimateProbability,
    ImmutableMap<Level, Double> medianHandlingMinutes, double handlingSigma, double failedAttemptFraction,
    int workdayStartHour, int workdayEndHour, double reworkProbability, SatisfactionModel satisfaction) {

  /**
   * Creates the scenario, checking every field.
   *
   * @throws InvalidInputException naming the first field out of range
   */
  public Scenario {
    if (name == null || name.isBlank()) {
      throw new InvalidInputException("name", "must not be blank", name);
    }
    if (start == null || start.getEpochSecond() % 3600 != 0) {
      throw new InvalidInputException("start", "must be a whole hour (local midnight)", start);
    }
    range(horizonDays, 1, 3650, "horizonDays");
    range(casesPerGridPerDay, 1e-9, 1e6, "casesPerGridPerDay");
    factors(hourlyProfile, 24, "hourlyProfile");
    factors(weeklyProfile, 7, "weeklyProfile");
    if (storms == null || storms.contains(null)) {
      throw new InvalidInputException("storms", "is required and must not contain null");
    }
    weights(categoryWeights, "categoryWeights");
    weights(urgencyWeights, "urgencyWeights");
    for (Urgency u : Urgency.values()) {
      if (limitHours == null || !limitHours.containsKey(u)) {
        throw new InvalidInputException("limitHours", "must give a limit for every urgency", u);
      }
      range(limitHours.get(u), 0.01, 24 * 3650, "limitHours[" + u + "]");
    }
    range(underestimateProbability, 0, 1, "underestimateProbability");
    for (Level l : new Level[] {Level.GRID, Level.COMMUNITY, Level.SUBDISTRICT, Level.CITY}) {
      if (medianHandlingMinutes == null || !medianHandlingMinutes.containsKey(l)) {
        throw new InvalidInputException("medianHandlingMinutes", "must give a median for every ladder level", l);
      }
      range(medianHandlingMinutes.get(l), 0.01, 1e6, "medianHandlingMinutes[" + l + "]");
    }
    range(handlingSigma, 0, 3, "handlingSigma");
    range(failedAttemptFraction, 0, 1, "failedAttemptFraction");
    range(workdayStartHour, 0, 23, "workdayStartHour");
    range(workdayEndHour, workdayStartHour + 1, 24, "workdayEndHour");
    range(reworkProbability, 0, 1, "reworkProbability");
    if (satisfaction == null) {
      throw new InvalidInputException("satisfaction", "is required");
    }
  }

  /**
   * A storm surge: from a day offset, for some days, the arrival rate is multiplied by a factor.
   *
   * @param fromDay  the first day (fractional), at least 0
   * @param days  the duration in days, positive
   * @param factor  the load multiplier, 1 to 10 (storms bring 1.5–4×)
   */
  public record Storm(double fromDay, double days, double factor) {
    /**
     * Creates the storm.
     *
     * @throws InvalidInputException if a value is out of range
     */
    public Storm {
      range(fromDay, 0, 1e5, "storm.fromDay");
      range(days, 1e-6, 1e5, "storm.days");
      range(factor, 1, 10, "storm.factor");
    }
  }

  /**
   * The resident-satisfaction model: the chance of "satisfied" starts at a base and drops with an overdue
   * closure, each rework and each escalation; of the rest, half rate "basically satisfied".
   *
   * @param base  chance of "satisfied" for a smooth on-time case, 0 to 1
   * @param overduePenalty  drop for a closure after the time limit, 0 to 1
   * @param reworkPenalty  drop per rework, 0 to 1
   * @param escalationPenalty  drop per escalation, 0 to 1
   */
  public record SatisfactionModel(double base, double overduePenalty, double reworkPenalty,
      double escalationPenalty) {
    /**
     * Creates the model.
     *
     * @throws InvalidInputException if a value is out of range
     */
    public SatisfactionModel {
      range(base, 0, 1, "satisfaction.base");
      range(overduePenalty, 0, 1, "satisfaction.overduePenalty");
      range(reworkPenalty, 0, 1, "satisfaction.reworkPenalty");
      range(escalationPenalty, 0, 1, "satisfaction.escalationPenalty");
    }

    /**
     * Returns the chance of "satisfied" for a closed case.
     *
     * @param overdue  whether it closed after its limit
     * @param reworks  how often it was reworked
     * @param escalations  how often it was escalated
     * @return the probability, 0 to 1
     */
    public double satisfiedProbability(boolean overdue, int reworks, int escalations) {
      double p = base - (overdue ? overduePenalty : 0) - reworks * reworkPenalty - escalations * escalationPenalty;
      return Math.max(0, Math.min(1, p));
    }
  }

  /**
   * Returns the default scenario: two weeks of a Beipiao-sized load with one storm on day 9, starting on
   * Monday 5 January 2026 at midnight Beijing time (2026-01-04T16:00Z).
   *
   * @return the scenario, not null
   */
  public static Scenario defaults() {
    ImmutableMap.Builder<CategoryCode, Double> cats = ImmutableMap.builder();
    String[][] mix = {{"0102", "12"}, {"0103", "6"}, {"0104", "6"}, {"0201", "8"}, {"0101", "3"}, {"0301", "3"},
        {"0302", "2"}, {"0304", "4"}, {"0402", "2"}, {"0404", "3"}, {"0406", "1"}, {"0407", "1"}, {"0502", "4"},
        {"0503", "4"}, {"0505", "3"}, {"0601", "8"}, {"0602", "5"}, {"0701", "2"}, {"0703", "3"}, {"0704", "8"},
        {"0705", "4"}, {"0801", "5"}, {"0802", "2"}};
    for (String[] m : mix) {
      cats.put(CategoryCode.of(m[0]), Double.parseDouble(m[1]));
    }
    ImmutableList.Builder<Double> hourly = ImmutableList.builder();
    double[] h = {0.2, 0.1, 0.1, 0.1, 0.1, 0.3, 0.6, 1.0, 1.6, 1.8, 1.8, 1.5, 1.0, 1.2, 1.6, 1.7, 1.6, 1.4, 1.2,
        1.0, 0.9, 0.7, 0.4, 0.3};
    for (double v : h) {
      hourly.add(v);
    }
    return new Scenario("beipiao-two-weeks", Instant.parse("2026-01-04T16:00:00Z"), 14, 0.12, hourly.build(),
        ImmutableList.of(1.0, 1.0, 1.0, 1.0, 1.0, 0.7, 0.6),
        ImmutableList.of(new Storm(9, 1.5, 3.0)), cats.build(),
        ImmutableMap.of(Urgency.ROUTINE, 85.0, Urgency.URGENT, 12.0, Urgency.EMERGENCY, 3.0),
        ImmutableMap.of(Urgency.ROUTINE, 168.0, Urgency.URGENT, 24.0, Urgency.EMERGENCY, 2.0), 0.15,
        ImmutableMap.of(Level.GRID, 60.0, Level.COMMUNITY, 120.0, Level.SUBDISTRICT, 240.0, Level.CITY, 480.0),
        0.6, 0.5, 8, 18, 0.08, new SatisfactionModel(0.95, 0.3, 0.15, 0.05));
  }

  /**
   * Returns a copy with another horizon.
   *
   * @param days  the horizon in days, 1 to 3650
   * @return the copy, not null
   */
  public Scenario withHorizonDays(int days) {
    return new Scenario(name, start, days, casesPerGridPerDay, hourlyProfile, weeklyProfile, storms,
        categoryWeights, urgencyWeights, limitHours, underestimateProbability, medianHandlingMinutes,
        handlingSigma, failedAttemptFraction, workdayStartHour, workdayEndHour, reworkProbability, satisfaction);
  }

  /**
   * Returns the arrival-rate factor of storms at a day offset (1 when no storm blows).
   *
   * @param day  the day offset, fractional
   * @return the product of the factors of the storms blowing then
   */
  public double stormFactor(double day) {
    double f = 1;
    for (Storm s : storms) {
      if (day >= s.fromDay() && day < s.fromDay() + s.days()) {
        f *= s.factor();
      }
    }
    return f;
  }

  private static void range(double value, double min, double max, String field) {
    if (!(value >= min && value <= max)) {
      throw new InvalidInputException(field, "must be between " + min + " and " + max, value);
    }
  }

  private static void factors(ImmutableList<Double> list, int size, String field) {
    if (list == null || list.size() != size) {
      throw new InvalidInputException(field, "must have " + size + " factors", list == null ? null : list.size());
    }
    for (int i = 0; i < size; i++) {
      range(list.get(i) == null ? -1 : list.get(i), 0, 1e3, field + "[" + i + "]");
    }
  }

  private static <K> void weights(ImmutableMap<K, Double> map, String field) {
    if (map == null || map.isEmpty()) {
      throw new InvalidInputException(field, "must not be empty");
    }
    map.forEach((k, v) -> range(v, 0, 1e9, field + "[" + k + "]"));
    if (map.values().stream().mapToDouble(Double::doubleValue).sum() <= 0) {
      throw new InvalidInputException(field, "must have a positive total weight");
    }
  }
}
