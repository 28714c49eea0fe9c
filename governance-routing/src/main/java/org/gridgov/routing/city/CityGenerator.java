package org.gridgov.routing.city;

import org.gridgov.core.org.CityId;
import org.gridgov.core.org.CommunityId;
import org.gridgov.core.org.Department;
import org.gridgov.core.org.GridId;
import org.gridgov.core.org.Organisation;
import org.gridgov.core.org.PartyPost;
import org.gridgov.core.org.PlaceId;
import org.gridgov.core.org.Role;
import org.gridgov.core.org.RoleAssignment;
import org.gridgov.core.org.SubdistrictId;
import org.gridgov.core.people.Person;
import org.gridgov.core.people.PersonId;

/**
 * Builds a synthetic {@link Organisation} from a {@link CitySpec} by the article's staffing rules: each
 * community's general grid chief (总网格长) is its party secretary; each grid has a grid chief (网格长) who
 * is its party branch secretary (一肩挑) and a full-time grid worker (专职网格员); the 13 standard
 * departments each have handlers. Each community's grid management service center has one center
 * dispatcher (中心派遣员) beside the general grid chief, each subdistrict's center two, so that a center
 * never verifies a result with the person who submitted it.
 *
 * <p>Generation is deterministic: the same spec always gives the same organisation. Grids declare
 * household counts between 240 and 360 around the reference size of 300. This class is thread-safe.
 */
public final class CityGenerator {
  private CityGenerator() {}

  /**
   * Generates the organisation of a spec.
   *
   * @param spec  the spec, not null
   * @return the organisation, which passes {@link Organisation#check()} without errors, not null
   * @throws org.gridgov.core.InvalidInputException if the spec is null
   */
  public static Organisation generate(CitySpec spec) {
    if (spec == null) {
      throw new org.gridgov.core.InvalidInputException("spec", "is required");
    }
    CityId city = spec.city();
    Organisation.Builder b = Organisation.builder(city, spec.cityName());
    CitySpec.Staffing staff = spec.staffing();
    int householdSeed = 0;
    for (int s = 0; s < spec.subdistricts().size(); s++) {
      CitySpec.SubdistrictSpec sub = spec.subdistricts().get(s);
      SubdistrictId sid = city.subdistrict(s + 1);
      b.subdistrict(sid, sub.name());
      person(b, "sl-" + sid.code(), sub.name() + "领导", Role.SUBDISTRICT_LEADER, sid);
      for (int k = 1; k <= 2; k++) {
        person(b, "sd-" + sid.code() + "-" + k, sub.name() + "派遣员" + k, Role.CENTER_DISPATCHER, sid);
      }
      for (int k = 1; k <= staff.subdistrictCadres(); k++) {
        person(b, "sc-" + sid.code() + "-" + k, sub.name() + "干部" + k, Role.SUBDISTRICT_CADRE, sid);
      }
      for (int c = 0; c < sub.communities().size(); c++) {
        CitySpec.CommunitySpec com = sub.communities().get(c);
        CommunityId cid = sid.community(c + 1);
        b.community(cid, com.name());
        PersonId secretary = person(b, "gc-" + cid.code(), com.name() + "书记", Role.GENERAL_GRID_CHIEF, cid);
        b.partyPost(secretary, PartyPost.SECRETARY, cid);
        person(b, "cdp-" + cid.code(), com.name() + "派遣员", Role.CENTER_DISPATCHER, cid);
        for (int k = 1; k <= staff.communityCadres(); k++) {
          person(b, "cc-" + cid.code() + "-" + k, com.name() + "干部" + k, Role.COMMUNITY_CADRE, cid);
        }
        for (int g = 1; g <= com.grids(); g++) {
          GridId gid = cid.grid(g);
          b.grid(gid, com.name() + "第" + g + "网格", 240 + Math.floorMod(householdSeed++ * 37, 121));
          PersonId chief = person(b, "ch-" + gid.code(), com.name() + g + "网格长", Role.GRID_CHIEF, gid);
          b.partyPost(chief, PartyPost.SECRETARY, gid);
          person(b, "gw-" + gid.code(), com.name() + g + "网格员", Role.GRID_WORKER, gid);
        }
      }
    }
    for (int k = 1; k <= staff.centerDispatchers(); k++) {
      person(b, "cd-" + k, "中心派遣员" + k, Role.CENTER_DISPATCHER, city);
    }
    for (Department d : Department.standard()) {
      b.department(d);
      for (int k = 1; k <= staff.handlersPerDepartment(); k++) {
        PersonId p = PersonId.of("dh-" + d.id().value() + "-" + k);
        b.person(Person.of(p.value(), d.name() + "承办人" + k));
        b.assign(RoleAssignment.departmentHandler(p, d.id(), city));
      }
    }
    return b.build();
  }

  private static PersonId person(Organisation.Builder b, String id, String name, Role role, PlaceId place) {
    PersonId p = PersonId.of(id);
    b.person(Person.of(id, name));
    b.assign(p, role, place);
    return p;
  }
}
