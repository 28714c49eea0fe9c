package org.gridgov.core.cases;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.gridgov.core.calendar.BusinessCalendar;
import org.gridgov.core.category.CategoryCode;
import org.gridgov.core.org.BuildingId;
import org.gridgov.core.org.CityId;
import org.gridgov.core.org.CommunityId;
import org.gridgov.core.org.Department;
import org.gridgov.core.org.DepartmentId;
import org.gridgov.core.org.GridId;
import org.gridgov.core.org.HouseholdId;
import org.gridgov.core.org.Organisation;
import org.gridgov.core.org.RoleAssignment;
import org.gridgov.core.org.Role;
import org.gridgov.core.org.SubdistrictId;
import org.gridgov.core.org.UnitId;
import org.gridgov.core.people.Person;
import org.gridgov.core.people.PersonId;

/** A small Beipiao: one subdistrict (台吉), two communities (舍宅, 欣悦), two grids each, people in every role. */
final class CaseFixture {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final CityId CITY = CityId.parse("211381");
  static final SubdistrictId TAIJI = CITY.subdistrict(1);
  static final CommunityId SHEZHAI = TAIJI.community(1);
  static final CommunityId XINYUE = TAIJI.community(2);
  static final GridId G11 = SHEZHAI.grid(1);
  static final GridId G12 = SHEZHAI.grid(2);
  static final GridId G21 = XINYUE.grid(1);
  static final GridId G22 = XINYUE.grid(2);
  static final HouseholdId H1 = HouseholdId.of("h1");
  static final HouseholdId H2 = HouseholdId.of("h2");
  static final DepartmentId SANITATION = DepartmentId.of("sanitation");
  static final DepartmentId LAW = DepartmentId.of("law-enforcement");
  static final DepartmentId WATER = DepartmentId.of("water");
  static final DepartmentId EMERGENCY = DepartmentId.of("emergency-management");
  static final DepartmentId HOUSING = DepartmentId.of("housing-construction");

  static final PersonId GW11 = PersonId.of("gw11");
  static final PersonId GW12 = PersonId.of("gw12");
  static final PersonId GW21 = PersonId.of("gw21");
  static final PersonId GW22 = PersonId.of("gw22");
  static final PersonId CD_SHEZHAI = PersonId.of("cd-shezhai");
  static final PersonId CHIEF_SHEZHAI = PersonId.of("chief-shezhai");
  static final PersonId CD_XINYUE = PersonId.of("cd-xinyue");
  static final PersonId CD_TAIJI = PersonId.of("cd-taiji");
  static final PersonId CD_CITY = PersonId.of("cd-city");
  static final PersonId CD_CITY2 = PersonId.of("cd-city2");
  static final PersonId DH_SANITATION = PersonId.of("dh-sanitation");
  static final PersonId DH_LAW = PersonId.of("dh-law");
  static final PersonId DH_WATER = PersonId.of("dh-water");
  static final PersonId DH_EMERGENCY = PersonId.of("dh-emergency");
  static final PersonId DH_HOUSING = PersonId.of("dh-housing");
  static final PersonId RES1 = PersonId.of("res1");
  static final PersonId RES2 = PersonId.of("res2");
  static final PersonId LEADER = PersonId.of("leader");
  static final PersonId OUTSIDER = PersonId.of("outsider");

  static final ImmutableList<PersonId> EVERYONE = ImmutableList.of(GW11, GW12, GW21, GW22, CD_SHEZHAI, CHIEF_SHEZHAI,
      CD_XINYUE, CD_TAIJI, CD_CITY, CD_CITY2, DH_SANITATION, DH_LAW, DH_WATER, DH_EMERGENCY, DH_HOUSING, RES1, RES2,
      LEADER, OUTSIDER);

