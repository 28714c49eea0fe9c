package org.gridgov.jackson;

import static java.util.Map.entry;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.org.Building;
import org.gridgov.core.org.BuildingUnit;
import org.gridgov.core.org.Community;
import org.gridgov.core.org.Department;
import org.gridgov.core.org.DepartmentKind;
import org.gridgov.core.org.Grid;
import org.gridgov.core.org.Household;
import org.gridgov.core.org.PartyBody;
import org.gridgov.core.org.PartyBodyKind;
import org.gridgov.core.org.PartyPost;
import org.gridgov.core.org.PartyPostAssignment;
import org.gridgov.core.org.Role;
import org.gridgov.core.org.RoleAssignment;
import org.gridgov.core.org.RuleConfig;
import org.gridgov.core.org.RuleId;
import org.gridgov.core.org.Severity;
import org.gridgov.core.org.SinkingUnit;
import org.gridgov.core.org.Subdistrict;
import org.gridgov.core.org.ValidationReport;
import org.gridgov.core.org.Violation;

/** The parts of an organisation: places, people's roles and posts, units, departments and rules. */
final class OrgWire {
  private OrgWire() {}

  static final EnumCodec<Role> ROLE = EnumCodec.of(Role.class, Map.ofEntries(
      entry(Role.GENERAL_GRID_CHIEF, "general_grid_chief"),
      entry(Role.GRID_CHIEF, "grid_chief"),
      entry(Role.GRID_WORKER, "grid_worker"),
      entry(Role.BUILDING_CHIEF, "building_chief"),
      entry(Role.UNIT_CHIEF, "unit_chief"),
      entry(Role.COMMUNITY_CADRE, "community_cadre"),
      entry(Role.SUBDISTRICT_LEADER, "subdistrict_leader"),
      entry(Role.SUBDISTRICT_CADRE, "subdistrict_cadre"),
      entry(Role.DEPUTY_COUNTY_LEADER, "deputy_county_leader"),
      entry(Role.SINKING_CADRE, "sinking_cadre"),
      entry(Role.DEPARTMENT_HANDLER, "department_handler"),
      entry(Role.CENTER_DISPATCHER, "center_dispatcher"),
      entry(Role.RESIDENT, "resident")));

  static final EnumCodec<PartyBodyKind> PARTY_BODY_KIND = EnumCodec.of(PartyBodyKind.class, Map.of(
      PartyBodyKind.SUBDISTRICT_WORKING_COMMITTEE, "subdistrict_working_committee",
      PartyBodyKind.COMMUNITY_PARTY_COMMITTEE, "community_party_committee",
      PartyBodyKind.GRID_BRANCH, "grid_branch",
      PartyBodyKind.BUILDING_GROUP, "building_group",
      PartyBodyKind.CENTRAL_HOUSEHOLD, "central_household"));

  static final EnumCodec<PartyPost> PARTY_POST = EnumCodec.of(PartyPost.class, Map.of(
      PartyPost.SECRETARY, "secretary",
      PartyPost.DEPUTY_SECRETARY, "deputy_secretary",
      PartyPost.MEMBER, "member",
      PartyPost.PART_TIME_MEMBER, "part_time_member",
      PartyPost.GROUP_LEADER, "group_leader",
      PartyPost.CENTRAL_HOUSEHOLD_HEAD, "central_household_head"));

  static final EnumCodec<DepartmentKind> DEPARTMENT_KIND = EnumCodec.of(DepartmentKind.class, Map.of(
      DepartmentKind.FUNCTIONAL_DEPARTMENT, "functional_department",
      DepartmentKind.UTILITY, "utility"));

  static final EnumCodec<Severity> SEVERITY = EnumCodec.of(Severity.class, Map.of(
      Severity.ERROR, "error",
      Severity.WARNING, "warning"));

