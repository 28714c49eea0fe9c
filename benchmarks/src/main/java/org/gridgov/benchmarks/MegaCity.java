package org.gridgov.benchmarks;

import org.gridgov.core.org.BuildingId;
import org.gridgov.core.org.CityId;
import org.gridgov.core.org.CommunityId;
import org.gridgov.core.org.GridId;
import org.gridgov.core.org.HouseholdId;
import org.gridgov.core.org.Organisation;
import org.gridgov.core.org.PartyPost;
import org.gridgov.core.org.Role;
import org.gridgov.core.org.SubdistrictId;
import org.gridgov.core.org.UnitId;
import org.gridgov.core.people.Person;
import org.gridgov.core.people.PersonId;

/**
 * A synthetic megacity for the organisation benchmarks: 10 subdistricts × 40 communities × 50 grids =
 * 20,000 grids, each with 10 buildings × 3 units × 10 households = 300 registered households, so
 * 6,000,000 households in all, fully staffed.
 */
final class MegaCity {
  static final int SUBDISTRICTS = 10;
  static final int COMMUNITIES = 40;
  static final int GRIDS = 50;
  static final int BUILDINGS = 10;
  static final int UNITS = 3;
  static final int HOUSEHOLDS = 10;

  private MegaCity() {}

  static Organisation build() {
    CityId city = CityId.parse("110101");
    Organisation.Builder b = Organisation.builder(city, "超大城市");
    int person = 0;
    for (int s = 1; s <= SUBDISTRICTS; s++) {
      SubdistrictId sid = city.subdistrict(s);
      b.subdistrict(sid, "街道" + s);
      for (int c = 1; c <= COMMUNITIES; c++) {
        CommunityId cid = sid.community(c);
        b.community(cid, "社区" + c);
        PersonId secretary = person(b, ++person);
        b.assign(secretary, Role.GENERAL_GRID_CHIEF, cid).partyPost(secretary, PartyPost.SECRETARY, cid);
        for (int g = 1; g <= GRIDS; g++) {
          GridId gid = cid.grid(g);
          b.grid(gid, "网格" + g);
          PersonId chief = person(b, ++person);
          b.assign(chief, Role.GRID_CHIEF, gid).partyPost(chief, PartyPost.SECRETARY, gid);
          b.assign(person(b, ++person), Role.GRID_WORKER, gid);
          String code = gid.code();
          for (int k = 1; k <= BUILDINGS; k++) {
            BuildingId bid = BuildingId.of(code + "-" + k);
            b.building(bid, gid, k + "号楼");
            for (int u = 1; u <= UNITS; u++) {
              UnitId uid = UnitId.of(bid.value() + "-" + u);
              b.unit(uid, bid, u + "单元");
              for (int h = 1; h <= HOUSEHOLDS; h++) {
                b.household(household(code, k, u, h), uid, false);
              }
            }
          }
        }
      }
    }
    return b.build();
  }

  static HouseholdId household(GridId grid, int building, int unit, int household) {
    return household(grid.code(), building, unit, household);
  }

  private static HouseholdId household(String gridCode, int building, int unit, int household) {
    return HouseholdId.of(gridCode + "-" + building + "-" + unit + "-" + household);
  }

  private static PersonId person(Organisation.Builder b, int n) {
    PersonId id = PersonId.of("p" + n);
    b.person(Person.of(id.value(), "某" + n));
    return id;
  }
}
