package org.gridgov.examples;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.core.org.BuildingId;
import org.gridgov.core.org.CityId;
import org.gridgov.core.org.CommunityId;
import org.gridgov.core.org.Department;
import org.gridgov.core.org.GridId;
import org.gridgov.core.org.HouseholdId;
import org.gridgov.core.org.Organisation;
import org.gridgov.core.org.PartyPost;
import org.gridgov.core.org.Role;
import org.gridgov.core.org.RoleAssignment;
import org.gridgov.core.org.SinkingUnit;
import org.gridgov.core.org.SinkingUnitId;
import org.gridgov.core.org.SubdistrictId;
import org.gridgov.core.org.UnitId;
import org.gridgov.core.people.Person;
import org.gridgov.core.people.PersonId;

/**
 * Beipiao city (北票市) as the 2022 article describes it: 37 communities, 296 grids (eight a community), a
 * general grid chief per community who is its party secretary, a grid chief per grid who is also branch
 * secretary, a full-time grid worker per grid, 116 sinking units with 2,564 serving cadres, the nine departments and four utilities.
 *
 * <p>The article names three subdistricts (台吉, 冠山, 南山) and five communities (舍宅, 二工村 of 台吉; 岳家沟 of
 * 冠山; 宏发 of 南山; 合兴, subdistrict not stated). All other names, the split of communities over
 * subdistricts and every person are placeholders. Most grids declare a household count; the 欣悦家园
 * compound of 岳家沟 registers its buildings, units and households individually.
 */
public final class Beipiao {
  /** Beipiao's administrative division code (GB/T 2260). */
  public static final CityId CITY = CityId.parse("211381");
  /** 台吉街道. */
  public static final SubdistrictId TAIJI = CITY.subdistrict(1);
  /** 冠山街道. */
  public static final SubdistrictId GUANSHAN = CITY.subdistrict(2);
  /** 南山街道. */
  public static final SubdistrictId NANSHAN = CITY.subdistrict(3);
  /** 舍宅社区 of 台吉街道. */
  public static final CommunityId SHEZHAI = TAIJI.community(1);
  /** 二工村社区 of 台吉街道. */
  public static final CommunityId ERGONGCUN = TAIJI.community(2);
  /** 岳家沟社区 of 冠山街道. */
  public static final CommunityId YUEJIAGOU = GUANSHAN.community(1);
  /** 宏发社区 of 南山街道. */
  public static final CommunityId HONGFA = NANSHAN.community(1);
  /** 合兴社区; the article does not say which subdistrict, placed under 南山 here. */
  public static final CommunityId HEXING = NANSHAN.community(2);
  /** The grid of 岳家沟 that holds the 欣悦家园 compound (no property company before the reform). */
  public static final GridId XINYUE_GRID = YUEJIAGOU.grid(1);
  /** A registered household of 欣悦家园 whose resident reports in the example's second story. */
  public static final HouseholdId XINYUE_RESIDENT_HOUSEHOLD = HouseholdId.of("xinyue-2-1-301");

  private static final String[] SUBDISTRICT_NAMES = {"台吉街道", "冠山街道", "南山街道", "第四街道", "第五街道"};
  private static final int[] COMMUNITIES_PER_SUBDISTRICT = {8, 8, 7, 7, 7};
  private static final int GRIDS_PER_COMMUNITY = 8;
  private static final int SINKING_UNITS = 116;
  private static final int SINKING_CADRES = 2564;

  private Beipiao() {}

