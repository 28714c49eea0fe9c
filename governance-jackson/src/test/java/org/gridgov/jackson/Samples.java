package org.gridgov.jackson;

import static java.util.Map.entry;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.gridgov.core.calendar.BusinessCalendar;
import org.gridgov.core.calendar.DeadlineLight;
import org.gridgov.core.calendar.TimeKind;
import org.gridgov.core.calendar.TimeLimit;
import org.gridgov.core.category.Category;
import org.gridgov.core.category.CategoryCatalogue;
import org.gridgov.core.category.CategoryCode;
import org.gridgov.core.duty.Activity;
import org.gridgov.core.duty.CadencePeriod;
import org.gridgov.core.duty.Duty;
import org.gridgov.core.duty.DutyBearer;
import org.gridgov.core.evaluation.EvaluationDimension;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.org.Building;
import org.gridgov.core.org.BuildingId;
import org.gridgov.core.org.BuildingUnit;
import org.gridgov.core.org.ChangeOutcome;
import org.gridgov.core.org.ChangeRecord;
import org.gridgov.core.org.CityId;
import org.gridgov.core.org.Community;
import org.gridgov.core.org.CommunityId;
import org.gridgov.core.org.Department;
import org.gridgov.core.org.DepartmentId;
import org.gridgov.core.org.DepartmentKind;
import org.gridgov.core.org.Grid;
import org.gridgov.core.org.GridId;
import org.gridgov.core.org.Household;
import org.gridgov.core.org.HouseholdId;
import org.gridgov.core.org.Level;
import org.gridgov.core.org.Organisation;
import org.gridgov.core.org.OrganisationChange;
import org.gridgov.core.org.PartyBody;
import org.gridgov.core.org.PartyBodyKind;
import org.gridgov.core.org.PartyPost;
import org.gridgov.core.org.PartyPostAssignment;
import org.gridgov.core.org.PlaceId;
import org.gridgov.core.org.Role;
import org.gridgov.core.org.RoleAssignment;
import org.gridgov.core.org.RuleConfig;
import org.gridgov.core.org.RuleId;
import org.gridgov.core.org.Severity;
import org.gridgov.core.org.SinkingUnit;
import org.gridgov.core.org.SinkingUnitId;
import org.gridgov.core.org.Subdistrict;
import org.gridgov.core.org.SubdistrictId;
import org.gridgov.core.org.UnitId;
import org.gridgov.core.org.ValidationReport;
import org.gridgov.core.org.Violation;
import org.gridgov.core.people.IdCardNumber;
import org.gridgov.core.people.Person;
import org.gridgov.core.people.PersonId;
import org.gridgov.core.people.PersonName;
import org.gridgov.core.people.PhoneNumber;

/** Fixed example values of every covered type, from Beipiao's 台吉街道 舍宅社区; the golden files pin their JSON. */
final class Samples {
  private Samples() {}

  static final CityId CITY = CityId.parse("211381");
  static final SubdistrictId TAIJI = CITY.subdistrict(1);
  static final CommunityId SHEZHAI = TAIJI.community(1);
  static final GridId GRID_1 = SHEZHAI.grid(1);
  static final GridId GRID_2 = SHEZHAI.grid(2);
  static final BuildingId BUILDING = BuildingId.of("b-1");
  static final UnitId UNIT = UnitId.of("b-1-u1");
  static final HouseholdId HOUSEHOLD = HouseholdId.of("b-1-u1-101");
  static final PersonId ZHANG = PersonId.of("p-zhang");
  static final PersonId LI = PersonId.of("p-li");
  static final PersonId WANG = PersonId.of("p-wang");
  static final IdCardNumber ID_CARD = IdCardNumber.of("11010519491231002X");
  static final Person ZHANG_JIANGUO = new Person(ZHANG, PersonName.of("张建国"),
      Optional.of(PhoneNumber.of("13800138000")), Optional.of(ID_CARD));
  static final Department SANITATION = Department.standard().stream()
      .filter(d -> d.id().value().equals("sanitation")).findFirst().orElseThrow();
  static final SinkingUnit POWER_UNIT = new SinkingUnit(SinkingUnitId.of("su-power"), "供电公司党支部", ZHANG, LI,
      ImmutableSet.of(SHEZHAI));
  static final RoleAssignment GRID_CHIEF = RoleAssignment.of(LI, Role.GRID_CHIEF, GRID_1);
  static final Violation VIOLATION = new Violation(RuleId.GRID_HAS_WORKER, GRID_2.code(),
      "grid 211381001001002 has no full-time grid worker");
  static final OrganisationChange.SplitGrid SPLIT = new OrganisationChange.SplitGrid(GRID_1, SHEZHAI.grid(3),
      "舍宅第三网格", ImmutableSet.of(BUILDING), OptionalInt.empty(), LI, WANG);

