package org.gridgov.core.org;

import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;

/** Parsing of the unit-grid code's fixed-width segments. */
final class AreaCodes {
  private AreaCodes() {}

  static void requireLength(String code, int length, String what) {
    Checks.notNull(code, "code");
    if (code.length() != length) {
      throw new InvalidInputException("code", "a " + what + " code must have " + length + " digits", code);
    }
  }

  static int segment(String code, int from, int to, String segment) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = code.charAt(i);
      if (c < '0' || c > '9') {
        throw new InvalidInputException("code", segment + " segment must be " + (to - from) + " digits",
            code.substring(from, to));
      }
      value = value * 10 + (c - '0');
    }
    if (value == 0) {
      throw new InvalidInputException("code", segment + " segment must not be zero", code.substring(from, to));
    }
    return value;
  }

  static int sequence(int number, String segment) {
    if (number < 1 || number > 999) {
      throw new InvalidInputException(segment, "must be between 1 and 999", number);
    }
    return number;
  }

  static String pad3(int number) {
    return number < 10 ? "00" + number : number < 100 ? "0" + number : Integer.toString(number);
  }
}
