package org.gridgov.jackson;

import static java.util.Map.entry;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
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

/** Random valid values of every covered type, drawn from a seeded {@link Random}. */
final class RandomValues {
  private RandomValues() {}

  private static final String TEXT_CHARS = "北票市台吉冠山社区网格楼栋abcXYZ019 \"\\/\t\n\u00e9\u2028😀-_.";
  private static final String TOKEN_FIRST = "abcxyzABZ0189";
  private static final String TOKEN_REST = "abcxyzABZ0189._:-";

  /** Generators per type, for the round-trip property. */
  static final Map<Class<?>, Function<Random, ?>> BY_TYPE = Samples.merge(
      Samples.merge(CaseRandom.byType(), AccountabilityRandom.byType()), Map.ofEntries(
      entry(CityId.class, RandomValues::city),
      entry(SubdistrictId.class, RandomValues::subdistrictId),
      entry(CommunityId.class, RandomValues::communityId),
      entry(GridId.class, RandomValues::gridId),
      entry(BuildingId.class, r -> BuildingId.of(token(r))),
      entry(UnitId.class, r -> UnitId.of(token(r))),
      entry(HouseholdId.class, r -> HouseholdId.of(token(r))),
      entry(DepartmentId.class, r -> DepartmentId.of(token(r))),
      entry(SinkingUnitId.class, r -> SinkingUnitId.of(token(r))),
      entry(PersonId.class, r -> PersonId.of(token(r))),
      entry(CategoryCode.class, RandomValues::categoryCode),
      entry(PlaceId.class, RandomValues::place),
      entry(PersonName.class, r -> PersonName.of(text(r, 20))),
      entry(PhoneNumber.class, RandomValues::phone),
      entry(IdCardNumber.class, RandomValues::idCard),
      entry(Person.class, RandomValues::person),
      entry(Subdistrict.class, r -> new Subdistrict(subdistrictId(r), text(r, 100))),
      entry(Community.class, r -> new Community(communityId(r), text(r, 100))),
      entry(Grid.class, r -> new Grid(gridId(r), text(r, 100), optionalInt(r, 0, 1_000_000))),
      entry(Building.class, r -> new Building(BuildingId.of(token(r)), gridId(r), text(r, 100))),
      entry(BuildingUnit.class, r -> new BuildingUnit(UnitId.of(token(r)), BuildingId.of(token(r)), text(r, 100))),
      entry(Household.class, r -> new Household(HouseholdId.of(token(r)), UnitId.of(token(r)), r.nextBoolean())),
      entry(Department.class, RandomValues::department),
      entry(SinkingUnit.class, RandomValues::sinkingUnit),
      entry(RoleAssignment.class, RandomValues::roleAssignment),
      entry(PartyBody.class, RandomValues::partyBody),
      entry(PartyPostAssignment.class, r -> new PartyPostAssignment(PersonId.of(token(r)),
          pick(r, PartyPost.values()), partyBody(r))),
      entry(RuleConfig.class, r -> new RuleConfig(1 + r.nextInt(1_000_000), r.nextInt(10_001) / 1000.0)),
      entry(Violation.class, RandomValues::violation),
      entry(ValidationReport.class, r -> new ValidationReport(list(r, 4, RandomValues::violation))),
      entry(OrganisationChange.class, RandomValues::change),
      entry(OrganisationChange.ReassignRole.class, RandomValues::reassignRole),
      entry(OrganisationChange.AssignRole.class, r -> new OrganisationChange.AssignRole(roleAssignment(r))),
      entry(OrganisationChange.MoveBuilding.class, r -> new OrganisationChange.MoveBuilding(
          BuildingId.of(token(r)), gridId(r))),
      entry(OrganisationChange.SplitGrid.class, RandomValues::splitGrid),
      entry(OrganisationChange.MergeGrids.class, RandomValues::mergeGrids),
      entry(OrganisationChange.AddSinkingUnit.class, r -> new OrganisationChange.AddSinkingUnit(sinkingUnit(r))),
      entry(ChangeRecord.class, RandomValues::changeRecord),
      entry(ChangeOutcome.class, RandomValues::rejected),
      entry(ChangeOutcome.Rejected.class, RandomValues::rejected),
      entry(ChangeOutcome.Applied.class, RandomValues::applied),
      entry(Organisation.class, RandomValues::organisation),
      entry(Category.class, r -> new Category(categoryCode(r), text(r, 100))),
      entry(CategoryCatalogue.class, RandomValues::catalogue),
      entry(DutyBearer.class, RandomValues::bearer),
      entry(DutyBearer.RoleHolders.class, r -> new DutyBearer.RoleHolders(pick(r, Role.values()))),
      entry(DutyBearer.SinkingUnits.class, r -> new DutyBearer.SinkingUnits()),
      entry(DutyBearer.PartyBodies.class, r -> new DutyBearer.PartyBodies(pick(r, PartyBodyKind.values()))),
      entry(Duty.class, RandomValues::duty),
      entry(TimeLimit.class, r -> new TimeLimit(pick(r, TimeKind.values()), positiveDuration(r))),
      entry(BusinessCalendar.Period.class, RandomValues::period),
      entry(Level.class, r -> pick(r, Level.values())),
      entry(Role.class, r -> pick(r, Role.values())),
      entry(PartyBodyKind.class, r -> pick(r, PartyBodyKind.values())),
      entry(PartyPost.class, r -> pick(r, PartyPost.values())),
      entry(DepartmentKind.class, r -> pick(r, DepartmentKind.values())),
      entry(Severity.class, r -> pick(r, Severity.values())),
      entry(RuleId.class, r -> pick(r, RuleId.values())),
      entry(Activity.class, r -> pick(r, Activity.values())),
      entry(CadencePeriod.class, r -> pick(r, CadencePeriod.values())),
      entry(EvaluationDimension.class, r -> pick(r, EvaluationDimension.values())),
      entry(Satisfaction.class, r -> pick(r, Satisfaction.values())),
      entry(DeadlineLight.class, r -> pick(r, DeadlineLight.values())),
      entry(TimeKind.class, r -> pick(r, TimeKind.values()))));

