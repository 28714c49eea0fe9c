package org.gridgov.core.org;

import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;

/**
 * Identifier of a grid (网格): the 15-digit unit-grid code, its parent's code followed by a 3-digit
 * grid number.
 *
 * <p>{@link #toString()} gives the code and {@link #parse(String)} reads it back. This class is
 * immutable and thread-safe.
 *
 * @param community  the enclosing community
 * @param number  the grid number within the community, 1 to 999
 */
public record GridId(CommunityId community, int number) implements PlaceId {

  /**
   * Creates the identifier, checking the number.
   *
   * @throws InvalidInputException if the community is null or the number is not between 1 and 999
   */
  public GridId {
    Checks.notNull(community, "community");
    AreaCodes.sequence(number, "number");
  }

  /**
   * Obtains the identifier from its 15-digit code.
   *
   * @param code  the code, not null
   * @return the identifier, not null
   * @throws InvalidInputException naming the bad segment if the code is malformed
   */
  public static GridId parse(String code) {
    AreaCodes.requireLength(code, 15, "grid");
    return new GridId(CommunityId.parsePrefix(code), AreaCodes.segment(code, 12, 15, "grid"));
  }

  @Override
  public Level level() {
    return Level.GRID;
  }

  @Override
  public String code() {
    return community.code() + AreaCodes.pad3(number);
  }

  /** Compares the parent and the number; written out because identifiers are hashed on every lookup. */
  @Override
  public boolean equals(Object other) {
    return this == other || other instanceof GridId o && number == o.number && community.equals(o.community);
  }

  @Override
  public int hashCode() {
    return community.hashCode() * 1009 + number;
  }

  @Override
  public String toString() {
    return code();
  }
}
