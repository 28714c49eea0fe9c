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

  // Written out: the generated record equals goes through an invokedynamic method handle chain that
  // the JIT does not reduce to two loads and a compare on the case loop's hot path.
  @Override
  public boolean equals(Object other) {
    return this == other || other instanceof PersonId o && value.equals(o.value);
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