  // ------------------------------------------------------------------ primitives

  static <T> T pick(Random r, T[] values) {
    return values[r.nextInt(values.length)];
  }

  static <T> T pick(Random r, List<T> values) {
    return values.get(r.nextInt(values.size()));
  }

  static String token(Random r) {
    StringBuilder s = new StringBuilder().append(TOKEN_FIRST.charAt(r.nextInt(TOKEN_FIRST.length())));
    int n = r.nextInt(12);
    for (int i = 0; i < n; i++) {
      s.append(TOKEN_REST.charAt(r.nextInt(TOKEN_REST.length())));
    }
    return s.toString();
  }

  /** Non-blank text of up to max characters (counted in UTF-16 units), with quotes, escapes and emoji. */
  static String text(Random r, int max) {
    int[] cps = TEXT_CHARS.codePoints().toArray();
    StringBuilder s = new StringBuilder();
    int n = 1 + r.nextInt(Math.min(max, 12));
    for (int i = 0; i < n; i++) {
      String c = new String(Character.toChars(cps[r.nextInt(cps.length)]));
      if (s.length() + c.length() <= max) {
        s.append(c);
      }
    }
    return s.toString().isBlank() ? "x" : s.toString();
  }

  static OptionalInt optionalInt(Random r, int min, int max) {
    return r.nextBoolean() ? OptionalInt.empty() : OptionalInt.of(min + r.nextInt(max - min + 1));
  }

  static <T> ImmutableList<T> list(Random r, int max, Function<Random, T> element) {
    ImmutableList.Builder<T> out = ImmutableList.builder();
    int n = r.nextInt(max + 1);
    for (int i = 0; i < n; i++) {
      out.add(element.apply(r));
    }
    return out.build();
  }

  static <T> ImmutableSet<T> set(Random r, int min, int max, Function<Random, T> element) {
    Set<T> out = new LinkedHashSet<>();
    int n = min + r.nextInt(max - min + 1);
    for (int i = 0; i < n * 3 && out.size() < n; i++) {
      out.add(element.apply(r));
    }
    return ImmutableSet.copyOf(out);
  }

