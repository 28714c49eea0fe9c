package org.gridgov.core.org;

import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;

/**
 * Identifier of a subdistrict (街道): the 9-digit unit-grid code, its parent's code followed by a 3-digit
 * subdistrict number.
 *
 * <p>{@link #toString()} gives the code and {@link #parse(String)} reads it back. This class is
 * immutable and thread-safe.
 */
public final class SubdistrictId implements PlaceId {
  private final CityId city;
  private final int number;
  /** The code's digits as a number: distinct for distinct identifiers, one compare in {@link #equals}. */
  private final long key;
  private final int hash;

  /**
   * Creates the identifier, checking the number.
   *
   * @param city  the enclosing city
   * @param number  the subdistrict number within the city, 1 to 999
   * @throws InvalidInputException if the city is null or the number is not between 1 and 999
   */
  public SubdistrictId(CityId city, int number) {
    Checks.notNull(city, "city");
    AreaCodes.sequence(number, "number");
    this.city = city;
    this.number = number;
    this.key = city.key() * 1000 + number;
    this.hash = city.hashCode() * 1009 + number;
  }

  /**
   * Returns the enclosing city.
   *
   * @return the enclosing city, not null
   */
  public CityId city() {
    return city;
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
   * Obtains the identifier from its 9-digit code.
   *
   * @param code  the code, not null
   * @return the identifier, not null
   * @throws InvalidInputException naming the bad segment if the code is malformed
   */
  public static SubdistrictId parse(String code) {
    AreaCodes.requireLength(code, 9, "subdistrict");
    return parsePrefix(code);
  }

  /** Reads the subdistrict from the first 9 digits of a code at least that long. */
  static SubdistrictId parsePrefix(String code) {
    CityId parent = CityId.parse(code.length() == 6 ? code : code.substring(0, 6));
    return new SubdistrictId(parent, AreaCodes.segment(code, 6, 9, "subdistrict"));
  }

  /**
   * Returns the identifier of the community with the given number in this subdistrict.
   *
   * @param number  the community number, 1 to 999
   * @return the identifier, not null
   * @throws InvalidInputException if the number is out of range
   */
  public CommunityId community(int number) {
    return new CommunityId(this, number);
  }

  @Override
  public Level level() {
    return Level.SUBDISTRICT;
  }

  @Override
  public String code() {
    return city.code() + AreaCodes.pad3(number);
  }

  /** Compares the codes' digits, kept as one number (parent and number alike). */
  @Override
  public boolean equals(Object other) {
    return this == other || other instanceof SubdistrictId o && key == o.key;
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
