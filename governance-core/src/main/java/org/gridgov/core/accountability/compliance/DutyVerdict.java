package org.gridgov.core.accountability.compliance;

import org.gridgov.core.InvalidInputException;
import org.gridgov.core.accountability.DateSpan;
import org.gridgov.core.duty.Duty;
import org.gridgov.core.internal.Checks;

/**
 * Whether one bearer met one duty in one period, with the counts behind it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param duty  the duty
 * @param bearer  who bears it
 * @param period  the cadence period, e.g. one week
 * @param counted  the qualifying activities logged in the period
 * @param belowMinimum  the activities logged that fell short of the duty's minimum duration or distance
 * @param elsewhere  the activities logged outside the bearer's jurisdiction
 */
public record DutyVerdict(Duty duty, Actor bearer, DateSpan period, int counted, int belowMinimum, int elsewhere) {

  /**
   * Creates the verdict.
   *
   * @throws InvalidInputException if a component is null or a count negative
   */
  public DutyVerdict {
    Checks.notNull(duty, "duty");
    Checks.notNull(bearer, "bearer");
    Checks.notNull(period, "period");
    Checks.range(counted, "counted", 0, Integer.MAX_VALUE);
    Checks.range(belowMinimum, "belowMinimum", 0, Integer.MAX_VALUE);
    Checks.range(elsewhere, "elsewhere", 0, Integer.MAX_VALUE);
  }

  /**
   * Returns whether the duty was met.
   *
   * @return true if at least the minimum count qualified
   */
  public boolean met() {
    return counted >= duty.minimumCount();
  }

  /**
   * Explains the verdict in one line.
   *
   * @return the explanation, not null
   */
  public String explanation() {
    StringBuilder s = new StringBuilder().append(bearer.label()).append(' ').append(duty.id()).append(' ')
        .append(period).append(": ").append(counted).append(" of ").append(duty.minimumCount())
        .append(" required ").append(duty.activity().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    if (belowMinimum > 0) {
      s.append("; ").append(belowMinimum).append(" below the minimum duration or distance");
    }
    if (elsewhere > 0) {
      s.append("; ").append(elsewhere).append(" outside the bearer's jurisdiction");
    }
    return s.append(met() ? " → met" : " → not met").toString();
  }
}
