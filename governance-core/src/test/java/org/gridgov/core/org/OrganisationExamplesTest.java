package org.gridgov.core.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSet;
import java.util.OptionalInt;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.category.CategoryCode;
import org.gridgov.core.people.Person;
import org.gridgov.core.people.PersonId;
import org.junit.jupiter.api.Test;

/** Scenarios of building, checking and changing an organisation. */
class OrganisationExamplesTest {
  private static final CityId BEIPIAO = CityId.parse("211381");
  private static final SubdistrictId TAIJI = BEIPIAO.subdistrict(1);
  private static final CommunityId SHEZHAI = TAIJI.community(1);
  private static final GridId G1 = SHEZHAI.grid(1);
  private static final GridId G2 = SHEZHAI.grid(2);

  /** 舍宅 community with two grids, fully staffed; grid 1 registers two buildings. */
  private static Organisation.Builder shezhai() {
    Organisation.Builder b = Organisation.builder(BEIPIAO, "北票市")
        .subdistrict(TAIJI, "台吉街道").community(SHEZHAI, "舍宅社区")
        .grid(G1, "一网格").grid(G2, "二网格", 310)
        .building(BuildingId.of("b1"), G1, "1号楼").building(BuildingId.of("b2"), G1, "2号楼")
        .unit(UnitId.of("b1-1"), BuildingId.of("b1"), "1单元").unit(UnitId.of("b2-1"), BuildingId.of("b2"), "1单元");
    for (int h = 0; h < 150; h++) {
      b.household(HouseholdId.of("b1-1-" + h), UnitId.of("b1-1"), false);
      b.household(HouseholdId.of("b2-1-" + h), UnitId.of("b2-1"), h == 0);
    }
    for (String id : new String[] {"secretary", "chief1", "chief2", "worker1", "worker2", "spare"}) {
      b.person(Person.of(id, "某" + id));
    }
    return b.assign(PersonId.of("secretary"), Role.GENERAL_GRID_CHIEF, SHEZHAI)
        .partyPost(PersonId.of("secretary"), PartyPost.SECRETARY, SHEZHAI)
        .assign(PersonId.of("chief1"), Role.GRID_CHIEF, G1).partyPost(PersonId.of("chief1"), PartyPost.SECRETARY, G1)
        .assign(PersonId.of("chief2"), Role.GRID_CHIEF, G2).partyPost(PersonId.of("chief2"), PartyPost.SECRETARY, G2)
        .assign(PersonId.of("worker1"), Role.GRID_WORKER, G1).assign(PersonId.of("worker2"), Role.GRID_WORKER, G2);
  }

  @Test
  void aFullyStaffedCommunityIsValid() {
    Organisation org = shezhai().build();
    assertThat(org.check().violations()).isEmpty();
    assertThat(org.householdCount(G1)).isEqualTo(300);
    assertThat(org.householdCount(G2)).isEqualTo(310);
    assertThat(org.householdCountWithin(SHEZHAI)).isEqualTo(610);
    assertThat(org.gridOf(HouseholdId.of("b2-1-7"))).contains(G1);
    assertThat(org.gridOf(SHEZHAI)).isEmpty();
    assertThat(org.hasJurisdiction(PersonId.of("worker1"), Role.GRID_WORKER, HouseholdId.of("b2-1-7"))).isTrue();
    assertThat(org.hasJurisdiction(PersonId.of("worker2"), Role.GRID_WORKER, HouseholdId.of("b2-1-7"))).isFalse();
    assertThat(org.hasJurisdiction(PersonId.of("secretary"), Role.GENERAL_GRID_CHIEF, G2)).isTrue();
  }

  @Test
  void structuralViolationsAreAllReportedAtOnce() {
    Organisation.Builder b = shezhai()
        .grid(G1, "重复网格")
        .building(BuildingId.of("orphan"), SHEZHAI.grid(9), "无主楼")
        .assign(PersonId.of("ghost"), Role.GRID_WORKER, G2)
        .assign(PersonId.of("worker1"), Role.GRID_WORKER, G1);
    assertThatThrownBy(b::build).isInstanceOfSatisfying(OrganisationException.class, e -> {
      assertThat(e.violations()).extracting(Violation::rule).containsExactlyInAnyOrder(RuleId.DUPLICATE_ID,
          RuleId.MISSING_PARENT, RuleId.UNKNOWN_REFERENCE, RuleId.DUPLICATE_ASSIGNMENT);
      assertThat(e.getMessage()).startsWith("4 structural rule violation(s): ")
          .contains("ORG-002 orphan: BUILDING orphan refers to GRID 211381001001009, which does not exist");
    });
  }

  @Test
  void governanceViolationsNameRulePlaceAndReason() {
    Organisation org = shezhai().build().toBuilder().build();
    Organisation.Builder b = org.toBuilder();
    b.roles.removeIf(a -> a.person().equals(PersonId.of("worker2")));
    b.partyPosts.removeIf(p -> p.person().equals(PersonId.of("chief1")));
    b.grids.put(G2, new Grid(G2, "二网格", OptionalInt.of(20)));
    ValidationReport report = b.build().check();
    assertThat(report.violations()).extracting(Violation::toString).containsExactlyInAnyOrder(
        "GOV-004 211381001001001: grid chief chief1 of grid 211381001001001 is not the grid party branch secretary (一肩挑)",
        "GOV-005 211381001001002: grid 211381001001002 has no full-time grid worker",
        "GOV-006 211381001001002: grid 211381001001002 has 20 households, reference is 300 ± 50 %");
    assertThat(report.errors()).hasSize(2);
    assertThat(report.warnings()).hasSize(1);
    assertThat(report.isValid()).isFalse();
  }

