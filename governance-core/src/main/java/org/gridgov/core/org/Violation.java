package org.gridgov.core.org;

import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;

/**
 * One broken rule: which rule, where, and a sentence saying what is wrong.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rule  the rule
 * @param subject  the code or identifier of the place or thing concerned
 * @param message  a short sentence naming the rule and the values
 */
public record Violation(RuleId rule, String subject, String message) {

  /**
   * Creates a violation.
   *
   * @throws InvalidInputException if a component is null
   */
  public Violation {
    Checks.notNull(rule, "rule");
    Checks.notNull(subject, "subject");
    Checks.notNull(message, "message");
  }

  /**
   * Returns the severity of the violated rule.
   *
   * @return the severity, not null
   */
  public Severity severity() {
    return rule.severity();
  }

  @Override
  public String toString() {
    return rule.code() + " " + subject + ": " + message;
  }
}
