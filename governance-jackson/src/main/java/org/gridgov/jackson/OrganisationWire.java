package org.gridgov.jackson;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridgov.core.org.Building;
import org.gridgov.core.org.BuildingUnit;
import org.gridgov.core.org.CityId;
import org.gridgov.core.org.Department;
import org.gridgov.core.org.Grid;
import org.gridgov.core.org.Household;
import org.gridgov.core.org.HouseholdId;
import org.gridgov.core.org.Organisation;
import org.gridgov.core.org.OrganisationException;
import org.gridgov.core.org.PartyPostAssignment;
import org.gridgov.core.org.PlaceId;
import org.gridgov.core.org.RoleAssignment;
import org.gridgov.core.org.SinkingUnit;
import org.gridgov.core.org.Subdistrict;
import org.gridgov.core.org.UnitId;
import org.gridgov.core.org.Violation;
import org.gridgov.core.people.Person;

/**
 * The organisation snapshot document. It is read back through {@link Organisation#builder}, so a
 * structural violation surfaces as a {@link WireFormatException} at the offending entry.
 *
 * <p>Units and households have no list accessor in the core; they are written by walking the
 * hierarchy (units of each building in order, households of each unit sorted by identifier).
 */
final class OrganisationWire implements Codec<Organisation> {
  static final OrganisationWire SNAPSHOT = new OrganisationWire();

  private OrganisationWire() {}

  @Override
  public void write(Organisation org, Out out) throws IOException {
    out.begin();
    if (out.atDocumentRoot()) {
      out.number(In.SCHEMA_VERSION_PROPERTY, In.SCHEMA_VERSION);
    }
    List<BuildingUnit> units = new ArrayList<>();
    List<Household> households = new ArrayList<>();
    for (Building b : org.buildings()) {
      for (PlaceId u : org.children(b.id())) {
        units.add(org.unit((UnitId) u).orElseThrow());
        org.children(u).stream().map(h -> (HouseholdId) h).sorted(Comparator.comparing(HouseholdId::value))
            .forEach(h -> households.add(org.household(h).orElseThrow()));
      }
    }
    out.field("city", org.city(), IdWire.CITY)
        .string("city_name", org.cityName())
        .number("version", org.version())
        .array("subdistricts", org.subdistricts(), OrgWire.SUBDISTRICT)
        .array("communities", org.communities(), OrgWire.COMMUNITY)
        .array("grids", org.grids(), OrgWire.GRID)
        .array("buildings", org.buildings(), OrgWire.BUILDING)
        .array("units", units, OrgWire.UNIT)
        .array("households", households, OrgWire.HOUSEHOLD)
        .array("people", org.people(), PeopleWire.PERSON)
        .array("role_assignments", org.roleAssignments(), OrgWire.ROLE_ASSIGNMENT)
        .array("party_posts", org.partyPosts(), OrgWire.PARTY_POST_ASSIGNMENT)
        .array("sinking_units", org.sinkingUnits(), OrgWire.SINKING_UNIT)
        .array("departments", org.departments(), OrgWire.DEPARTMENT)
        .end();
  }

