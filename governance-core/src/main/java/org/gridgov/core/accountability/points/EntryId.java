package org.gridgov.core.accountability.points;

import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;

/**
 * Identifier of a ledger entry, chosen by the caller; posting the same entry twice records it once.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value  1 to 64 letters, digits or {@code . _ : -}, starting with a letter or digit
 */
public record EntryId(String value) {

  /**
   * Creates the identifier.
   *
   * @throws InvalidInputException if the value is null or malformed
   */
  public EntryId {
    Checks.token(value, "entryId");
  }

  /**
   * Obtains an identifier from its text.
   *
   * @param value  the text, not null
   * @return the identifier, not null
   * @throws InvalidInputException if the text is malformed
   */
  public static EntryId of(String value) {
    return new EntryId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
