package org.gridgov.core.cases;

import java.util.List;
import org.gridgov.core.org.DepartmentId;
import org.gridgov.core.org.GridId;
import org.gridgov.core.org.Level;
import org.gridgov.core.org.Organisation;
import org.gridgov.core.org.PlaceId;
import org.gridgov.core.org.Role;
import org.gridgov.core.org.RoleAssignment;
import org.gridgov.core.people.PersonId;

/** Who acts for a holder: the authority checks behind {@link CommandKind#authority()}. */
final class Authority {

  private Authority() {
  }

  /** Returns null if the person acts for the holder, else why not. */
  static RejectionReason actsFor(Organisation org, PersonId person, Holder holder) {
    List<RoleAssignment> roles = org.rolesOf(person);
    if (holder instanceof Holder.GridHolder g) {
      return actsForGrid(roles, g.grid());
    } else if (holder instanceof Holder.CenterHolder c) {
      return actsForCenter(roles, c.place());
    } else if (holder instanceof Holder.DepartmentHolder d) {
      return actsForDepartment(roles, d.department());
    }
    return RejectionReason.NOT_AUTHORISED;
  }

  /** Returns whether the person is a grid worker or grid chief of the grid itself. */
  static boolean patrols(Organisation org, PersonId person, GridId grid) {
    return actsForGrid(org.rolesOf(person), grid) == null;
  }

  private static RejectionReason actsForGrid(List<RoleAssignment> roles, GridId grid) {
    boolean family = false;
    for (int i = 0; i < roles.size(); i++) {
      RoleAssignment a = roles.get(i);
      if (a.role() == Role.GRID_WORKER || a.role() == Role.GRID_CHIEF) {
        family = true;
        if (grid.equals(a.place())) {
          return null;
        }
      }
    }
    return family ? RejectionReason.OUT_OF_JURISDICTION : RejectionReason.NOT_AUTHORISED;
  }

  private static RejectionReason actsForCenter(List<RoleAssignment> roles, PlaceId place) {
    boolean family = false;
    boolean community = place.level() == Level.COMMUNITY;
    for (int i = 0; i < roles.size(); i++) {
      RoleAssignment a = roles.get(i);
      if (a.role() == Role.CENTER_DISPATCHER || a.role() == Role.GENERAL_GRID_CHIEF && community) {
        family = true;
        if (place.equals(a.place())) {
          return null;
        }
      }
    }
    return family ? RejectionReason.OUT_OF_JURISDICTION : RejectionReason.NOT_AUTHORISED;
  }

  private static RejectionReason actsForDepartment(List<RoleAssignment> roles, DepartmentId department) {
    boolean family = false;
    for (int i = 0; i < roles.size(); i++) {
      RoleAssignment a = roles.get(i);
      if (a.role() == Role.DEPARTMENT_HANDLER) {
        family = true;
        if (a.department().isPresent() && a.department().get().equals(department)) {
          return null;
        }
      }
    }
    return family ? RejectionReason.OUT_OF_JURISDICTION : RejectionReason.NOT_AUTHORISED;
  }

  static boolean hasRole(Organisation org, PersonId person, Role role) {
    List<RoleAssignment> roles = org.rolesOf(person);
    for (int i = 0; i < roles.size(); i++) {
      if (roles.get(i).role() == role) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns null if the person is a grid worker or grid chief with jurisdiction over the place (a
   * place of the organisation), else why not.
   */
  static RejectionReason reportsOnPatrol(Organisation org, PersonId person, PlaceId place) {
    boolean family = false;
    List<RoleAssignment> roles = org.rolesOf(person);
    for (int i = 0; i < roles.size(); i++) {
      RoleAssignment a = roles.get(i);
      if (a.role() == Role.GRID_WORKER || a.role() == Role.GRID_CHIEF) {
        family = true;
        if (place.equals(a.place()) || org.isWithin(place, a.place())) {
          return null;
        }
      }
    }
    return family ? RejectionReason.OUT_OF_JURISDICTION : RejectionReason.NOT_AUTHORISED;
  }
}
