package org.gridgov.core.people;

import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;

/**
 * A resident identity card number (居民身份证号码, GB 11643): personal data that masks itself in
 * {@link #toString()}.
 *
 * <p>Eighteen characters: seventeen digits and a check character (a digit or {@code X}) computed
 * with ISO 7064 MOD 11-2; the check is verified. This class is immutable and thread-safe.
 */
public final class IdCardNumber {
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK = "10X98765432";

  private final String value;

  private IdCardNumber(String value) {
    this.value = value;
  }

  /**
   * Obtains an identity card number, checking its form and check character.
   *
   * @param value  the number, 18 characters, a trailing lower-case x is accepted, not null
   * @return the number, not null
   * @throws InvalidInputException if the form or the check character is wrong
   */
  public static IdCardNumber of(String value) {
    Checks.notNull(value, "idCard");
    String v = value.toUpperCase(java.util.Locale.ROOT);
    if (!v.matches("[0-9]{17}[0-9X]")) {
      throw new InvalidInputException("idCard", "must be 17 digits followed by a digit or X",
          PhoneNumber.mask(v));
    }
    if (v.charAt(17) != checkCharacter(v)) {
      throw new InvalidInputException("idCard", "check character does not match (GB 11643)",
          PhoneNumber.mask(v));
    }
    return new IdCardNumber(v);
  }

  /**
   * Computes the check character for the first seventeen digits.
   *
   * @param digits  at least seventeen digits, not null
   * @return the check character, a digit or X
   */
  static char checkCharacter(String digits) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (digits.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK.charAt(sum % 11);
  }

  /**
   * Returns the full number; callers are responsible for where it goes.
   *
   * @return the number, not null
   */
  public String reveal() {
    return value;
  }

  /**
   * Returns the number with the first six and last four characters kept and the rest starred.
   *
   * @return the masked number, not null
   */
  public String masked() {
    return value.substring(0, 6) + "********" + value.substring(14);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof IdCardNumber other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the masked number, never the full one. */
  @Override
  public String toString() {
    return masked();
  }
}
