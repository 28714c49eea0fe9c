package org.gridgov.core.org;

import org.gridgov.core.InvalidInputException;

/**
 * Identifier of a city (市): its 6-digit administrative division code (GB/T 2260), e.g. Beipiao
 * {@code 211381}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CityId implements PlaceId {
  private final String division;
  /** The code as a number: distinct for distinct cities, one compare in {@link #equals}. */
  private final int key;

  /**
   * Creates the identifier, checking the code.
   *
   * @param division  the administrative division code
   * @throws InvalidInputException if the division is not 6 digits or is all zeros
   */
  public CityId(String division) {
    AreaCodes.requireLength(division, 6, "city");
    this.key = AreaCodes.segment(division, 0, 6, "division");
    this.division = division;
  }

  /**
   * Returns the administrative division code.
   *
   * @return the 6 digits, not null
   */
  public String division() {
    return division;
  }

  /** The code as a number, for comparisons within this package. */
  long key() {
    return key;
  }

  /**
   * Obtains a city identifier from its 6-digit code.
   *
   * @param code  the code, not null
   * @return the identifier, not null
   * @throws InvalidInputException if the code is malformed
   */
  public static CityId parse(String code) {
    return new CityId(code);
  }

  /**
   * Returns the identifier of the subdistrict with the given number in this city.
   *
   * @param number  the subdistrict number, 1 to 999
   * @return the subdistrict identifier, not null
   * @throws InvalidInputException if the number is out of range
   */
  public SubdistrictId subdistrict(int number) {
    return new SubdistrictId(this, number);
  }

  @Override
  public Level level() {
    return Level.CITY;
  }

  @Override
  public String code() {
    return division;
  }

  @Override
  public boolean equals(Object other) {
    return this == other || other instanceof CityId o && key == o.key;
  }

  @Override
  public int hashCode() {
    return division.hashCode();
  }

  @Override
  public String toString() {
    return division;
  }
}