  @Test
  void unknownPlacesAreRefusedByQueries() {
    Organisation org = shezhai().build();
    assertThatThrownBy(() -> org.ancestors(SHEZHAI.grid(7))).isInstanceOf(InvalidInputException.class)
        .hasMessage("place: must be a place of this organisation, was '211381001001007'");
  }

  @Test
  void reassigningAGridChiefMovesTheBranchSecretaryPostToo() {
    Organisation org = shezhai().build();
    ChangeOutcome outcome = org.apply(new OrganisationChange.ReassignRole(Role.GRID_CHIEF, G1,
        PersonId.of("chief1"), PersonId.of("spare")));
    Organisation next = ((ChangeOutcome.Applied) outcome).organisation();
    assertThat(next.holders(Role.GRID_CHIEF, G1)).containsExactly(PersonId.of("spare"));
    assertThat(next.partyPostHolders(PartyBody.of(G1), PartyPost.SECRETARY)).containsExactly(PersonId.of("spare"));
    assertThat(next.check().violations()).isEmpty();
    assertThat(org.holders(Role.GRID_CHIEF, G1)).containsExactly(PersonId.of("chief1"));
  }

  @Test
  void splittingAndMergingGrids() {
    Organisation org = shezhai().build();
    GridId g3 = SHEZHAI.grid(3);
    ChangeOutcome split = org.apply(new OrganisationChange.SplitGrid(G1, g3, "三网格",
        ImmutableSet.of(BuildingId.of("b2")), OptionalInt.empty(), PersonId.of("spare"), PersonId.of("worker1")));
    Organisation afterSplit = ((ChangeOutcome.Applied) split).organisation();
    assertThat(afterSplit.gridOf(HouseholdId.of("b2-1-3"))).contains(g3);
    assertThat(afterSplit.householdCount(G1)).isEqualTo(150);
    assertThat(afterSplit.check().errors()).isEmpty();

    ChangeOutcome merge = afterSplit.apply(new OrganisationChange.MergeGrids(g3, G1));
    Organisation afterMerge = ((ChangeOutcome.Applied) merge).organisation();
    assertThat(afterMerge.grid(g3)).isEmpty();
    assertThat(afterMerge.gridOf(HouseholdId.of("b2-1-3"))).contains(G1);
    assertThat(afterMerge.holders(Role.GRID_CHIEF, G1)).containsExactly(PersonId.of("chief1"));
    assertThat(afterMerge.version()).isEqualTo(2);
  }

  @Test
  void aChangeThatBreaksARuleIsRejectedWithItsViolations() {
    Organisation org = shezhai().build();
    ChangeOutcome outcome = org.apply(new OrganisationChange.MergeGrids(G2, G1));
    assertThat(outcome.isApplied()).isTrue();
    ChangeOutcome bad = org.apply(new OrganisationChange.SplitGrid(G1, SHEZHAI.grid(4), "四网格",
        ImmutableSet.of(BuildingId.of("b1")), OptionalInt.empty(), PersonId.of("nobody"), PersonId.of("worker1")));
    assertThat(bad).isInstanceOfSatisfying(ChangeOutcome.Rejected.class, r -> assertThat(r.violations())
        .extracting(Violation::rule).containsOnly(RuleId.UNKNOWN_REFERENCE));
  }

  @Test
  void addingASinkingUnitSeatsItsHeadAndDeputy() {
    Organisation org = shezhai().build();
    SinkingUnit unit = new SinkingUnit(SinkingUnitId.of("civil-affairs"), "市民政局", PersonId.of("spare"),
        PersonId.of("worker2"), ImmutableSet.of(SHEZHAI));
    Organisation next = ((ChangeOutcome.Applied) org.apply(new OrganisationChange.AddSinkingUnit(unit))).organisation();
    assertThat(next.partyPostHolders(PartyBody.of(TAIJI), PartyPost.PART_TIME_MEMBER)).contains(PersonId.of("spare"));
    assertThat(next.partyPostHolders(PartyBody.of(SHEZHAI), PartyPost.PART_TIME_MEMBER))
        .contains(PersonId.of("worker2"));
    assertThat(next.check().violations()).isEmpty();
  }

  @Test
  void departmentsAnswerForTheirResponsibilityList() {
    Organisation org = shezhai().departments(Department.standard()).build();
    assertThat(org.departmentsResponsibleFor(CategoryCode.of("0301"))).extracting(d -> d.id().value())
        .containsExactly("housing-construction");
    assertThat(org.departmentsResponsibleFor(CategoryCode.of("0406"))).extracting(d -> d.id().value())
        .containsExactly("housing-construction", "emergency-management");
  }

  @Test
  void rolesAreHeldAtTheirLevel() {
    assertThatThrownBy(() -> RoleAssignment.of(PersonId.of("x"), Role.GRID_WORKER, SHEZHAI))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("place: a GRID_WORKER is held at [GRID] level, was 'COMMUNITY 211381001001'");
    assertThatThrownBy(() -> RoleAssignment.of(PersonId.of("x"), Role.DEPARTMENT_HANDLER, BEIPIAO))
        .hasMessageStartingWith("department: is required for a DEPARTMENT_HANDLER");
  }
}
