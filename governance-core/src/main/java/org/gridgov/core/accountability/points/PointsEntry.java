package org.gridgov.core.accountability.points;

import java.time.Instant;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.people.PersonId;

/**
 * One entry of the points ledger: points earned under a rule or redeemed for a reward.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id  the caller's identifier, unique in the ledger
 * @param person  the building or unit chief
 * @param at  when
 * @param kind  earned or redeemed
 * @param item  the earning rule's or the reward's identifier
 * @param quantity  how many occurrences or items, 1 to 1000
 * @param points  the signed change of balance: positive when earned, negative when redeemed
 */
public record PointsEntry(EntryId id, PersonId person, Instant at, EntryKind kind, String item, int quantity,
    long points) {

  /**
   * Creates the entry.
   *
   * @throws InvalidInputException if a component is null or malformed, or the sign of the points does
   *     not match the kind
   */
  public PointsEntry {
    Checks.notNull(id, "id");
    Checks.notNull(person, "person");
    Checks.notNull(at, "at");
    Checks.notNull(kind, "kind");
    Checks.token(item, "item");
    Checks.range(quantity, "quantity", 1, 1000);
    if (kind == EntryKind.EARNED ? points <= 0 : points >= 0) {
      throw new InvalidInputException("points", "must be positive when earned and negative when redeemed", points);
    }
  }
}
