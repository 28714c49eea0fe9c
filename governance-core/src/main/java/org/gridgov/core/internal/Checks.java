package org.gridgov.core.internal;

import java.util.Collection;
import java.util.Objects;
import org.gridgov.core.InvalidInputException;

/** Argument checks that throw {@link InvalidInputException} naming the field and the rule. */
public final class Checks {

  private Checks() {}

  /**
   * Returns the value if it is not null.
   *
   * @param value  the value
   * @param field  the field name
   * @param <T>  the value type
   * @return the value, not null
   * @throws InvalidInputException if the value is null
   */
  public static <T> T notNull(T value, String field) {
    if (value == null) {
      throw new InvalidInputException(field, "is required");
    }
    return value;
  }

  /**
   * Returns the text if it is neither null nor blank, nor longer than the limit.
   *
   * @param value  the text
   * @param field  the field name
   * @param maxLength  the largest length allowed
   * @return the text, not null
   * @throws InvalidInputException if the text is null, blank or too long
   */
  public static String text(String value, String field, int maxLength) {
    notNull(value, field);
    if (value.isBlank()) {
      throw new InvalidInputException(field, "must not be blank", value);
    }
    if (value.length() > maxLength) {
      throw new InvalidInputException(field, "must be at most " + maxLength + " characters long",
          value.length() + " characters");
    }
    return value;
  }

  /**
   * Returns the token if it is 1 to 64 characters of letters, digits and {@code . _ : -},
   * starting with a letter or digit.
   *
   * @param value  the token
   * @param field  the field name
   * @return the token, not null
   * @throws InvalidInputException if the token is null or malformed
   */
  public static String token(String value, String field) {
    notNull(value, field);
    if (!isToken(value)) {
      throw new InvalidInputException(field,
          "must be 1 to 64 letters, digits or . _ : - starting with a letter or digit", value);
    }
    return value;
  }

  private static boolean isToken(String value) {
    int n = value.length();
    if (n == 0 || n > 64 || !isAlnum(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = value.charAt(i);
      if (!isAlnum(c) && c != '.' && c != '_' && c != ':' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAlnum(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  /**
   * Returns the number if it lies in the closed range.
   *
   * @param value  the number
   * @param field  the field name
   * @param min  the smallest allowed
   * @param max  the largest allowed
   * @return the number
   * @throws InvalidInputException if the number is out of range
   */
  public static long range(long value, String field, long min, long max) {
    if (value < min || value > max) {
      throw new InvalidInputException(field, "must be between " + min + " and " + max, value);
    }
    return value;
  }

  /**
   * Returns the collection if neither it nor any element is null.
   *
   * @param values  the collection
   * @param field  the field name
   * @param <C>  the collection type
   * @return the collection, not null
   * @throws InvalidInputException if the collection or an element is null
   */
  public static <C extends Collection<?>> C noNulls(C values, String field) {
    notNull(values, field);
    int i = 0;
    for (Object v : values) {
      if (Objects.isNull(v)) {
        throw new InvalidInputException(field + "[" + i + "]", "is required");
      }
      i++;
    }
    return values;
  }
}