  @Override
  public Organisation read(In in) {
    return in.object(o -> {
      o.document(false);
      CityId city = o.read("city", IdWire.CITY);
      Organisation.Builder b = Organisation.builder(city, o.text("city_name"));
      b.version(o.get("version").integer(0, Long.MAX_VALUE));
      Paths paths = new Paths();
      paths.place(city.code(), "");
      List<Subdistrict> subdistricts = o.list("subdistricts", OrgWire.SUBDISTRICT);
      for (int i = 0; i < subdistricts.size(); i++) {
        Subdistrict s = subdistricts.get(i);
        paths.place(s.id().code(), "/subdistricts/" + i);
        b.subdistrict(s.id(), s.name());
      }
      var communities = o.list("communities", OrgWire.COMMUNITY);
      for (int i = 0; i < communities.size(); i++) {
        paths.place(communities.get(i).id().code(), "/communities/" + i);
        b.community(communities.get(i).id(), communities.get(i).name());
      }
      List<Grid> grids = o.list("grids", OrgWire.GRID);
      for (int i = 0; i < grids.size(); i++) {
        Grid g = grids.get(i);
        paths.place(g.id().code(), "/grids/" + i);
        if (g.declaredHouseholds().isPresent()) {
          b.grid(g.id(), g.name(), g.declaredHouseholds().getAsInt());
        } else {
          b.grid(g.id(), g.name());
        }
      }
      List<Building> buildings = o.list("buildings", OrgWire.BUILDING);
      for (int i = 0; i < buildings.size(); i++) {
        Building x = buildings.get(i);
        paths.place(x.id().code(), "/buildings/" + i);
        b.building(x.id(), x.grid(), x.name());
      }
      List<BuildingUnit> units = o.list("units", OrgWire.UNIT);
      for (int i = 0; i < units.size(); i++) {
        BuildingUnit u = units.get(i);
        paths.place(u.id().code(), "/units/" + i);
        b.unit(u.id(), u.building(), u.name());
      }
      List<Household> households = o.list("households", OrgWire.HOUSEHOLD);
      for (int i = 0; i < households.size(); i++) {
        Household h = households.get(i);
        paths.place(h.id().code(), "/households/" + i);
        b.household(h.id(), h.unit(), h.partyMemberCentral());
      }
      List<Person> people = o.list("people", PeopleWire.PERSON);
      for (int i = 0; i < people.size(); i++) {
        paths.place(people.get(i).id().value(), "/people/" + i);
        b.person(people.get(i));
      }
      List<RoleAssignment> roles = o.list("role_assignments", OrgWire.ROLE_ASSIGNMENT);
      for (int i = 0; i < roles.size(); i++) {
        paths.reference(roles.get(i).person().value(), "/role_assignments/" + i);
        b.assign(roles.get(i));
      }
      List<PartyPostAssignment> posts = o.list("party_posts", OrgWire.PARTY_POST_ASSIGNMENT);
      for (int i = 0; i < posts.size(); i++) {
        PartyPostAssignment p = posts.get(i);
        paths.reference(p.person().value(), "/party_posts/" + i);
        b.partyPost(p.person(), p.post(), p.body().place());
      }
      List<SinkingUnit> sinking = o.list("sinking_units", OrgWire.SINKING_UNIT);
      for (int i = 0; i < sinking.size(); i++) {
        paths.place(sinking.get(i).id().value(), "/sinking_units/" + i);
        b.sinkingUnit(sinking.get(i));
      }
      List<Department> departments = o.list("departments", OrgWire.DEPARTMENT);
      for (int i = 0; i < departments.size(); i++) {
        paths.place(departments.get(i).id().value(), "/departments/" + i);
        b.department(departments.get(i));
      }
      try {
        return b.build();
      } catch (OrganisationException e) {
        Violation first = e.violations().get(0);
        throw new WireFormatException(in.path() + paths.of(first), e.getMessage(), e);
      }
    });
  }

  /** Remembers where each identifier was read, to point a structural violation at its entry. */
  private static final class Paths {
    private final Map<String, String> first = new HashMap<>();
    private final Map<String, String> duplicate = new HashMap<>();
    private final Map<String, String> firstReference = new HashMap<>();
    private final Map<String, String> lastReference = new HashMap<>();

    void place(String id, String path) {
      if (first.putIfAbsent(id, path) != null) {
        duplicate.putIfAbsent(id, path);
      }
    }

    void reference(String person, String path) {
      firstReference.putIfAbsent(person, path);
      lastReference.put(person, path);
    }

    String of(Violation v) {
      String subject = v.subject();
      String path;
      switch (v.rule()) {
        case DUPLICATE_ID:
          path = duplicate.get(subject);
          break;
        case DUPLICATE_ASSIGNMENT:
          path = lastReference.get(subject);
          break;
        case UNKNOWN_REFERENCE:
          path = firstReference.containsKey(subject) ? firstReference.get(subject) : first.get(subject);
          break;
        default:
          path = first.get(subject);
      }
      return path == null ? "" : path;
    }
  }
}
