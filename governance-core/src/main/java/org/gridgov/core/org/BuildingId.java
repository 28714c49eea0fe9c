package org.gridgov.core.org;

import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;

/**
 * Identifier of a building (楼栋), chosen by the embedding system: 1 to 64 letters, digits or
 * {@code . _ : -}, starting with a letter or digit.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value  the identifier text
 */
public record BuildingId(String value) implements PlaceId {

  /**
   * Creates the identifier, checking its form.
   *
   * @throws InvalidInputException if the value is null or malformed
   */
  public BuildingId {
    Checks.token(value, "buildingId");
  }

  /**
   * Obtains an identifier from its text.
   *
   * @param value  the text, not null
   * @return the identifier, not null
   * @throws InvalidInputException if the text is malformed
   */
  public static BuildingId of(String value) {
    return new BuildingId(value);
  }

  @Override
  public Level level() {
    return Level.BUILDING;
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
