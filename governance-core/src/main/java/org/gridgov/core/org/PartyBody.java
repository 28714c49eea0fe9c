package org.gridgov.core.org;

import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;

/**
 * A party body, identified by its kind and the place it mirrors (e.g. the grid party branch of a grid).
 *
 * <p>Party bodies are implied by the territory: every subdistrict, community, grid and building has
 * one, and every party-member central household is one. This class is immutable and thread-safe.
 *
 * @param kind  the kind
 * @param place  the mirrored place, of the kind's level
 */
public record PartyBody(PartyBodyKind kind, PlaceId place) {

  /**
   * Creates a party body reference.
   *
   * @throws InvalidInputException if the place is not of the kind's level
   */
  public PartyBody {
    Checks.notNull(kind, "kind");
    Checks.notNull(place, "place");
    if (place.level() != kind.level()) {
      throw new InvalidInputException("place", "a " + kind + " mirrors a " + kind.level(),
          place.level() + " " + place);
    }
  }

  /**
   * Obtains the party body that mirrors a place.
   *
   * @param place  a subdistrict, community, grid, building or household, not null
   * @return the party body, not null
   * @throws InvalidInputException if no party body mirrors the place's level
   */
  public static PartyBody of(PlaceId place) {
    Checks.notNull(place, "place");
    return new PartyBody(PartyBodyKind.mirroring(place.level()).orElseThrow(() ->
        new InvalidInputException("place", "no party body mirrors a " + place.level(), place.code())), place);
  }
}
