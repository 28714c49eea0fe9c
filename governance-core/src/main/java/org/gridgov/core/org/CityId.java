package org.gridgov.core.org;

import org.gridgov.core.InvalidInputException;

/**
 * Identifier of a city (市): its 6-digit administrative division code (GB/T 2260), e.g. Beipiao
 * {@code 211381}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param division  the administrative division code
 */
public record CityId(String division) implements PlaceId {

  /**
   * Creates the identifier, checking the code.
   *
   * @throws InvalidInputException if the division is not 6 digits or is all zeros
   */
  public CityId {
    AreaCodes.requireLength(division, 6, "city");
    AreaCodes.segment(division, 0, 6, "division");
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
    return this == other || other instanceof CityId o && division.equals(o.division);
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
