package org.gridgov.core.people;

import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;

/**
 * Identifier of a person, chosen by the embedding system; carries no personal data.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value  1 to 64 letters, digits or {@code . _ : -}, starting with a letter or digit
 */
public record PersonId(String value) {

  /**
   * Creates the identifier, checking its form.
   *
   * @throws InvalidInputException if the value is null or malformed
   */
  public PersonId {
    Checks.token(value, "personId");
  }

  /**
   * Obtains an identifier from its text.
   *
   * @param value  the text, not null
   * @return the identifier, not null
   * @throws InvalidInputException if the text is malformed
   */
  public static PersonId of(String value) {
    return new PersonId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
