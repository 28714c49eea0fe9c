package org.gridgov.core.cases;

import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;

/**
 * Identifier of a case (事件/诉求).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value  the identifier token
 */
public record CaseId(String value) {

  /**
   * Creates the identifier.
   *
   * @throws InvalidInputException if the value is not a token
   */
  public CaseId {
    Checks.token(value, "caseId");
  }

  /**
   * Obtains an identifier.
   *
   * @param value  the token, not null
   * @return the identifier, not null
   * @throws InvalidInputException if the value is not a token
   */
  public static CaseId of(String value) {
    return new CaseId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
