package org.gridgov.core.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.people.PersonId;
import org.junit.jupiter.api.Test;

/** Invariants of organisation snapshots, their rules and their changes. */
class OrganisationPropertiesTest {
  private static final long SEED = 20261127L;

  @Test
  void containmentAgreesWithAncestors() {
    qt().withFixedSeed(SEED).withExamples(60).forAll(longs().all()).checkAssert(seed -> {
      Organisation org = TestCities.small(seed);
      List<PlaceId> places = TestCities.allPlaces(org);
      SplittableRandom r = new SplittableRandom(seed);
      for (PlaceId p : places) {
        List<PlaceId> ancestors = org.ancestors(p);
        if (p.equals(org.city())) {
          assertThat(ancestors).isEmpty();
        } else {
          assertThat(ancestors).last().isEqualTo(org.city());
          assertThat(ancestors).hasSize(p.level().ordinal());
        }
        for (PlaceId a : ancestors) {
          assertThat(org.isWithin(p, a)).as("%s within its ancestor %s", p, a).isTrue();
        }
        for (int i = 0; i < 8; i++) {
          PlaceId q = places.get(r.nextInt(places.size()));
          assertThat(org.isWithin(p, q)).as("%s within %s", p, q).isEqualTo(p.equals(q) || ancestors.contains(q));
        }
      }
    });
  }

  @Test
  void invariantsHoldAtBeipiaoScaleAndBeyond() {
    qt().withFixedSeed(SEED).withExamples(4).forAll(longs().all()).checkAssert(seed -> {
      Organisation org = TestCities.random(seed, new TestCities.Shape(8, 12, 12, 3, 2, 6)).build();
      assertThat(org.check(TestCities.LENIENT).violations()).isEmpty();
      List<PlaceId> places = TestCities.allPlaces(org);
      SplittableRandom r = new SplittableRandom(seed);
      for (int i = 0; i < 2_000; i++) {
        PlaceId p = places.get(r.nextInt(places.size()));
        PlaceId q = places.get(r.nextInt(places.size()));
        List<PlaceId> ancestors = org.ancestors(p);
        assertThat(org.isWithin(p, q)).isEqualTo(p.equals(q) || ancestors.contains(q));
        if (!p.level().isAbove(Level.GRID)) {
          assertThat(org.gridOf(p)).contains(p instanceof GridId g ? g
              : (GridId) ancestors.stream().filter(a -> a instanceof GridId).findFirst().orElseThrow());
        }
      }
    });
  }

  @Test
  void cityHasNoAncestors() {
    Organisation org = TestCities.small(1);
    assertThat(org.ancestors(org.city())).isEmpty();
    assertThat(org.parent(org.city())).isEmpty();
  }

  @Test
  void parentsAndChildrenAgree() {
    qt().withFixedSeed(SEED).withExamples(60).forAll(longs().all()).checkAssert(seed -> {
      Organisation org = TestCities.small(seed);
      for (PlaceId p : TestCities.allPlaces(org)) {
        for (PlaceId c : org.children(p)) {
          assertThat(org.parent(c)).contains(p);
          assertThat(c.level().parent()).contains(p.level());
        }
        if (!p.equals(org.city())) {
          assertThat(org.children(org.parent(p).orElseThrow())).contains(p);
        }
      }
    });
  }

  @Test
  void everyHouseholdResolvesToExactlyOneGrid() {
    qt().withFixedSeed(SEED).withExamples(60).forAll(longs().all()).checkAssert(seed -> {
      Organisation org = TestCities.small(seed);
      for (PlaceId p : TestCities.allPlaces(org)) {
        if (p.level() != Level.HOUSEHOLD) {
          continue;
        }
        GridId grid = org.gridOf(p).orElseThrow();
        assertThat(org.ancestors(p).stream().filter(a -> a instanceof GridId)).containsExactly(grid);
        long within = org.grids().stream().filter(g -> org.isWithin(p, g.id())).count();
        assertThat(within).isEqualTo(1);
      }
    });
  }

