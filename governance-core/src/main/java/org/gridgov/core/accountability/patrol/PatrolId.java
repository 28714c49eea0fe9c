package org.gridgov.core.accountability.patrol;

import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;

/**
 * Identifier of a logged patrol, chosen by the embedding system.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value  1 to 64 letters, digits or {@code . _ : -}, starting with a letter or digit
 */
public record PatrolId(String value) {

  /**
   * Creates the identifier.
   *
   * @throws InvalidInputException if the value is null or malformed
   */
  public PatrolId {
    Checks.token(value, "patrolId");
  }

  /**
   * Obtains an identifier from its text.
   *
   * @param value  the text, not null
   * @return the identifier, not null
   * @throws InvalidInputException if the text is malformed
   */
  public static PatrolId of(String value) {
    return new PatrolId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
