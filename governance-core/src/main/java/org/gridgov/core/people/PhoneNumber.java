package org.gridgov.core.people;

import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;

/**
 * A telephone number: personal data that masks itself in {@link #toString()} ("138****5678").
 *
 * <p>Accepted forms: 7 to 15 digits, optionally with a leading {@code +} and single {@code -}
 * separators; stored without separators. This class is immutable and thread-safe.
 */
public final class PhoneNumber {
  private final String digits;

  private PhoneNumber(String digits) {
    this.digits = digits;
  }

  /**
   * Obtains a telephone number.
   *
   * @param value  the number, not null
   * @return the number, not null
   * @throws InvalidInputException if the number is not 7 to 15 digits with optional + and -
   */
  public static PhoneNumber of(String value) {
    Checks.notNull(value, "phone");
    if (!isWellFormed(value)) {
      throw new InvalidInputException("phone", "must be digits with an optional leading + and - separators",
          mask(value));
    }
    String digits = value.replace("-", "");
    int count = digits.startsWith("+") ? digits.length() - 1 : digits.length();
    if (count < 7 || count > 15) {
      throw new InvalidInputException("phone", "must have 7 to 15 digits", count + " digits");
    }
    return new PhoneNumber(digits);
  }

  /**
   * Returns whether the text is digits with an optional leading + and single - separators between
   * digits; a loop rather than a regular expression, whose repeated group recurses once per separator
   * and overflows the stack on long input.
   */
  private static boolean isWellFormed(String value) {
    boolean afterDigit = false;
    for (int i = value.startsWith("+") ? 1 : 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= '0' && c <= '9') {
        afterDigit = true;
      } else if (c == '-' && afterDigit) {
        afterDigit = false;
      } else {
        return false;
      }
    }
    return afterDigit;
  }

  /**
   * Returns the full number; callers are responsible for where it goes.
   *
   * @return the digits, with a leading + if given, not null
   */
  public String reveal() {
    return digits;
  }

  /**
   * Returns the number with all but the first three and last four digits replaced by stars.
   *
   * @return the masked number, not null
   */
  public String masked() {
    return mask(digits);
  }

  static String mask(String s) {
    if (s.length() <= 7) {
      return "*".repeat(s.length());
    }
    return s.substring(0, 3) + "*".repeat(s.length() - 7) + s.substring(s.length() - 4);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof PhoneNumber other && digits.equals(other.digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  /** Returns the masked number, never the full one. */
  @Override
  public String toString() {
    return masked();
  }
}