  @Test
  void householdCountsAddUp() {
    qt().withFixedSeed(SEED).withExamples(60).forAll(longs().all()).checkAssert(seed -> {
      Organisation org = TestCities.small(seed);
      long sum = org.grids().stream().mapToLong(g -> org.householdCount(g.id())).sum();
      assertThat(org.householdCountWithin(org.city())).isEqualTo(sum);
      long registered = org.grids().stream().filter(g -> g.declaredHouseholds().isEmpty())
          .mapToLong(g -> org.householdCount(g.id())).sum();
      assertThat(registered).isEqualTo(org.registeredHouseholdCount());
    });
  }

  @Test
  void assignmentsWithinAnAreaAreThoseHeldInsideIt() {
    qt().withFixedSeed(SEED).withExamples(40).forAll(longs().all()).checkAssert(seed -> {
      Organisation org = TestCities.small(seed);
      for (PlaceId area : TestCities.allPlaces(org)) {
        if (area.level().ordinal() > Level.GRID.ordinal()) {
          continue;
        }
        for (Role role : List.of(Role.GRID_WORKER, Role.GRID_CHIEF, Role.GENERAL_GRID_CHIEF)) {
          List<RoleAssignment> expected = org.roleAssignments().stream()
              .filter(a -> a.role() == role && org.isWithin(a.place(), area)).collect(Collectors.toList());
          assertThat(org.assignmentsWithin(role, area)).containsExactlyInAnyOrderElementsOf(expected);
        }
      }
    });
  }

  @Test
  void areaCodesRoundTrip() {
    qt().withFixedSeed(SEED).forAll(integers().between(1, 999_999), integers().between(1, 999),
        integers().between(1, 999), integers().between(1, 999)).checkAssert((division, s, c, g) -> {
          CityId city = CityId.parse(String.format("%06d", division));
          GridId grid = city.subdistrict(s).community(c).grid(g);
          assertThat(grid.code()).hasSize(15);
          assertThat(GridId.parse(grid.toString())).isEqualTo(grid);
          assertThat(PlaceId.parseAreaCode(grid.code())).isEqualTo(grid);
          assertThat(PlaceId.parseAreaCode(grid.community().code())).isEqualTo(grid.community());
          assertThat(PlaceId.parseAreaCode(grid.community().subdistrict().code()))
              .isEqualTo(grid.community().subdistrict());
        });
  }

  @Test
  void aMalformedSegmentIsNamed() {
    String[] segments = {"division", "division", "division", "division", "division", "division",
        "subdistrict", "subdistrict", "subdistrict", "community", "community", "community", "grid", "grid", "grid"};
    qt().withFixedSeed(SEED).forAll(integers().between(0, 14)).checkAssert(pos -> {
      StringBuilder code = new StringBuilder("211381001002003");
      code.setCharAt(pos, 'x');
      assertThatThrownBy(() -> GridId.parse(code.toString()))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining(segments[pos] + " segment");
    });
  }

  /** A way to break exactly one rule of a valid organisation. */
  enum Breakage {
    NO_GENERAL_GRID_CHIEF(RuleId.ONE_GENERAL_GRID_CHIEF),
    GENERAL_CHIEF_NOT_SECRETARY(RuleId.GENERAL_GRID_CHIEF_IS_SECRETARY),
    NO_GRID_CHIEF(RuleId.ONE_GRID_CHIEF),
    GRID_CHIEF_NOT_BRANCH_SECRETARY(RuleId.GRID_CHIEF_IS_BRANCH_SECRETARY),
    NO_GRID_WORKER(RuleId.GRID_HAS_WORKER),
    OVERSIZED_GRID(RuleId.GRID_SIZE),
    SINKING_HEAD_OFF_COMMITTEE(RuleId.SINKING_HEAD_ON_SUBDISTRICT_COMMITTEE),
    SINKING_DEPUTY_OFF_COMMITTEE(RuleId.SINKING_DEPUTY_ON_COMMUNITY_COMMITTEE),
    TWO_SECRETARIES(RuleId.ONE_SECRETARY);