  static Duration positiveDuration(Random r) {
    return Duration.ofSeconds(1 + r.nextInt(1_000_000), r.nextInt(1000) * 1_000_000L);
  }

  // ------------------------------------------------------------------ identifiers

  static CityId city(Random r) {
    return CityId.parse(String.valueOf(100_000 + r.nextInt(900_000)));
  }

  static SubdistrictId subdistrictId(Random r) {
    return city(r).subdistrict(1 + r.nextInt(999));
  }

  static CommunityId communityId(Random r) {
    return subdistrictId(r).community(1 + r.nextInt(999));
  }

  static GridId gridId(Random r) {
    return communityId(r).grid(1 + r.nextInt(999));
  }

  static CategoryCode categoryCode(Random r) {
    int top = 1 + r.nextInt(99);
    String code = (top < 10 ? "0" : "") + top;
    if (r.nextBoolean()) {
      int sub = 1 + r.nextInt(99);
      code += (sub < 10 ? "0" : "") + sub;
    }
    return CategoryCode.of(code);
  }

  static PlaceId place(Random r) {
    switch (pick(r, Level.values())) {
      case CITY:
        return city(r);
      case SUBDISTRICT:
        return subdistrictId(r);
      case COMMUNITY:
        return communityId(r);
      case GRID:
        return gridId(r);
      case BUILDING:
        return BuildingId.of(token(r));
      case UNIT:
        return UnitId.of(token(r));
      default:
        return HouseholdId.of(token(r));
    }
  }

  // ------------------------------------------------------------------ people

  static PhoneNumber phone(Random r) {
    StringBuilder s = new StringBuilder(r.nextBoolean() ? "+" : "");
    int n = 7 + r.nextInt(9);
    for (int i = 0; i < n; i++) {
      s.append(r.nextInt(10));
    }
    return PhoneNumber.of(s.toString());
  }

