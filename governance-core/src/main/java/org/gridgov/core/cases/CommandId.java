package org.gridgov.core.cases;

import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;

/**
 * Identifier of a command, chosen by the sender so that a resent command is recognised.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value  the identifier token
 */
public record CommandId(String value) {

  /**
   * Creates the identifier.
   *
   * @throws InvalidInputException if the value is not a token
   */
  public CommandId {
    Checks.token(value, "commandId");
  }

  /**
   * Obtains an identifier.
   *
   * @param value  the token, not null
   * @return the identifier, not null
   * @throws InvalidInputException if the value is not a token
   */
  public static CommandId of(String value) {
    return new CommandId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