    final RuleId rule;

    Breakage(RuleId rule) {
      this.rule = rule;
    }
  }

  @Test
  void breakingOneRuleReportsExactlyThatRule() {
    qt().withFixedSeed(SEED).withExamples(300)
        .forAll(longs().all(), integers().between(0, Breakage.values().length - 1), integers().between(0, 10_000))
        .checkAssert((seed, which, pick) -> {
          Organisation org = TestCities.small(seed);
          assertThat(org.check(TestCities.LENIENT).violations()).isEmpty();
          Breakage breakage = Breakage.values()[which];
          Organisation.Builder b = org.toBuilder();
          String subject = breakInto(org, b, breakage, pick);
          ValidationReport report = b.build().check(TestCities.LENIENT);
          assertThat(report.violations()).as(breakage.name()).isNotEmpty()
              .allSatisfy(v -> {
                assertThat(v.rule()).isEqualTo(breakage.rule);
                assertThat(v.subject()).isEqualTo(subject);
              });
          assertThat(report.violations()).hasSize(1);
        });
  }

  private static String breakInto(Organisation org, Organisation.Builder b, Breakage breakage, int pick) {
    Community community = org.communities().get(pick % org.communities().size());
    Grid grid = org.grids().get(pick % org.grids().size());
    SinkingUnit unit = org.sinkingUnits().get(0);
    switch (breakage) {
      case NO_GENERAL_GRID_CHIEF:
        b.roles.removeIf(a -> a.role() == Role.GENERAL_GRID_CHIEF && a.place().equals(community.id()));
        return community.id().code();
      case GENERAL_CHIEF_NOT_SECRETARY:
        b.partyPosts.removeIf(p -> p.post() == PartyPost.SECRETARY && p.body().place().equals(community.id()));
        return community.id().code();
      case NO_GRID_CHIEF:
        b.roles.removeIf(a -> a.role() == Role.GRID_CHIEF && a.place().equals(grid.id()));
        return grid.id().code();
      case GRID_CHIEF_NOT_BRANCH_SECRETARY:
        b.partyPosts.removeIf(p -> p.post() == PartyPost.SECRETARY && p.body().place().equals(grid.id()));
        return grid.id().code();
      case NO_GRID_WORKER:
        b.roles.removeIf(a -> a.role() == Role.GRID_WORKER && a.place().equals(grid.id()));
        return grid.id().code();
      case OVERSIZED_GRID:
        b.grids.put(grid.id(), new Grid(grid.id(), grid.name(), OptionalInt.of(100_000)));
        return grid.id().code();
      case SINKING_HEAD_OFF_COMMITTEE:
        b.partyPosts.removeIf(p -> p.person().equals(unit.partyHead()));
        return unit.id().value();
      case SINKING_DEPUTY_OFF_COMMITTEE:
        b.partyPosts.removeIf(p -> p.person().equals(unit.deputy()));
        return unit.id().value();
      case TWO_SECRETARIES:
        PersonId extra = org.people().get(pick % org.people().size()).id();
        BuildingId building = org.buildings().stream().findFirst().map(Building::id).orElse(null);
        PlaceId place = building != null ? building : grid.id();
        b.partyPost(org.holders(Role.GRID_WORKER, grid.id()).get(0), PartyPost.SECRETARY, place);
        b.partyPost(extra.equals(org.holders(Role.GRID_WORKER, grid.id()).get(0))
            ? org.holders(Role.GRID_CHIEF, grid.id()).get(0) : extra, PartyPost.SECRETARY, place);
        return place.code();
      default:
        throw new AssertionError(breakage);
    }
  }