  static final Organisation ORG = organisation();
  static final BusinessCalendar CALENDAR = BusinessCalendar.builder(ZONE, LocalDate.of(2024, 1, 1),
      LocalDate.of(2026, 12, 31)).workingPeriod(LocalTime.of(8, 0), LocalTime.of(12, 0))
      .workingPeriod(LocalTime.of(14, 0), LocalTime.of(18, 0)).build();
  static final DecisionContext CONTEXT = new DecisionContext(ORG, CALENDAR, DeadlineTable.standard(),
      Duration.ofDays(7));
  static final Instant T0 = LocalDate.of(2025, 6, 2).atTime(9, 0).atZone(ZONE).toInstant();

  private final AtomicLong ids = new AtomicLong();

  private static Organisation organisation() {
    Organisation.Builder b = Organisation.builder(CITY, "北票市").subdistrict(TAIJI, "台吉街道")
        .community(SHEZHAI, "舍宅社区").community(XINYUE, "欣悦社区").grid(G11, "舍宅一网格").grid(G12, "舍宅二网格")
        .grid(G21, "欣悦一网格").grid(G22, "欣悦二网格").building(BuildingId.of("b1"), G11, "1号楼")
        .unit(UnitId.of("u1"), BuildingId.of("b1"), "1单元").household(H1, UnitId.of("u1"), false)
        .household(H2, UnitId.of("u1"), false).departments(Department.standard());
    for (PersonId p : EVERYONE) {
      b.person(Person.of(p.value(), "人" + p.value().length()));
    }
    b.assign(GW11, Role.GRID_WORKER, G11).assign(GW12, Role.GRID_WORKER, G12).assign(GW21, Role.GRID_WORKER, G21)
        .assign(GW22, Role.GRID_WORKER, G22).assign(CD_SHEZHAI, Role.CENTER_DISPATCHER, SHEZHAI)
        .assign(CHIEF_SHEZHAI, Role.GENERAL_GRID_CHIEF, SHEZHAI).assign(CD_XINYUE, Role.CENTER_DISPATCHER, XINYUE)
        .assign(CD_TAIJI, Role.CENTER_DISPATCHER, TAIJI).assign(CD_CITY, Role.CENTER_DISPATCHER, CITY)
        .assign(CD_CITY2, Role.CENTER_DISPATCHER, CITY).assign(RES1, Role.RESIDENT, H1).assign(RES2, Role.RESIDENT, H2)
        .assign(LEADER, Role.SUBDISTRICT_LEADER, TAIJI)
        .assign(RoleAssignment.departmentHandler(DH_SANITATION, SANITATION, CITY))
        .assign(RoleAssignment.departmentHandler(DH_LAW, LAW, CITY))
        .assign(RoleAssignment.departmentHandler(DH_WATER, WATER, CITY))
        .assign(RoleAssignment.departmentHandler(DH_EMERGENCY, EMERGENCY, CITY))
        .assign(RoleAssignment.departmentHandler(DH_HOUSING, HOUSING, CITY));
    return b.build();
  }

  /** Returns a person acting for a holder. */
  static PersonId actorFor(Holder h) {
    if (h instanceof Holder.GridHolder g) {
      return g.grid().equals(G11) ? GW11 : g.grid().equals(G12) ? GW12 : g.grid().equals(G21) ? GW21 : GW22;
    }
    if (h instanceof Holder.CenterHolder c) {
      return c.place().equals(SHEZHAI) ? CD_SHEZHAI : c.place().equals(XINYUE) ? CD_XINYUE
          : c.place().equals(TAIJI) ? CD_TAIJI : CD_CITY;
    }
    DepartmentId d = ((Holder.DepartmentHolder) h).department();
    return d.equals(SANITATION) ? DH_SANITATION : d.equals(LAW) ? DH_LAW : d.equals(WATER) ? DH_WATER
        : d.equals(EMERGENCY) ? DH_EMERGENCY : DH_HOUSING;
  }

  CommandId next() {
    return CommandId.of("c" + ids.incrementAndGet());
  }

  static CaseDetails details(String category, Source source, Urgency urgency, Optional<PersonId> reporter) {
    return CaseDetails.of(CategoryCode.of(category), source, G11, urgency, "问题描述", reporter);
  }
}
