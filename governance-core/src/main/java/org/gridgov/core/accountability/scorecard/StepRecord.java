package org.gridgov.core.accountability.scorecard;

import java.time.Instant;
import java.util.Optional;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;

/**
 * A step of a case with a deadline (verification 核实 or closure 结案): who is responsible, when it
 * was due and when, if ever, it was done.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param by  the responsible subject
 * @param due  the deadline
 * @param doneAt  when it was done, empty if not yet
 */
public record StepRecord(Subject by, Instant due, Optional<Instant> doneAt) {

  /**
   * Creates the record.
   *
   * @throws InvalidInputException if a component is null
   */
  public StepRecord {
    Checks.notNull(by, "by");
    Checks.notNull(due, "due");
    Checks.notNull(doneAt, "doneAt");
  }

  /**
   * Obtains a record of a step done.
   *
   * @param by  the subject, not null
   * @param due  the deadline, not null
   * @param doneAt  when done, not null
   * @return the record, not null
   */
  public static StepRecord done(Subject by, Instant due, Instant doneAt) {
    return new StepRecord(by, due, Optional.of(Checks.notNull(doneAt, "doneAt")));
  }

  /**
   * Returns whether the step was done.
   *
   * @return true if done
   */
  public boolean done() {
    return doneAt.isPresent();
  }

  /**
   * Returns whether the step was done by its deadline.
   *
   * @return true if done no later than due
   */
  public boolean onTime() {
    return doneAt.isPresent() && !doneAt.get().isAfter(due);
  }
}
