package org.gridgov.core;

import java.util.Objects;

/**
 * Thrown when a value given to the library breaks a rule: names the field, the rule and the value.
 *
 * <p>Example message: {@code "code: community segment must be 3 digits, was '01a'"}.
 * This class is immutable and thread-safe.
 */
public final class InvalidInputException extends GovernanceException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String rule;

  /**
   * Creates an exception for a field whose value broke a rule.
   *
   * @param field  the field's name as the caller knows it, not null
   * @param rule  the rule, phrased so that {@code rule + ", was " + value} reads as a sentence, not null
   * @param value  the offending value, may be null
   */
  public InvalidInputException(String field, String rule, Object value) {
    super(Objects.requireNonNull(field, "field") + ": " + Objects.requireNonNull(rule, "rule")
        + ", was " + describe(value));
    this.field = field;
    this.rule = rule;
  }

  /**
   * Creates an exception for a field that broke a rule where the value adds nothing (e.g. missing).
   *
   * @param field  the field's name, not null
   * @param rule  the rule, not null
   */
  public InvalidInputException(String field, String rule) {
    super(Objects.requireNonNull(field, "field") + ": " + Objects.requireNonNull(rule, "rule"));
    this.field = field;
    this.rule = rule;
  }

  /**
   * Returns the name of the field whose value broke the rule.
   *
   * @return the field name, not null
   */
  public String field() {
    return field;
  }

  /**
   * Returns the rule that was broken.
   *
   * @return the rule, not null
   */
  public String rule() {
    return rule;
  }

  private static String describe(Object value) {
    if (value == null) {
      return "null";
    }
    return value instanceof CharSequence ? "'" + value + "'" : String.valueOf(value);
  }
}
