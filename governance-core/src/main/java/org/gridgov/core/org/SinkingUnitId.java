package org.gridgov.core.org;

import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;

/**
 * Identifier of a sinking unit (下沉单位), chosen by the embedding system.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value  1 to 64 letters, digits or {@code . _ : -}, starting with a letter or digit
 */
public record SinkingUnitId(String value) {

  /**
   * Creates the identifier, checking its form.
   *
   * @throws InvalidInputException if the value is null or malformed
   */
  public SinkingUnitId {
    Checks.token(value, "sinkingUnit");
  }

  /**
   * Obtains an identifier from its text.
   *
   * @param value  the text, not null
   * @return the identifier, not null
   * @throws InvalidInputException if the text is malformed
   */
  public static SinkingUnitId of(String value) {
    return new SinkingUnitId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