  /**
   * Builds the organisation.
   *
   * @return the Beipiao organisation, not null
   */
  public static Organisation organisation() {
    Organisation.Builder b = Organisation.builder(CITY, "北票市");
    b.departments(Department.standard());
    Counter people = new Counter(b);
    b.assign(people.next("市中心派遣员"), Role.CENTER_DISPATCHER, CITY);
    for (Department d : Department.standard()) {
      b.assign(RoleAssignment.departmentHandler(people.next(d.name() + "承办人"), d.id(), CITY));
    }
    List<CommunityId> communities = new ArrayList<>();
    for (int s = 0; s < SUBDISTRICT_NAMES.length; s++) {
      SubdistrictId sid = CITY.subdistrict(s + 1);
      b.subdistrict(sid, SUBDISTRICT_NAMES[s]);
      b.assign(people.next(SUBDISTRICT_NAMES[s] + "派遣员"), Role.CENTER_DISPATCHER, sid);
      b.assign(people.next(SUBDISTRICT_NAMES[s] + "领导"), Role.SUBDISTRICT_LEADER, sid);
      b.assign(people.next(SUBDISTRICT_NAMES[s] + "机关干部"), Role.SUBDISTRICT_CADRE, sid);
      b.partyPost(people.next(SUBDISTRICT_NAMES[s] + "党工委书记"), PartyPost.SECRETARY, sid);
      for (int c = 1; c <= COMMUNITIES_PER_SUBDISTRICT[s]; c++) {
        CommunityId cid = sid.community(c);
        communities.add(cid);
        b.community(cid, communityName(cid));
        PersonId secretary = people.next(communityName(cid) + "书记");
        b.assign(secretary, Role.GENERAL_GRID_CHIEF, cid);
        b.partyPost(secretary, PartyPost.SECRETARY, cid);
        b.assign(people.next(communityName(cid) + "派遣员"), Role.CENTER_DISPATCHER, cid);
        b.assign(people.next(communityName(cid) + "社区干部"), Role.COMMUNITY_CADRE, cid);
        for (int g = 1; g <= GRIDS_PER_COMMUNITY; g++) {
          GridId gid = cid.grid(g);
          if (gid.equals(XINYUE_GRID)) {
            b.grid(gid, "欣悦家园网格");
            xinyueCompound(b, people, gid);
          } else {
            b.grid(gid, communityName(cid) + "第" + g + "网格", 250 + (communities.size() * 31 + g * 17) % 101);
          }
          PersonId chief = people.next(communityName(cid) + "网格长" + g);
          b.assign(chief, Role.GRID_CHIEF, gid);
          b.partyPost(chief, PartyPost.SECRETARY, gid);
          b.assign(people.next(communityName(cid) + "网格员" + g), Role.GRID_WORKER, gid);
        }
      }
    }
    List<SinkingUnit> units = new ArrayList<>();
    for (int u = 1; u <= SINKING_UNITS; u++) {
      CommunityId served = communities.get((u - 1) % communities.size());
      PersonId head = people.next("下沉单位" + u + "党组书记");
      PersonId deputy = people.next("下沉单位" + u + "分管领导");
      b.partyPost(head, PartyPost.PART_TIME_MEMBER, served.subdistrict());
      b.partyPost(deputy, PartyPost.PART_TIME_MEMBER, served);
      units.add(new SinkingUnit(unitId(u), u == 1 ? "市民政局" : "下沉单位" + u, head, deputy, ImmutableSet.of(served)));
    }
    units.forEach(b::sinkingUnit);
    for (int i = 0; i < SINKING_CADRES; i++) {
      SinkingUnit unit = units.get(i % units.size());
      b.assign(RoleAssignment.sinkingCadre(people.next(unit.name() + "下沉干部"), unit.id(),
          unit.communities().iterator().next()));
    }
    b.assign(people.next("欣悦家园居民"), Role.RESIDENT, XINYUE_RESIDENT_HOUSEHOLD);
    return b.build();
  }

  private static SinkingUnitId unitId(int n) {
    return SinkingUnitId.of(n == 1 ? "civil-affairs-bureau" : String.format("unit-%03d", n));
  }

  /** 欣悦家园: six buildings of three units, households registered individually, with chiefs. */
  private static void xinyueCompound(Organisation.Builder b, Counter people, GridId grid) {
    for (int k = 1; k <= 6; k++) {
      BuildingId building = BuildingId.of("xinyue-" + k);
      b.building(building, grid, "欣悦家园" + k + "号楼");
      b.assign(people.next("欣悦家园" + k + "号楼楼栋长"), Role.BUILDING_CHIEF, building);
      for (int u = 1; u <= 3; u++) {
        UnitId unit = UnitId.of(building.value() + "-" + u);
        b.unit(unit, building, u + "单元");
        b.assign(people.next("欣悦家园" + k + "-" + u + "单元长"), Role.UNIT_CHIEF, unit);
        for (int floor = 1; floor <= 6; floor++) {
          for (int door = 1; door <= 2; door++) {
            HouseholdId household = HouseholdId.of(unit.value() + "-" + floor + "0" + door);
            b.household(household, unit, k == 1 && u == 1 && floor == 1 && door == 1);
          }
        }
      }
    }
  }

  /**
   * Returns the community's name: the article's name for the five it names, a placeholder otherwise.
   *
   * @param id  the community, not null
   * @return the name, not null
   */
  public static String communityName(CommunityId id) {
    if (id.equals(SHEZHAI)) {
      return "舍宅社区";
    } else if (id.equals(ERGONGCUN)) {
      return "二工村社区";
    } else if (id.equals(YUEJIAGOU)) {
      return "岳家沟社区";
    } else if (id.equals(HONGFA)) {
      return "宏发社区";
    } else if (id.equals(HEXING)) {
      return "合兴社区";
    }
    return "社区" + id.code().substring(6);
  }

  /** Hands out placeholder people in order. */
  private static final class Counter {
    private final Organisation.Builder builder;
    private int next;

    Counter(Organisation.Builder builder) {
      this.builder = builder;
    }

    PersonId next(String title) {
      next++;
      Person p = Person.of(String.format("bp%05d", next), title);
      builder.person(p);
      return p.id();
    }
  }
}
