package org.gridgov.routing;

import java.util.Collection;
import org.gridgov.core.InvalidInputException;

/** Argument checks of this module, reporting {@link InvalidInputException}s. */
final class Require {
  private Require() {}

  static <T> T notNull(T value, String field) {
    if (value == null) {
      throw new InvalidInputException(field, "is required");
    }
    return value;
  }

  static <C extends Collection<?>> C noNulls(C values, String field) {
    notNull(values, field);
    int i = 0;
    for (Object v : values) {
      if (v == null) {
        throw new InvalidInputException(field + "[" + i + "]", "is required");
      }
      i++;
    }
    return values;
  }

  static int atLeast(int value, int min, String field) {
    if (value < min) {
      throw new InvalidInputException(field, "must be at least " + min, value);
    }
    return value;
  }

  static String text(String value, String field) {
    notNull(value, field);
    if (value.isBlank()) {
      throw new InvalidInputException(field, "must not be blank", value);
    }
    return value;
  }
}
