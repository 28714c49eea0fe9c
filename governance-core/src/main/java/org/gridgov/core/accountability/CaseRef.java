package org.gridgov.core.accountability;

import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;

/**
 * Reference to a case of the case loop (案件), by its identifier text; accountability needs no more of
 * the case than this and the facts it is given.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value  1 to 64 letters, digits or {@code . _ : -}, starting with a letter or digit
 */
public record CaseRef(String value) {

  /**
   * Creates the reference, checking its form.
   *
   * @throws InvalidInputException if the value is null or malformed
   */
  public CaseRef {
    Checks.token(value, "caseRef");
  }

  /**
   * Obtains a reference from its text.
   *
   * @param value  the text, not null
   * @return the reference, not null
   * @throws InvalidInputException if the text is malformed
   */
  public static CaseRef of(String value) {
    return new CaseRef(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
