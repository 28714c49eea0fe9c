package org.gridgov.core.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.people.Person;
import org.gridgov.core.people.PersonId;
import org.junit.jupiter.api.Test;

/**
 * Registered households, which a snapshot keeps in a compact index rather than as objects: look-ups,
 * children in insertion order, and builders that start from a snapshot or outlive a build.
 */
class HouseholdIndexTest {
  private static final long SEED = 20261127L;
  private static final GridId GRID_1 = TestCities.CITY.subdistrict(1).community(1).grid(1);
  private static final GridId GRID_2 = TestCities.CITY.subdistrict(1).community(1).grid(2);
  private static final BuildingId BUILDING = BuildingId.of("b1");
  private static final UnitId UNIT_1 = UnitId.of("b1-u1");
  private static final UnitId UNIT_2 = UnitId.of("b1-u2");

  private static Organisation.Builder twoUnits() {
    SubdistrictId s = TestCities.CITY.subdistrict(1);
    return Organisation.builder(TestCities.CITY, "测试市").subdistrict(s, "街道").community(s.community(1), "社区")
        .grid(GRID_1, "网格1").grid(GRID_2, "网格2").building(BUILDING, GRID_1, "1号楼")
        .unit(UNIT_1, BUILDING, "1单元").unit(UNIT_2, BUILDING, "2单元");
  }

  private static HouseholdId h(String code) {
    return HouseholdId.of(code);
  }

  @Test
  void childrenOfAUnitKeepInsertionOrderWhenUnitsInterleave() {
    Organisation org = twoUnits().household(h("z9"), UNIT_1, false).household(h("a1"), UNIT_2, true)
        .household(h("m5"), UNIT_1, true).household(h("b2"), UNIT_2, false).build();
    assertThat(org.children(UNIT_1)).containsExactly(h("z9"), h("m5"));
    assertThat(org.children(UNIT_2)).containsExactly(h("a1"), h("b2"));
    assertThat(org.householdCountWithin(UNIT_1)).isEqualTo(2);
    assertThat(org.householdCountWithin(BUILDING)).isEqualTo(4);
    assertThat(org.householdCount(GRID_1)).isEqualTo(4);
    assertThat(org.household(h("m5"))).contains(new Household(h("m5"), UNIT_1, true));
    assertThat(org.household(h("b2"))).contains(new Household(h("b2"), UNIT_2, false));
    assertThat(org.household(h("q0"))).isEmpty();
    assertThat(org.ancestors(h("a1"))).containsExactly(UNIT_2, BUILDING, GRID_1, GRID_1.community(),
        GRID_1.community().subdistrict(), TestCities.CITY);
  }

  @Test
  void aUnitWithoutHouseholdsAddedAfterThemHasNoChildren() {
    UnitId late = UnitId.of("b1-u3");
    Organisation first = twoUnits().household(h("x1"), UNIT_1, false).build();
    Organisation second = first.toBuilder().unit(late, BUILDING, "3单元").build();
    assertThat(second.children(late)).isEmpty();
    assertThat(second.householdCountWithin(late)).isZero();
    assertThat(second.children(UNIT_1)).containsExactly(h("x1"));
  }

  @Test
  void aBuilderFromASnapshotAddsHouseholdsWithoutChangingTheSnapshot() {
    Organisation first = twoUnits().household(h("x1"), UNIT_1, false).build();
    Organisation second = first.toBuilder().household(h("x2"), UNIT_2, true).build();
    assertThat(first.contains(h("x2"))).isFalse();
    assertThat(first.registeredHouseholdCount()).isEqualTo(1);
    assertThat(second.registeredHouseholdCount()).isEqualTo(2);
    assertThat(second.household(h("x1"))).contains(new Household(h("x1"), UNIT_1, false));
    assertThat(second.household(h("x2"))).contains(new Household(h("x2"), UNIT_2, true));
    assertThat(second.children(UNIT_2)).containsExactly(h("x2"));
  }

  @Test
  void aBuilderKeepsWorkingAfterABuildWithoutChangingTheBuiltSnapshot() {
    Organisation.Builder b = twoUnits().household(h("x1"), UNIT_1, false);
    Organisation first = b.build();
    Organisation second = b.household(h("x2"), UNIT_1, false).build();
    Organisation third = b.household(h("x3"), UNIT_1, false).build();
    assertThat(first.children(UNIT_1)).containsExactly(h("x1"));
    assertThat(second.children(UNIT_1)).containsExactly(h("x1"), h("x2"));
    assertThat(third.children(UNIT_1)).containsExactly(h("x1"), h("x2"), h("x3"));
  }

