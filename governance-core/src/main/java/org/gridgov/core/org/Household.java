package org.gridgov.core.org;

import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;

/**
 * A registered household 户 in a building unit; some are party-member central households 党员中心户.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id  the identifier
 * @param unit  the building unit
 * @param partyMemberCentral  whether the household is a party-member central household
 */
public record Household(HouseholdId id, UnitId unit, boolean partyMemberCentral) {

  /**
   * Creates the node, checking its components.
   *
   * @throws InvalidInputException if a component is null or malformed
   */
  public Household {
    Checks.notNull(id, "id");
    Checks.notNull(unit, "unit");
  }
}
