package org.gridgov.core.org;

import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;

/**
 * Identifier of a grid (网格): the 15-digit unit-grid code, its parent's code followed by a 3-digit
 * grid number.
 *
 * <p>{@link #toString()} gives the code and {@link #parse(String)} reads it back. This class is
 * immutable and thread-safe.
 */
public final class GridId implements PlaceId {
  private final CommunityId community;
  private final int number;
  /** The code's digits as a number: distinct for distinct identifiers, one compare in {@link #equals}. */
  private final long key;
  private final int hash;

  /**
   * Creates the identifier, checking the number.
   *
   * @param community  the enclosing community
   * @param number  the grid number within the community, 1 to 999
   * @throws InvalidInputException if the community is null or the number is not between 1 and 999
   */
  public GridId(CommunityId community, int number) {
    Checks.notNull(community, "community");
    AreaCodes.sequence(number, "number");
    this.community = community;
    this.number = number;
    this.key = community.key() * 1000 + number;
    this.hash = community.hashCode() * 1009 + number;
  }

  /**
   * Returns the enclosing community.
   *
   * @return the enclosing community, not null
   */
  public CommunityId community() {
    return community;
  }

  /**
   * Returns the number within the parent.
   *
   * @return the number, 1 to 999
   */
  public int number() {
    return number;
  }

  /** The code's digits as a number, for comparisons within this package. */
  long key() {
    return key;
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

  /** Compares the codes' digits, kept as one number (parent and number alike). */
  @Override
  public boolean equals(Object other) {
    return this == other || other instanceof GridId o && key == o.key;
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return code();
  }
}
