package org.gridgov.core.accountability.patrol;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.people.PersonId;

/**
 * A grid worker's patrol compliance on one day: the patrols started that day, which of them count,
 * and whether the duty's minimum count was met.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param worker  the grid worker
 * @param date  the day, in the evaluator's time zone
 * @param requiredCount  the patrols the duty requires per day
 * @param checks  the checks of the patrols started that day, in start order
 */
public record DailyPatrolCompliance(PersonId worker, LocalDate date, int requiredCount,
    ImmutableList<PatrolCheck> checks) {

  /**
   * Creates the result.
   *
   * @throws InvalidInputException if a component is null or the count not positive
   */
  public DailyPatrolCompliance {
    Checks.notNull(worker, "worker");
    Checks.notNull(date, "date");
    Checks.range(requiredCount, "requiredCount", 1, 1000);
    Checks.noNulls(checks, "checks");
  }

  /**
   * Returns the number of patrols that count.
   *
   * @return the count
   */
  public int countingPatrols() {
    return (int) checks.stream().filter(PatrolCheck::counts).count();
  }

  /**
   * Returns whether the day met the duty.
   *
   * @return true if at least the required number of patrols count
   */
  public boolean met() {
    return countingPatrols() >= requiredCount;
  }

  /**
   * Explains the day: one line per patrol, then the verdict.
   *
   * @return the lines, not empty
   */
  public ImmutableList<String> explanation() {
    ImmutableList.Builder<String> lines = ImmutableList.builder();
    for (PatrolCheck c : checks) {
      lines.add(c.explanation());
    }
    int counting = countingPatrols();
    lines.add(worker + " on " + date + ": " + counting + " counting patrol" + (counting == 1 ? "" : "s") + " of "
        + requiredCount + " required → " + (met() ? "met" : "not met"));
    return lines.build();
  }
}
