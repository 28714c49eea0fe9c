package org.gridgov.core.people;

import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;

/**
 * A person's name: personal data that masks itself in {@link #toString()} ("张*", "王**").
 *
 * <p>Use {@link #reveal()} where the full name is needed and allowed. This class is immutable and
 * thread-safe.
 */
public final class PersonName {
  private final String value;

  private PersonName(String value) {
    this.value = value;
  }

  /**
   * Obtains a name.
   *
   * @param value  the full name, 1 to 100 characters once surrounding white space is stripped, not blank
   * @return the name, not null
   * @throws InvalidInputException if the name is null, blank or too long
   */
  public static PersonName of(String value) {
    Checks.notNull(value, "name");
    return new PersonName(Checks.text(value.strip(), "name", 100));
  }

  /**
   * Returns the full name; callers are responsible for where it goes.
   *
   * @return the full name, not null
   */
  public String reveal() {
    return value;
  }

  /**
   * Returns the masked name: the first character followed by one star per other character.
   *
   * @return the masked name, not null
   */
  public String masked() {
    int first = value.offsetByCodePoints(0, 1);
    return value.substring(0, first) + "*".repeat(value.codePointCount(first, value.length()));
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof PersonName other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the masked name, never the full one. */
  @Override
  public String toString() {
    return masked();
  }
}