  @Test
  void changesKeepValidityOrAreRejectedLeavingTheSnapshotAsItWas() {
    qt().withFixedSeed(SEED).withExamples(300)
        .forAll(longs().all(), integers().between(0, 5), integers().between(0, 100_000))
        .checkAssert((seed, kind, pick) -> {
          Organisation org = TestCities.small(seed);
          String before = TestCities.fingerprint(org);
          OrganisationChange change = randomChange(org, kind, new SplittableRandom(pick));
          ChangeOutcome outcome = org.apply(change, TestCities.LENIENT);
          assertThat(TestCities.fingerprint(org)).isEqualTo(before);
          if (outcome instanceof ChangeOutcome.Applied applied) {
            assertThat(applied.organisation().check(TestCities.LENIENT).errors()).isEmpty();
            assertThat(applied.organisation().version()).isEqualTo(org.version() + 1);
            assertThat(applied.record().change()).isEqualTo(change);
            assertThat(applied.record().effects()).isNotEmpty();
          } else {
            assertThat(((ChangeOutcome.Rejected) outcome).violations()).isNotEmpty();
          }
        });
  }

  private static OrganisationChange randomChange(Organisation org, int kind, SplittableRandom r) {
    List<Grid> grids = org.grids();
    Grid grid = grids.get(r.nextInt(grids.size()));
    PersonId anyone = org.people().get(r.nextInt(org.people().size())).id();
    List<Building> buildings = new ArrayList<>(org.buildings());
    switch (kind) {
      case 0: {
        PersonId chief = org.holders(Role.GRID_CHIEF, grid.id()).get(0);
        PersonId to = anyone.equals(chief) ? PersonId.of("nobody") : anyone;
        return new OrganisationChange.ReassignRole(Role.GRID_CHIEF, grid.id(),
            r.nextBoolean() ? chief : PersonId.of("not-the-chief"), r.nextBoolean() ? to : PersonId.of("nobody-else"));
      }
      case 1:
        if (buildings.isEmpty()) {
          return new OrganisationChange.MoveBuilding(BuildingId.of("no-such-building"), grid.id());
        }
        return new OrganisationChange.MoveBuilding(buildings.get(r.nextInt(buildings.size())).id(), grid.id());
      case 2: {
        GridId fresh = grid.id().community().grid(900 + r.nextInt(99));
        ImmutableSet<BuildingId> moving = buildings.stream().filter(x -> x.grid().equals(grid.id()))
            .filter(x -> r.nextBoolean()).map(Building::id).collect(ImmutableSet.toImmutableSet());
        OptionalInt share = grid.declaredHouseholds().isPresent() && r.nextInt(5) > 0
            ? OptionalInt.of(r.nextInt(grid.declaredHouseholds().getAsInt() + 2)) : OptionalInt.empty();
        return new OrganisationChange.SplitGrid(grid.id(), fresh, "新网格", moving, share, anyone,
            org.people().get(r.nextInt(org.people().size())).id());
      }
      case 3: {
        List<Grid> siblings = grids.stream().filter(g -> g.id().community().equals(grid.id().community())
            && !g.id().equals(grid.id())).collect(Collectors.toList());
        GridId into = siblings.isEmpty() ? grid.id().community().grid(998) : siblings.get(0).id();
        return new OrganisationChange.MergeGrids(grid.id(), into);
      }
      case 4:
        return new OrganisationChange.AddSinkingUnit(new SinkingUnit(SinkingUnitId.of("unit-" + r.nextInt(3)),
            "下沉单位", anyone, org.people().get(r.nextInt(org.people().size())).id(),
            ImmutableSet.of(org.communities().get(r.nextInt(org.communities().size())).id())));
      default:
        return new OrganisationChange.AssignRole(RoleAssignment.of(anyone, Role.GRID_WORKER, grid.id()));
    }
  }
}
