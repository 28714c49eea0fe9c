package org.gridgov.core.duty;

import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.org.PartyBodyKind;
import org.gridgov.core.org.Role;

/** Who a duty falls on: every holder of a role, every sinking unit, or every party body of a kind. */
public sealed interface DutyBearer {

  /**
   * Obtains the bearer "every holder of the role".
   *
   * @param role  the role, not null
   * @return the bearer, not null
   */
  static DutyBearer role(Role role) {
    return new RoleHolders(role);
  }

  /**
   * Obtains the bearer "every sinking unit".
   *
   * @return the bearer, not null
   */
  static DutyBearer sinkingUnits() {
    return new SinkingUnits();
  }

  /**
   * Obtains the bearer "every party body of the kind".
   *
   * @param kind  the kind, not null
   * @return the bearer, not null
   */
  static DutyBearer partyBodies(PartyBodyKind kind) {
    return new PartyBodies(kind);
  }

  /**
   * Every holder of a role.
   *
   * @param role  the role
   */
  record RoleHolders(Role role) implements DutyBearer {
    /**
     * Creates the bearer.
     *
     * @throws InvalidInputException if the role is null
     */
    public RoleHolders {
      Checks.notNull(role, "role");
    }
  }

  /** Every sinking unit. */
  record SinkingUnits() implements DutyBearer {}

  /**
   * Every party body of a kind.
   *
   * @param kind  the kind
   */
  record PartyBodies(PartyBodyKind kind) implements DutyBearer {
    /**
     * Creates the bearer.
     *
     * @throws InvalidInputException if the kind is null
     */
    public PartyBodies {
      Checks.notNull(kind, "kind");
    }
  }
}
