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

  // Written out: the generated record equals goes through an invokedynamic method handle chain that
  // the JIT does not reduce to two loads and a compare on the case loop's hot path.
  @Override
  public boolean equals(Object other) {
    return this == other || other instanceof CaseId o && value.equals(o.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
