package org.gridgov.core.cases;

import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;

/**
 * Identifier of a command, chosen by the sender so that a resent command is recognised.
 *
 * <p>Two identifiers are equal when their texts are. Deciding and applying a command each hash its
 * identifier (the case's resend filter), so the identifier keeps its text's hash in itself rather than
 * in its string, one read away instead of two.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CommandId {
  private final String value;
  private final int hash;

  /**
   * Creates the identifier.
   *
   * @param value  the identifier token: 1 to 64 letters, digits or {@code . _ : -}, starting with a letter
   *     or digit
   * @throws InvalidInputException if the value is not a token
   */
  public CommandId(String value) {
    this.value = Checks.token(value, "commandId");
    this.hash = value.hashCode();
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

  /**
   * Returns the text of the identifier.
   *
   * @return the token, not null
   */
  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return this == other || other instanceof CommandId o && hash == o.hash && value.equals(o.value);
  }

  /** The text's hash, {@code value().hashCode()}. */
  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return value;
  }
}