  /** Rules keep the stable codes the core gives them ({@code GOV-003}). */
  static final EnumCodec<RuleId> RULE = EnumCodec.of(RuleId.class, ruleCodes());

  private static Map<RuleId, String> ruleCodes() {
    ImmutableMap.Builder<RuleId, String> codes = ImmutableMap.builder();
    for (RuleId r : RuleId.values()) {
      codes.put(r, r.code());
    }
    return codes.build();
  }

  static final ObjectCodec<Subdistrict> SUBDISTRICT = ObjectCodec.of(
      (s, out) -> out.field("id", s.id(), IdWire.SUBDISTRICT).string("name", s.name()),
      in -> new Subdistrict(in.read("id", IdWire.SUBDISTRICT), in.text("name")));

  static final ObjectCodec<Community> COMMUNITY = ObjectCodec.of(
      (c, out) -> out.field("id", c.id(), IdWire.COMMUNITY).string("name", c.name()),
      in -> new Community(in.read("id", IdWire.COMMUNITY), in.text("name")));

  static final ObjectCodec<Grid> GRID = ObjectCodec.of(
      (g, out) -> out.field("id", g.id(), IdWire.GRID).string("name", g.name())
          .optional("declared_households", g.declaredHouseholds()),
      in -> new Grid(in.read("id", IdWire.GRID), in.text("name"), in.intOptional("declared_households")));

  static final ObjectCodec<Building> BUILDING = ObjectCodec.of(
      (b, out) -> out.field("id", b.id(), IdWire.BUILDING).field("grid", b.grid(), IdWire.GRID)
          .string("name", b.name()),
      in -> new Building(in.read("id", IdWire.BUILDING), in.read("grid", IdWire.GRID), in.text("name")));

  static final ObjectCodec<BuildingUnit> UNIT = ObjectCodec.of(
      (u, out) -> out.field("id", u.id(), IdWire.UNIT).field("building", u.building(), IdWire.BUILDING)
          .string("name", u.name()),
      in -> new BuildingUnit(in.read("id", IdWire.UNIT), in.read("building", IdWire.BUILDING), in.text("name")));

  static final ObjectCodec<Household> HOUSEHOLD = ObjectCodec.of(
      (h, out) -> out.field("id", h.id(), IdWire.HOUSEHOLD).field("unit", h.unit(), IdWire.UNIT)
          .bool("party_member_central", h.partyMemberCentral()),
      in -> new Household(in.read("id", IdWire.HOUSEHOLD), in.read("unit", IdWire.UNIT),
          in.get("party_member_central").bool()));

  static final ObjectCodec<Department> DEPARTMENT = ObjectCodec.of(
      (d, out) -> out.field("id", d.id(), IdWire.DEPARTMENT).string("name", d.name())
          .field("kind", d.kind(), DEPARTMENT_KIND).array("responsibilities", d.responsibilities(), IdWire.CATEGORY),
      in -> new Department(in.read("id", IdWire.DEPARTMENT), in.text("name"), in.read("kind", DEPARTMENT_KIND),
          in.set("responsibilities", IdWire.CATEGORY)));

  static final ObjectCodec<SinkingUnit> SINKING_UNIT = ObjectCodec.of(
      (u, out) -> out.field("id", u.id(), IdWire.SINKING_UNIT).string("name", u.name())
          .field("party_head", u.partyHead(), IdWire.PERSON).field("deputy", u.deputy(), IdWire.PERSON)
          .array("communities", u.communities(), IdWire.COMMUNITY),
      in -> new SinkingUnit(in.read("id", IdWire.SINKING_UNIT), in.text("name"),
          in.read("party_head", IdWire.PERSON), in.read("deputy", IdWire.PERSON),
          in.set("communities", IdWire.COMMUNITY)));

