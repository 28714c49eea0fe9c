package org.gridgov.core.org;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.gridgov.core.people.Person;
import org.gridgov.core.people.PersonId;

/**
 * Builds valid organisations for tests, deterministically from a seed: every community has its general
 * grid chief who is party secretary, every grid one grid chief who is branch secretary and one or two
 * grid workers; some grids register households, others only declare counts; one sinking unit.
 */
final class TestCities {
  static final CityId CITY = CityId.parse("211381");
  /** Settings under which generated grids never raise a size warning. */
  static final RuleConfig LENIENT = new RuleConfig(100, 10);

  private TestCities() {}

  /** Shape of a generated city. */
  record Shape(int subdistricts, int communities, int grids, int buildings, int units, int households) {}

  static Organisation.Builder random(long seed, Shape max) {
    SplittableRandom r = new SplittableRandom(seed);
    Organisation.Builder b = Organisation.builder(CITY, "测试市");
    b.departments(Department.standard());
    int people = 0;
    List<CommunityId> communities = new ArrayList<>();
    int nSub = 1 + r.nextInt(max.subdistricts());
    for (int s = 1; s <= nSub; s++) {
      SubdistrictId sid = CITY.subdistrict(s);
      b.subdistrict(sid, "街道" + s);
      int nCom = 1 + r.nextInt(max.communities());
      for (int c = 1; c <= nCom; c++) {
        CommunityId cid = sid.community(c);
        communities.add(cid);
        b.community(cid, "社区" + s + "-" + c);
        PersonId secretary = person(b, ++people);
        b.assign(secretary, Role.GENERAL_GRID_CHIEF, cid);
        b.partyPost(secretary, PartyPost.SECRETARY, cid);
        int nGrid = 1 + r.nextInt(max.grids());
        for (int g = 1; g <= nGrid; g++) {
          GridId gid = cid.grid(g);
          boolean declares = r.nextInt(4) == 0;
          if (declares) {
            b.grid(gid, "网格" + g, r.nextInt(200));
          } else {
            b.grid(gid, "网格" + g);
          }
          PersonId chief = person(b, ++people);
          b.assign(chief, Role.GRID_CHIEF, gid);
          b.partyPost(chief, PartyPost.SECRETARY, gid);
          int nWorkers = 1 + r.nextInt(2);
          for (int w = 0; w < nWorkers; w++) {
            b.assign(person(b, ++people), Role.GRID_WORKER, gid);
          }
          int nBuild = r.nextInt(max.buildings() + 1);
          for (int k = 1; k <= nBuild; k++) {
            BuildingId bid = BuildingId.of(gid.code() + "-B" + k);
            b.building(bid, gid, k + "号楼");
            int nUnit = 1 + r.nextInt(max.units());
            for (int u = 1; u <= nUnit; u++) {
              UnitId uid = UnitId.of(bid.value() + "-U" + u);
              b.unit(uid, bid, u + "单元");
              int nHouse = declares ? 0 : r.nextInt(max.households() + 1);
              for (int h = 1; h <= nHouse; h++) {
                b.household(HouseholdId.of(uid.value() + "-H" + h), uid, r.nextInt(10) == 0);
              }
            }
          }
        }
      }
    }
    CommunityId served = communities.get(r.nextInt(communities.size()));
    PersonId head = person(b, ++people);
    PersonId deputy = person(b, ++people);
    b.sinkingUnit(new SinkingUnit(SinkingUnitId.of("civil-affairs-bureau"), "市民政局", head, deputy,
        ImmutableSet.of(served)));
    b.partyPost(head, PartyPost.PART_TIME_MEMBER, served.subdistrict());
    b.partyPost(deputy, PartyPost.PART_TIME_MEMBER, served);
    PersonId spare = person(b, ++people);
    b.assign(spare, Role.COMMUNITY_CADRE, served);
    return b;
  }

  static Organisation small(long seed) {
    return random(seed, new Shape(3, 3, 4, 3, 2, 4)).build();
  }

  private static PersonId person(Organisation.Builder b, int n) {
    Person p = Person.of("p" + n, "张" + n);
    b.person(p);
    return p.id();
  }

  /** Every place of an organisation, from the city down. */
  static List<PlaceId> allPlaces(Organisation org) {
    List<PlaceId> out = new ArrayList<>();
    collect(org, org.city(), out);
    return out;
  }

  private static void collect(Organisation org, PlaceId p, List<PlaceId> out) {
    out.add(p);
    for (PlaceId c : org.children(p)) {
      collect(org, c, out);
    }
  }

  /** A text that differs whenever any content of the snapshot differs. */
  static String fingerprint(Organisation org) {
    StringBuilder s = new StringBuilder(org.toString());
    s.append(org.subdistricts()).append(org.communities()).append(org.grids()).append(org.buildings())
        .append(org.people()).append(org.roleAssignments()).append(org.partyPosts()).append(org.sinkingUnits())
        .append(org.departments());
    for (PlaceId p : allPlaces(org)) {
      s.append(p).append(':').append(org.children(p));
    }
    return s.toString();
  }
}
