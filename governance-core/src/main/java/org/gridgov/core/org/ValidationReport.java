package org.gridgov.core.org;

import com.google.common.collect.ImmutableList;
import org.gridgov.core.internal.Checks;

/**
 * All rule violations found in an organisation at once, errors and warnings.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param violations  the violations in a stable order
 */
public record ValidationReport(ImmutableList<Violation> violations) {

  /**
   * Creates a report.
   *
   * @throws org.gridgov.core.InvalidInputException if the list or an element is null
   */
  public ValidationReport {
    Checks.noNulls(violations, "violations");
  }

  /**
   * Returns whether the report has no errors (warnings allowed).
   *
   * @return true if valid
   */
  public boolean isValid() {
    return errors().isEmpty();
  }

  /**
   * Returns the errors.
   *
   * @return the violations of severity {@link Severity#ERROR}, not null
   */
  public ImmutableList<Violation> errors() {
    return of(Severity.ERROR);
  }

  /**
   * Returns the warnings.
   *
   * @return the violations of severity {@link Severity#WARNING}, not null
   */
  public ImmutableList<Violation> warnings() {
    return of(Severity.WARNING);
  }

  /**
   * Returns the violations of one rule.
   *
   * @param rule  the rule, not null
   * @return the violations, not null
   */
  public ImmutableList<Violation> of(RuleId rule) {
    return violations.stream().filter(v -> v.rule() == rule).collect(ImmutableList.toImmutableList());
  }

  private ImmutableList<Violation> of(Severity severity) {
    return violations.stream().filter(v -> v.severity() == severity).collect(ImmutableList.toImmutableList());
  }
}
