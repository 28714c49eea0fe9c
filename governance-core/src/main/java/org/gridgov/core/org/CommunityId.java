package org.gridgov.core.org;

import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;

/**
 * Identifier of a community (社区): the 12-digit unit-grid code, its parent's code followed by a 3-digit
 * community number.
 *
 * <p>{@link #toString()} gives the code and {@link #parse(String)} reads it back. This class is
 * immutable and thread-safe.
 */
public final class CommunityId implements PlaceId {
  private final SubdistrictId subdistrict;
  private final int number;
  /** The code's digits as a number: distinct for distinct identifiers, one compare in {@link #equals}. */
  private final long key;
  private final int hash;

  /**
   * Creates the identifier, checking the number.
   *
   * @param subdistrict  the enclosing subdistrict
   * @param number  the community number within the subdistrict, 1 to 999
   * @throws InvalidInputException if the subdistrict is null or the number is not between 1 and 999
   */
  public CommunityId(SubdistrictId subdistrict, int number) {
    Checks.notNull(subdistrict, "subdistrict");
    AreaCodes.sequence(number, "number");
    this.subdistrict = subdistrict;
    this.number = number;
    this.key = subdistrict.key() * 1000 + number;
    this.hash = subdistrict.hashCode() * 1009 + number;
  }

  /**
   * Returns the enclosing subdistrict.
   *
   * @return the enclosing subdistrict, not null
   */
  public SubdistrictId subdistrict() {
    return subdistrict;
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
   * Obtains the identifier from its 12-digit code.
   *
   * @param code  the code, not null
   * @return the identifier, not null
   * @throws InvalidInputException naming the bad segment if the code is malformed
   */
  public static CommunityId parse(String code) {
    AreaCodes.requireLength(code, 12, "community");
    return parsePrefix(code);
  }

  /** Reads the community from the first 12 digits of a code at least that long. */
  static CommunityId parsePrefix(String code) {
    return new CommunityId(SubdistrictId.parsePrefix(code), AreaCodes.segment(code, 9, 12, "community"));
  }

  /**
   * Returns the identifier of the grid with the given number in this community.
   *
   * @param number  the grid number, 1 to 999
   * @return the identifier, not null
   * @throws InvalidInputException if the number is out of range
   */
  public GridId grid(int number) {
    return new GridId(this, number);
  }

  @Override
  public Level level() {
    return Level.COMMUNITY;
  }

  @Override
  public String code() {
    return subdistrict.code() + AreaCodes.pad3(number);
  }

  /** Compares the codes' digits, kept as one number (parent and number alike). */
  @Override
  public boolean equals(Object other) {
    return this == other || other instanceof CommunityId o && key == o.key;
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
