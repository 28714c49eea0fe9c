package org.gridgov.core.org;

import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.people.PersonId;

/**
 * A person holding a post in a party body.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param person  the person
 * @param post  the post
 * @param body  the party body
 */
public record PartyPostAssignment(PersonId person, PartyPost post, PartyBody body) {

  /**
   * Creates an assignment.
   *
   * @throws InvalidInputException if a component is null
   */
  public PartyPostAssignment {
    Checks.notNull(person, "person");
    Checks.notNull(post, "post");
    Checks.notNull(body, "body");
  }

  /**
   * Obtains the assignment of a person to a post in the party body mirroring a place.
   *
   * @param person  the person, not null
   * @param post  the post, not null
   * @param place  the mirrored place, not null
   * @return the assignment, not null
   * @throws InvalidInputException if no party body mirrors the place
   */
  public static PartyPostAssignment of(PersonId person, PartyPost post, PlaceId place) {
    return new PartyPostAssignment(person, post, PartyBody.of(place));
  }
}