  static final ObjectCodec<RoleAssignment> ROLE_ASSIGNMENT = ObjectCodec.of(
      (a, out) -> out.field("person", a.person(), IdWire.PERSON).field("role", a.role(), ROLE)
          .field("place", a.place(), IdWire.PLACE).optional("department", a.department(), IdWire.DEPARTMENT)
          .optional("sinking_unit", a.sinkingUnit(), IdWire.SINKING_UNIT),
      in -> new RoleAssignment(in.read("person", IdWire.PERSON), in.read("role", ROLE),
          in.read("place", IdWire.PLACE), in.readOptional("department", IdWire.DEPARTMENT),
          in.readOptional("sinking_unit", IdWire.SINKING_UNIT)));

  static final ObjectCodec<PartyBody> PARTY_BODY = ObjectCodec.of(
      (b, out) -> out.field("kind", b.kind(), PARTY_BODY_KIND).field("place", b.place(), IdWire.PLACE),
      in -> new PartyBody(in.read("kind", PARTY_BODY_KIND), in.read("place", IdWire.PLACE)));

  static final ObjectCodec<PartyPostAssignment> PARTY_POST_ASSIGNMENT = ObjectCodec.of(
      (p, out) -> out.field("person", p.person(), IdWire.PERSON).field("post", p.post(), PARTY_POST)
          .field("body", p.body(), PARTY_BODY),
      in -> new PartyPostAssignment(in.read("person", IdWire.PERSON), in.read("post", PARTY_POST),
          in.read("body", PARTY_BODY)));

  static final ObjectCodec<RuleConfig> RULE_CONFIG = ObjectCodec.of(
      (c, out) -> out.number("reference_grid_size", c.referenceGridSize()).number("tolerance", c.tolerance()),
      in -> new RuleConfig(in.get("reference_grid_size").int32(), in.get("tolerance").number()));

  /** A violation; its severity follows from the rule and is written for readers' convenience. */
  static final ObjectCodec<Violation> VIOLATION = ObjectCodec.of(
      (v, out) -> out.field("rule", v.rule(), RULE).field("severity", v.severity(), SEVERITY)
          .string("subject", v.subject()).string("message", v.message()),
      in -> {
        RuleId rule = in.read("rule", RULE);
        Optional<In> severity = in.opt("severity");
        if (severity.isPresent() && severity.get().as(SEVERITY) != rule.severity()) {
          throw severity.get().fail("must be '" + SEVERITY.code(rule.severity()) + "', the severity of rule "
              + rule.code());
        }
        return new Violation(rule, in.text("subject"), in.text("message"));
      });

  static final ObjectCodec<ValidationReport> VALIDATION_REPORT = ObjectCodec.of(
      (r, out) -> out.array("violations", r.violations(), VIOLATION),
      in -> new ValidationReport(in.list("violations", VIOLATION)));

  static Map<Class<?>, Codec<?>> codecs() {
    return Map.ofEntries(
        entry(Role.class, ROLE),
        entry(PartyBodyKind.class, PARTY_BODY_KIND),
        entry(PartyPost.class, PARTY_POST),
        entry(DepartmentKind.class, DEPARTMENT_KIND),
        entry(Severity.class, SEVERITY),
        entry(RuleId.class, RULE),
        entry(Subdistrict.class, SUBDISTRICT),
        entry(Community.class, COMMUNITY),
        entry(Grid.class, GRID),
        entry(Building.class, BUILDING),
        entry(BuildingUnit.class, UNIT),
        entry(Household.class, HOUSEHOLD),
        entry(Department.class, DEPARTMENT),
        entry(SinkingUnit.class, SINKING_UNIT),
        entry(RoleAssignment.class, ROLE_ASSIGNMENT),
        entry(PartyBody.class, PARTY_BODY),
        entry(PartyPostAssignment.class, PARTY_POST_ASSIGNMENT),
        entry(RuleConfig.class, RULE_CONFIG),
        entry(Violation.class, VIOLATION),
        entry(ValidationReport.class, VALIDATION_REPORT));
  }
}