  /** A small organisation: one subdistrict, one community, two grids (one declares its households). */
  static Organisation organisation() {
    return Organisation.builder(CITY, "北票市")
        .subdistrict(TAIJI, "台吉街道")
        .community(SHEZHAI, "舍宅社区")
        .grid(GRID_1, "舍宅第一网格")
        .grid(GRID_2, "舍宅第二网格", 280)
        .building(BUILDING, GRID_1, "1号楼")
        .unit(UNIT, BUILDING, "1单元")
        .household(HOUSEHOLD, UNIT, true)
        .household(HouseholdId.of("b-1-u1-102"), UNIT, false)
        .person(ZHANG_JIANGUO)
        .person(Person.of("p-li", "李秀英").withPhone("0421-5822001"))
        .person(Person.of("p-wang", "王小明"))
        .departments(List.of(SANITATION))
        .sinkingUnit(POWER_UNIT)
        .assign(ZHANG, Role.GENERAL_GRID_CHIEF, SHEZHAI)
        .assign(GRID_CHIEF)
        .assign(WANG, Role.GRID_WORKER, GRID_1)
        .assign(RoleAssignment.departmentHandler(WANG, SANITATION.id(), CITY))
        .assign(RoleAssignment.sinkingCadre(LI, POWER_UNIT.id(), SHEZHAI))
        .partyPost(ZHANG, PartyPost.SECRETARY, SHEZHAI)
        .partyPost(LI, PartyPost.SECRETARY, GRID_1)
        .partyPost(ZHANG, PartyPost.PART_TIME_MEMBER, TAIJI)
        .build();
  }