  @Test
  void aHouseholdAddedTwiceOverASnapshotIsReportedAndTheFirstIsKept() {
    Organisation first = twoUnits().household(h("x1"), UNIT_1, false).build();
    Organisation.Builder b = first.toBuilder().household(h("x1"), UNIT_2, true);
    assertThatThrownBy(b::build).isInstanceOfSatisfying(OrganisationException.class, e ->
        assertThat(e.violations()).extracting(Violation::rule, Violation::subject)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(RuleId.DUPLICATE_ID, "x1")));
    assertThat(first.household(h("x1"))).contains(new Household(h("x1"), UNIT_1, false));
  }

  @Test
  void aHouseholdInAnUnknownUnitIsReportedAndABuilderStaysUsable() {
    Organisation first = twoUnits().household(h("x1"), UNIT_1, false).build();
    Organisation.Builder b = first.toBuilder().household(h("x2"), UnitId.of("nowhere"), false);
    assertThatThrownBy(b::build).isInstanceOfSatisfying(OrganisationException.class, e ->
        assertThat(e.violations()).singleElement().satisfies(v -> {
          assertThat(v.rule()).isEqualTo(RuleId.MISSING_PARENT);
          assertThat(v.subject()).isEqualTo("x2");
          assertThat(v.message()).contains("nowhere");
        }));
    Organisation repaired = b.unit(UnitId.of("nowhere"), BUILDING, "新单元").build();
    assertThat(repaired.parent(h("x2"))).contains(UnitId.of("nowhere"));
    assertThat(first.contains(h("x2"))).isFalse();
  }

  @Test
  void movingABuildingMovesItsHouseholdsInTheNewSnapshotOnly() {
    PersonId chief2 = PersonId.of("c2");
    Organisation first = twoUnits().household(h("x1"), UNIT_1, false).person(Person.of("c2", "李四"))
        .assign(chief2, Role.GRID_WORKER, GRID_2).build();
    ChangeOutcome outcome = first.apply(new OrganisationChange.MoveBuilding(BUILDING, GRID_2), TestCities.LENIENT);
    assertThat(outcome).isInstanceOf(ChangeOutcome.Applied.class);
    Organisation moved = ((ChangeOutcome.Applied) outcome).organisation();
    assertThat(first.gridOf(h("x1"))).contains(GRID_1);
    assertThat(moved.gridOf(h("x1"))).contains(GRID_2);
    assertThat(first.hasJurisdiction(chief2, Role.GRID_WORKER, h("x1"))).isFalse();
    assertThat(moved.hasJurisdiction(chief2, Role.GRID_WORKER, h("x1"))).isTrue();
    assertThat(moved.householdCount(GRID_2)).isEqualTo(1);
    assertThat(moved.householdCount(GRID_1)).isZero();
  }

  @Test
  void unknownHouseholdsAreRefusedByEveryQuery() {
    Organisation org = twoUnits().household(h("x1"), UNIT_1, false).build();
    HouseholdId ghost = h("ghost");
    assertThat(org.contains(ghost)).isFalse();
    assertThat(org.containsWithin(ghost, GRID_1)).isFalse();
    for (Runnable query : List.<Runnable>of(() -> org.gridOf(ghost), () -> org.ancestors(ghost),
        () -> org.parent(ghost), () -> org.isWithin(ghost, GRID_1),
        () -> org.hasJurisdiction(PersonId.of("nobody"), Role.GRID_WORKER, ghost))) {
      assertThatThrownBy(query::run).isInstanceOf(org.gridgov.core.InvalidInputException.class)
          .hasMessageContaining("ghost");
    }
  }

  @Test
  void householdFastPathsAgreeWithTheParentChain() {
    qt().withFixedSeed(SEED).withExamples(40).forAll(longs().all()).checkAssert(seed -> {
      Organisation org = TestCities.small(seed);
      List<PlaceId> places = TestCities.allPlaces(org);
      for (PlaceId p : places) {
        if (!(p instanceof HouseholdId household)) {
          continue;
        }
        List<PlaceId> chain = new ArrayList<>();
        for (Optional<PlaceId> q = org.parent(household); q.isPresent(); q = org.parent(q.get())) {
          chain.add(q.get());
        }
        assertThat(org.ancestors(household)).isEqualTo(chain);
        assertThat(org.gridOf(household)).contains((GridId) chain.get(2));
        for (PlaceId outer : places) {
          boolean within = outer.equals(household) || chain.contains(outer);
          assertThat(org.isWithin(household, outer)).isEqualTo(within);
          assertThat(org.containsWithin(household, outer)).isEqualTo(within);
        }
        for (RoleAssignment a : org.roleAssignments()) {
          boolean covers = org.rolesOf(a.person()).stream()
              .anyMatch(r -> r.role() == a.role() && (r.place().equals(household) || chain.contains(r.place())));
          assertThat(org.hasJurisdiction(a.person(), a.role(), household)).isEqualTo(covers);
        }
      }
    });
  }
}
