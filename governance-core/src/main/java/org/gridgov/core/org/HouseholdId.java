package org.gridgov.core.org;

import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;

/**
 * Identifier of a household (户), chosen by the embedding system: 1 to 64 letters, digits or
 * {@code . _ : -}, starting with a letter or digit.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value  the identifier text
 */
public record HouseholdId(String value) implements PlaceId {

  /**
   * Creates the identifier, checking its form.
   *
   * @throws InvalidInputException if the value is null or malformed
   */
  public HouseholdId {
    Checks.token(value, "householdId");
  }

  /**
   * Obtains an identifier from its text.
   *
   * @param value  the text, not null
   * @return the identifier, not null
   * @throws InvalidInputException if the text is malformed
   */
  public static HouseholdId of(String value) {
    return new HouseholdId(value);
  }

  @Override
  public Level level() {
    return Level.HOUSEHOLD;
  }

  @Override
  public String code() {
    return value;
  }

  @Override
  public String toString() {
    return value;
  }
}
