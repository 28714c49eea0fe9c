package org.gridgov.core.category;

import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;

/**
 * Code of a case category in the two-level classification: two digits for a top-level class
 * ({@code 01} 市容环境 … {@code 05} 街面秩序), four for a subclass ({@code 0102} 暴露垃圾).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value  the code, 2 or 4 digits, top-level part not {@code 00}
 */
public record CategoryCode(String value) {

  /**
   * Creates the code, checking its form.
   *
   * @throws InvalidInputException if the code is not 2 or 4 digits or a part is {@code 00}
   */
  public CategoryCode {
    Checks.notNull(value, "category");
    if (!isDigits(value) || value.length() != 2 && value.length() != 4) {
      throw new InvalidInputException("category", "must be 2 or 4 digits", value);
    }
    if (value.startsWith("00") || value.length() == 4 && value.endsWith("00")) {
      throw new InvalidInputException("category", "parts must not be 00", value);
    }
  }

  /**
   * Obtains a code from its text.
   *
   * @param value  the code, not null
   * @return the code, not null
   * @throws InvalidInputException if the code is malformed
   */
  public static CategoryCode of(String value) {
    return new CategoryCode(value);
  }

  /**
   * Returns whether this is a top-level class.
   *
   * @return true for a two-digit code
   */
  public boolean isTopLevel() {
    return value.length() == 2;
  }

  /**
   * Returns the top-level class of this code, itself for a top-level code.
   *
   * @return the top-level code, not null
   */
  public CategoryCode topLevel() {
    return isTopLevel() ? this : new CategoryCode(value.substring(0, 2));
  }

  /**
   * Returns whether this code equals the other or is its top-level class.
   *
   * @param other  the other code, not null
   * @return true if this code covers the other
   * @throws InvalidInputException if the other code is null
   */
  public boolean covers(CategoryCode other) {
    return Checks.notNull(other, "other").value.startsWith(value);
  }

  private static boolean isDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return value;
  }
}