  static IdCardNumber idCard(Random r) {
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    StringBuilder s = new StringBuilder();
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int d = r.nextInt(10);
      s.append(d);
      sum += d * weights[i];
    }
    return IdCardNumber.of(s.append("10X98765432".charAt(sum % 11)).toString());
  }

  static Person person(Random r) {
    return new Person(PersonId.of(token(r)), PersonName.of(text(r, 20)),
        r.nextBoolean() ? Optional.of(phone(r)) : Optional.empty(),
        r.nextBoolean() ? Optional.of(idCard(r)) : Optional.empty());
  }

  // ------------------------------------------------------------------ organisation parts

  static Department department(Random r) {
    return new Department(DepartmentId.of(token(r)), text(r, 100), pick(r, DepartmentKind.values()),
        set(r, 0, 4, RandomValues::categoryCode));
  }

  static SinkingUnit sinkingUnit(Random r) {
    return new SinkingUnit(SinkingUnitId.of(token(r)), text(r, 100), PersonId.of(token(r)),
        PersonId.of(token(r)), set(r, 1, 3, RandomValues::communityId));
  }

  static RoleAssignment roleAssignment(Random r) {
    Role role = pick(r, Role.values());
    PersonId person = PersonId.of(token(r));
    if (role.needsDepartment()) {
      return RoleAssignment.departmentHandler(person, DepartmentId.of(token(r)), city(r));
    }
    if (role.needsSinkingUnit()) {
      return RoleAssignment.sinkingCadre(person, SinkingUnitId.of(token(r)), communityId(r));
    }
    return RoleAssignment.of(person, role, placeAt(r, pick(r, List.copyOf(role.placeLevels()))));
  }

  static PlaceId placeAt(Random r, Level level) {
    PlaceId p = place(r);
    while (p.level() != level) {
      p = place(r);
    }
    return p;
  }

  static PartyBody partyBody(Random r) {
    PartyBodyKind kind = pick(r, PartyBodyKind.values());
    return new PartyBody(kind, placeAt(r, kind.level()));
  }

  static Violation violation(Random r) {
    return new Violation(pick(r, RuleId.values()), token(r), text(r, 200));
  }

  // ------------------------------------------------------------------ changes

  static OrganisationChange change(Random r) {
    List<Class<?>> variants = List.of(OrganisationChange.ReassignRole.class, OrganisationChange.AssignRole.class,
        OrganisationChange.MoveBuilding.class, OrganisationChange.SplitGrid.class,
        OrganisationChange.MergeGrids.class, OrganisationChange.AddSinkingUnit.class);
    return (OrganisationChange) BY_TYPE.get(pick(r, variants)).apply(r);
  }

  static OrganisationChange.ReassignRole reassignRole(Random r) {
    return new OrganisationChange.ReassignRole(pick(r, Role.values()), place(r), PersonId.of("from-" + token(r)),
        PersonId.of("to-" + token(r)));
  }

  static OrganisationChange.SplitGrid splitGrid(Random r) {
    CommunityId community = communityId(r);
    return new OrganisationChange.SplitGrid(community.grid(1 + r.nextInt(499)), community.grid(500 + r.nextInt(499)),
        text(r, 100), set(r, 0, 3, x -> BuildingId.of(token(x))), optionalInt(r, 0, 1000),
        PersonId.of(token(r)), PersonId.of(token(r)));
  }

  static OrganisationChange.MergeGrids mergeGrids(Random r) {
    CommunityId community = communityId(r);
    return new OrganisationChange.MergeGrids(community.grid(1 + r.nextInt(499)), community.grid(500 + r.nextInt(499)));
  }

  static ChangeRecord changeRecord(Random r) {
    long from = r.nextInt(1000);
    return new ChangeRecord(from, from + 1, change(r), list(r, 3, x -> text(x, 200)));
  }

  /** An applied outcome: a random snapshot at a random later version, with a random record. */
  static ChangeOutcome.Applied applied(Random r) {
    Organisation org = organisation(r).toBuilder().version(1 + r.nextInt(1_000)).build();
    return new ChangeOutcome.Applied(org, changeRecord(r));
  }

  static ChangeOutcome.Rejected rejected(Random r) {
    List<Violation> violations = new ArrayList<>(list(r, 3, RandomValues::violation));
    violations.add(violation(r));
    return new ChangeOutcome.Rejected(change(r), ImmutableList.copyOf(violations));
  }

  // ------------------------------------------------------------------ values

  static CategoryCatalogue catalogue(Random r) {
    List<Category> categories = new ArrayList<>();
    Set<CategoryCode> codes = new LinkedHashSet<>();
    int tops = r.nextInt(4);
    for (int t = 0; t < tops; t++) {
      CategoryCode top = CategoryCode.of(String.format("%02d", 1 + r.nextInt(99)));
      if (codes.add(top)) {
        categories.add(new Category(top, text(r, 100)));
        int subs = r.nextInt(3);
        for (int s = 0; s < subs; s++) {
          CategoryCode sub = CategoryCode.of(top.value() + String.format("%02d", 1 + r.nextInt(99)));
          if (codes.add(sub)) {
            categories.add(new Category(sub, text(r, 100)));
          }
        }
      }
    }
    return CategoryCatalogue.of(categories);
  }

  static DutyBearer bearer(Random r) {
    switch (r.nextInt(3)) {
      case 0:
        return DutyBearer.role(pick(r, Role.values()));
      case 1:
        return DutyBearer.sinkingUnits();
      default:
        return DutyBearer.partyBodies(pick(r, PartyBodyKind.values()));
    }
  }

  static Duty duty(Random r) {
    return new Duty(token(r), bearer(r), pick(r, Activity.values()), 1 + r.nextInt(1000),
        pick(r, CadencePeriod.values()), r.nextBoolean() ? Optional.of(positiveDuration(r)) : Optional.empty(),
        optionalInt(r, 1, 1_000_000), text(r, 500));
  }

  static BusinessCalendar.Period period(Random r) {
    int a = r.nextInt(86_399);
    int b = a + 1 + r.nextInt(86_399 - a);
    return new BusinessCalendar.Period(LocalTime.ofSecondOfDay(a), LocalTime.ofSecondOfDay(b));
  }

  // ------------------------------------------------------------------ organisation

  /** A structurally valid organisation of version 0 (governance rules need not hold). */
  static Organisation organisation(Random r) {
    CityId city = city(r);
    Organisation.Builder b = Organisation.builder(city, text(r, 20));
    List<PlaceId> places = new ArrayList<>();
    places.add(city);
    List<CommunityId> communities = new ArrayList<>();
    List<GridId> grids = new ArrayList<>();
    int buildingSeq = 0;
    int unitSeq = 0;
    int householdSeq = 0;
    for (int s = 1; s <= 1 + r.nextInt(2); s++) {
      SubdistrictId sd = city.subdistrict(s);
      b.subdistrict(sd, text(r, 30));
      places.add(sd);
      for (int c = 1; c <= 1 + r.nextInt(2); c++) {
        CommunityId cm = sd.community(c);
        b.community(cm, text(r, 30));
        places.add(cm);
        communities.add(cm);
        for (int g = 1; g <= 1 + r.nextInt(2); g++) {
          GridId grid = cm.grid(g);
          grids.add(grid);
          places.add(grid);
          if (r.nextInt(3) == 0) {
            b.grid(grid, text(r, 30), r.nextInt(600));
            continue;
          }
          b.grid(grid, text(r, 30));
          for (int k = 0; k < r.nextInt(3); k++) {
            BuildingId building = BuildingId.of("b" + ++buildingSeq);
            b.building(building, grid, text(r, 30));
            places.add(building);
            for (int u = 0; u < r.nextInt(3); u++) {
              UnitId unit = UnitId.of("u" + ++unitSeq);
              b.unit(unit, building, text(r, 30));
              places.add(unit);
              for (int h = 0; h < r.nextInt(4); h++) {
                HouseholdId household = HouseholdId.of("h" + ++householdSeq + token(r));
                b.household(household, unit, r.nextInt(5) == 0);
                places.add(household);
              }
            }
          }
        }
      }
    }
    List<PersonId> people = new ArrayList<>();
    for (int i = 0; i < 1 + r.nextInt(6); i++) {
      Person p = person(r);
      p = new Person(PersonId.of("p" + i), p.name(), p.phone(), p.idCard());
      b.person(p);
      people.add(p.id());
    }
    List<Department> departments = new ArrayList<>(Department.standard().subList(0, r.nextInt(4)));
    b.departments(departments);
    List<SinkingUnit> units = new ArrayList<>();
    if (r.nextBoolean()) {
      SinkingUnit unit = new SinkingUnit(SinkingUnitId.of("su-" + token(r)), text(r, 30), pick(r, people),
          pick(r, people), set(r, 1, 2, x -> pick(x, communities)));
      b.sinkingUnit(unit);
      units.add(unit);
    }
    Set<RoleAssignment> roles = new LinkedHashSet<>();
    for (int i = 0; i < r.nextInt(8); i++) {
      PersonId person = pick(r, people);
      Role role = pick(r, Role.values());
      if (role.needsDepartment()) {
        if (!departments.isEmpty()) {
          roles.add(RoleAssignment.departmentHandler(person, pick(r, departments).id(), city));
        }
      } else if (role.needsSinkingUnit()) {
        if (!units.isEmpty()) {
          roles.add(RoleAssignment.sinkingCadre(person, units.get(0).id(), pick(r, communities)));
        }
      } else {
        List<PlaceId> candidates = places.stream().filter(p -> role.placeLevels().contains(p.level())).toList();
        if (!candidates.isEmpty()) {
          roles.add(RoleAssignment.of(person, role, pick(r, candidates)));
        }
      }
    }
    roles.forEach(b::assign);
    Set<PartyPostAssignment> posts = new LinkedHashSet<>();
    for (int i = 0; i < r.nextInt(6); i++) {
      List<PlaceId> mirrored = places.stream().filter(p -> PartyBodyKind.mirroring(p.level()).isPresent()).toList();
      posts.add(PartyPostAssignment.of(pick(r, people), pick(r, PartyPost.values()), pick(r, mirrored)));
    }
    posts.forEach(p -> b.partyPost(p.person(), p.post(), p.body().place()));
    return b.build();
  }
}
