package org.gridgov.core.accountability.scorecard;

import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;

/**
 * An indicator as data (考核指标): a rate of two measures, and whether higher is better.
 *
 * <p>The indicator's score is the rate for higher-is-better indicators and one minus the rate
 * otherwise (e.g. the rework rate). It is not applicable when the denominator is zero. This class is
 * immutable and thread-safe.
 *
 * @param id  a stable identifier, e.g. {@code on-time-closure-rate}
 * @param name  the name, with the Chinese term
 * @param numerator  the measure counted above the line
 * @param denominator  the measure counted below the line
 * @param higherIsBetter  true if a higher rate scores higher
 */
public record Indicator(String id, String name, Measure numerator, Measure denominator, boolean higherIsBetter) {

  /** Valid report rate 有效上报率 = valid reports / reports. */
  public static final Indicator VALID_REPORT_RATE = new Indicator("valid-report-rate", "有效上报率 valid report rate",
      Measure.VALID_REPORTS, Measure.REPORTS, true);
  /** On-time verification rate 按时核实率 = verifications on time / verifications. */
  public static final Indicator ON_TIME_VERIFICATION_RATE = new Indicator("on-time-verification-rate",
      "按时核实率 on-time verification rate", Measure.VERIFICATIONS_ON_TIME, Measure.VERIFICATIONS, true);
  /** Accurate dispatch rate 准确派遣率 = dispatches never returned / dispatches. */
  public static final Indicator ACCURATE_DISPATCH_RATE = new Indicator("accurate-dispatch-rate",
      "准确派遣率 accurate dispatch rate", Measure.ACCURATE_DISPATCHES, Measure.DISPATCHES, true);
  /** On-time handling rate 按时处置率 = handlings finished on time / handlings. */
  public static final Indicator ON_TIME_HANDLING_RATE = new Indicator("on-time-handling-rate",
      "按时处置率 on-time handling rate", Measure.HANDLINGS_ON_TIME, Measure.HANDLINGS, true);
  /** Rework rate 返工率 = handlings reworked / handlings; lower is better. */
  public static final Indicator REWORK_RATE = new Indicator("rework-rate", "返工率 rework rate",
      Measure.HANDLINGS_REWORKED, Measure.HANDLINGS, false);
  /** Closure rate 结案率 = cases closed / cases. */
  public static final Indicator CLOSURE_RATE = new Indicator("closure-rate", "结案率 closure rate",
      Measure.CASES_CLOSED, Measure.CASES, true);
  /** On-time closure rate 按时结案率 = cases closed on time / cases. */
  public static final Indicator ON_TIME_CLOSURE_RATE = new Indicator("on-time-closure-rate",
      "按时结案率 on-time closure rate", Measure.CASES_CLOSED_ON_TIME, Measure.CASES, true);
  /** Satisfaction rate 群众满意率 = (satisfied + basically satisfied) / resident ratings. */
  public static final Indicator SATISFACTION_RATE = new Indicator("satisfaction-rate", "群众满意率 satisfaction rate",
      Measure.SATISFIED_RATINGS, Measure.SATISFACTION_RATINGS, true);
  /** Work rating rate 效率与结果评价 = good efficiency and result ratings / such ratings. */
  public static final Indicator WORK_RATING_RATE = new Indicator("work-rating-rate",
      "效率与结果好评率 efficiency and result rating", Measure.GOOD_WORK_RATINGS, Measure.WORK_RATINGS, true);
  /** Bottom-up rating rate 下评上好评率 = good bottom-up ratings / bottom-up ratings. */
  public static final Indicator BOTTOM_UP_RATE = new Indicator("bottom-up-rate", "下评上好评率 bottom-up rating",
      Measure.GOOD_BOTTOM_UP_RATINGS, Measure.BOTTOM_UP_RATINGS, true);
  /** Patrol compliance 巡查达标率 = days the patrol duty was met / rostered days. */
  public static final Indicator PATROL_COMPLIANCE = new Indicator("patrol-compliance", "巡查达标率 patrol compliance",
      Measure.PATROL_DAYS_MET, Measure.PATROL_DAYS, true);
  /** Attendance 出勤率 = days with a check-in / rostered days. */
  public static final Indicator ATTENDANCE = new Indicator("attendance", "出勤率 attendance",
      Measure.ATTENDED_DAYS, Measure.ROSTER_DAYS, true);

  /**
   * Creates the indicator.
   *
   * @throws InvalidInputException if a component is null or malformed, or the measures are the same
   */
  public Indicator {
    Checks.token(id, "id");
    Checks.text(name, "name", 100);
    Checks.notNull(numerator, "numerator");
    Checks.notNull(denominator, "denominator");
    if (numerator == denominator) {
      throw new InvalidInputException("denominator", "must differ from the numerator", denominator);
    }
  }

  /**
   * Returns the formula in words, e.g. {@code CASES_CLOSED_ON_TIME / CASES}.
   *
   * @return the formula, not null
   */
  public String formula() {
    String rate = numerator + " / " + denominator;
    return higherIsBetter ? rate : "1 − " + rate;
  }
}
