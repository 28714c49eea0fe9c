package org.gridgov.core.org;

import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;

/**
 * Typed identifier of a place in the territory.
 *
 * <p>The four administrative levels (city, subdistrict, community, grid) are identified by the
 * unit-grid code: a 6-digit administrative division (GB/T 2260), then 3 digits each for subdistrict,
 * community and grid, so a grid code has 15 digits. Their parent is part of the code. Buildings, units
 * and households carry the embedding portal's own identifiers, so a building can move between grids
 * without changing identity.
 */
public sealed interface PlaceId permits CityId, SubdistrictId, CommunityId, GridId, BuildingId, UnitId,
    HouseholdId {

  /**
   * Returns the level of the place.
   *
   * @return the level, not null
   */
  Level level();

  /**
   * Returns the code of the place, as {@link #toString()} does.
   *
   * @return the code, not null
   */
  String code();

  /**
   * Parses an administrative code of 6, 9, 12 or 15 digits into the identifier of its level.
   *
   * @param code  the code, not null
   * @return the city, subdistrict, community or grid identifier, not null
   * @throws InvalidInputException if the code is not 6, 9, 12 or 15 digits or a segment is zero
   */
  static PlaceId parseAreaCode(String code) {
    Checks.notNull(code, "code");
    switch (code.length()) {
      case 6:
        return CityId.parse(code);
      case 9:
        return SubdistrictId.parse(code);
      case 12:
        return CommunityId.parse(code);
      case 15:
        return GridId.parse(code);
      default:
        throw new InvalidInputException("code", "must have 6, 9, 12 or 15 digits", code);
    }
  }
}