  static final Map<Class<?>, List<?>> EXAMPLES = merge(merge(CaseSamples.examples(), AccountabilitySamples.examples()),
      Map.ofEntries(
      entry(CityId.class, List.of(CITY)),
      entry(SubdistrictId.class, List.of(TAIJI)),
      entry(CommunityId.class, List.of(SHEZHAI)),
      entry(GridId.class, List.of(GRID_1)),
      entry(BuildingId.class, List.of(BUILDING)),
      entry(UnitId.class, List.of(UNIT)),
      entry(HouseholdId.class, List.of(HOUSEHOLD)),
      entry(DepartmentId.class, List.of(SANITATION.id())),
      entry(SinkingUnitId.class, List.of(POWER_UNIT.id())),
      entry(PersonId.class, List.of(ZHANG)),
      entry(CategoryCode.class, List.of(CategoryCode.of("0102"))),
      entry(PlaceId.class, List.of(CITY, TAIJI, SHEZHAI, GRID_1, BUILDING, UNIT, HOUSEHOLD)),
      entry(PersonName.class, List.of(PersonName.of("张建国"))),
      entry(PhoneNumber.class, List.of(PhoneNumber.of("13800138000"))),
      entry(IdCardNumber.class, List.of(ID_CARD)),
      entry(Person.class, List.of(ZHANG_JIANGUO, Person.of("p-wang", "王小明"))),
      entry(Subdistrict.class, List.of(new Subdistrict(TAIJI, "台吉街道"))),
      entry(Community.class, List.of(new Community(SHEZHAI, "舍宅社区"))),
      entry(Grid.class, List.of(new Grid(GRID_1, "舍宅第一网格", OptionalInt.empty()),
          new Grid(GRID_2, "舍宅第二网格", OptionalInt.of(280)))),
      entry(Building.class, List.of(new Building(BUILDING, GRID_1, "1号楼"))),
      entry(BuildingUnit.class, List.of(new BuildingUnit(UNIT, BUILDING, "1单元"))),
      entry(Household.class, List.of(new Household(HOUSEHOLD, UNIT, true))),
      entry(Department.class, List.of(SANITATION)),
      entry(SinkingUnit.class, List.of(POWER_UNIT)),
      entry(RoleAssignment.class, List.of(GRID_CHIEF,
          RoleAssignment.departmentHandler(WANG, SANITATION.id(), CITY),
          RoleAssignment.sinkingCadre(LI, POWER_UNIT.id(), SHEZHAI))),
      entry(PartyBody.class, List.of(PartyBody.of(GRID_1))),
      entry(PartyPostAssignment.class, List.of(PartyPostAssignment.of(LI, PartyPost.SECRETARY, GRID_1))),
      entry(RuleConfig.class, List.of(RuleConfig.defaults())),
      entry(Violation.class, List.of(VIOLATION)),
      entry(ValidationReport.class, List.of(new ValidationReport(ImmutableList.of(VIOLATION,
          new Violation(RuleId.GRID_SIZE, GRID_2.code(), "grid 211381001001002 has 80 households"))))),
      entry(OrganisationChange.class, List.of(
          new OrganisationChange.ReassignRole(Role.GRID_WORKER, GRID_1, WANG, LI),
          new OrganisationChange.AssignRole(RoleAssignment.of(WANG, Role.BUILDING_CHIEF, BUILDING)),
          new OrganisationChange.MoveBuilding(BUILDING, GRID_2),
          SPLIT,
          new OrganisationChange.MergeGrids(GRID_2, GRID_1),
          new OrganisationChange.AddSinkingUnit(POWER_UNIT))),
      entry(OrganisationChange.ReassignRole.class, List.of(
          new OrganisationChange.ReassignRole(Role.GRID_CHIEF, GRID_1, LI, WANG))),
      entry(OrganisationChange.AssignRole.class, List.of(new OrganisationChange.AssignRole(GRID_CHIEF))),
      entry(OrganisationChange.MoveBuilding.class, List.of(new OrganisationChange.MoveBuilding(BUILDING, GRID_2))),
      entry(OrganisationChange.SplitGrid.class, List.of(SPLIT)),
      entry(OrganisationChange.MergeGrids.class, List.of(new OrganisationChange.MergeGrids(GRID_2, GRID_1))),
      entry(OrganisationChange.AddSinkingUnit.class, List.of(new OrganisationChange.AddSinkingUnit(POWER_UNIT))),
      entry(ChangeRecord.class, List.of(new ChangeRecord(0, 1, new OrganisationChange.MoveBuilding(BUILDING, GRID_2),
          ImmutableList.of("building b-1 moves from grid 211381001001001 to grid 211381001001002")))),
      entry(ChangeOutcome.class, List.of(new ChangeOutcome.Rejected(new OrganisationChange.MergeGrids(GRID_2, GRID_1),
          ImmutableList.of(VIOLATION)))),
      entry(ChangeOutcome.Rejected.class, List.of(new ChangeOutcome.Rejected(
          new OrganisationChange.MoveBuilding(BUILDING, GRID_1), ImmutableList.of(new Violation(
              RuleId.CHANGE_PRECONDITION, "b-1", "building b-1 is already in grid 211381001001001"))))),
      entry(ChangeOutcome.Applied.class, List.of(organisation().apply(new OrganisationChange.AssignRole(
          RoleAssignment.of(WANG, Role.BUILDING_CHIEF, BUILDING))))),
      entry(Organisation.class, List.of(organisation())),
      entry(Category.class, List.of(Category.of("0102", "暴露垃圾"))),
      entry(CategoryCatalogue.class, List.of(CategoryCatalogue.of(List.of(Category.of("01", "市容环境"),
          Category.of("0101", "私搭乱建"), Category.of("0102", "暴露垃圾"))))),
      entry(DutyBearer.class, List.of(DutyBearer.role(Role.GRID_WORKER), DutyBearer.sinkingUnits(),
          DutyBearer.partyBodies(PartyBodyKind.COMMUNITY_PARTY_COMMITTEE))),
      entry(DutyBearer.RoleHolders.class, List.of(new DutyBearer.RoleHolders(Role.COMMUNITY_CADRE))),
      entry(DutyBearer.SinkingUnits.class, List.of(new DutyBearer.SinkingUnits())),
      entry(DutyBearer.PartyBodies.class, List.of(new DutyBearer.PartyBodies(PartyBodyKind.SUBDISTRICT_WORKING_COMMITTEE))),
      entry(Duty.class, List.of(Duty.standard().get(0), Duty.standard().get(2))),
      entry(TimeLimit.class, List.of(TimeLimit.workingHours(8), new TimeLimit(TimeKind.CONTINUOUS_HOURS,
          Duration.ofMinutes(90)))),
      entry(BusinessCalendar.Period.class, List.of(new BusinessCalendar.Period(LocalTime.of(8, 30),
          LocalTime.of(12, 0)))),
      entry(Level.class, values(Level.values())),
      entry(Role.class, values(Role.values())),
      entry(PartyBodyKind.class, values(PartyBodyKind.values())),
      entry(PartyPost.class, values(PartyPost.values())),
      entry(DepartmentKind.class, values(DepartmentKind.values())),
      entry(Severity.class, values(Severity.values())),
      entry(RuleId.class, values(RuleId.values())),
      entry(Activity.class, values(Activity.values())),
      entry(CadencePeriod.class, values(CadencePeriod.values())),
      entry(EvaluationDimension.class, values(EvaluationDimension.values())),
      entry(Satisfaction.class, values(Satisfaction.values())),
      entry(DeadlineLight.class, values(DeadlineLight.values())),
      entry(TimeKind.class, values(TimeKind.values()))));

  static <V> Map<Class<?>, V> merge(Map<Class<?>, ? extends V> a, Map<Class<?>, ? extends V> b) {
    Map<Class<?>, V> out = new java.util.HashMap<>(a);
    b.forEach((k, v) -> {
      if (out.put(k, v) != null) {
        throw new IllegalStateException("two entries for " + k);
      }
    });
    return Map.copyOf(out);
  }

  private static List<?> values(Object[] constants) {
    return Arrays.asList(constants);
  }
}
