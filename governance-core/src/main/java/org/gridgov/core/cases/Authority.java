package org.gridgov.core.cases;

import org.gridgov.core.org.Level;
import org.gridgov.core.org.Organisation;
import org.gridgov.core.org.Role;
import org.gridgov.core.org.RoleAssignment;
import org.gridgov.core.people.PersonId;

/** Who acts for a holder: the authority checks behind {@link CommandKind#authority()}. */
final class Authority {

  private Authority() {
  }

  /** Returns null if the person acts for the holder, else why not. */
  static RejectionReason actsFor(Organisation org, PersonId person, Holder holder) {
    boolean family = false;
    for (RoleAssignment a : org.rolesOf(person)) {
      Role r = a.role();
      if (holder instanceof Holder.GridHolder g) {
        if (r == Role.GRID_WORKER || r == Role.GRID_CHIEF) {
          family = true;
          if (a.place().equals(g.grid())) {
            return null;
          }
        }
      } else if (holder instanceof Holder.CenterHolder c) {
        if (r == Role.CENTER_DISPATCHER || r == Role.GENERAL_GRID_CHIEF && c.place().level() == Level.COMMUNITY) {
          family = true;
          if (a.place().equals(c.place())) {
            return null;
          }
        }
      } else if (holder instanceof Holder.DepartmentHolder d && r == Role.DEPARTMENT_HANDLER) {
        family = true;
        if (a.department().isPresent() && a.department().get().equals(d.department())) {
          return null;
        }
      }
    }
    return family ? RejectionReason.OUT_OF_JURISDICTION : RejectionReason.NOT_AUTHORISED;
  }

  static boolean hasRole(Organisation org, PersonId person, Role role) {
    for (RoleAssignment a : org.rolesOf(person)) {
      if (a.role() == role) {
        return true;
      }
    }
    return false;
  }
}
