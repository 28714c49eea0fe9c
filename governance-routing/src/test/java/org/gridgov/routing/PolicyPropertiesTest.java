package org.gridgov.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.calendar.DeadlineLight;
import org.gridgov.core.category.Category;
import org.gridgov.core.category.CategoryCatalogue;
import org.gridgov.core.org.DepartmentId;
import org.gridgov.core.org.Grid;
import org.gridgov.core.org.Level;
import org.gridgov.core.org.Organisation;
import org.gridgov.core.org.PlaceId;
import org.gridgov.core.people.PersonId;
import org.gridgov.routing.city.CityGenerator;
import org.gridgov.routing.city.CitySpec;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** Invariants every built-in policy keeps, over random cases in the Beipiao preset. */
class PolicyPropertiesTest {
  private static final Organisation ORG = CityGenerator.generate(CitySpec.beipiao());
  private static final List<Grid> GRIDS = ORG.grids();
  private static final List<Category> CATEGORIES = CategoryCatalogue.standard().all();
  private static final List<Level> LADDER = List.of(Level.GRID, Level.COMMUNITY, Level.SUBDISTRICT, Level.CITY);
  private static final CapabilityTable CAPABILITIES = CapabilityTable.standard();
  private static final ResponsibilityTable LIST = ResponsibilityTable.of(ORG);
  private static final Instant NOW = Instant.parse("2022-07-05T08:00:00Z");

  private static final List<RoutingPolicy> POLICIES = List.of(
      RoutingPolicies.tiered(CAPABILITIES, LIST),
      RoutingPolicies.responsibilityList(LIST),
      RoutingPolicies.centerFirst(CAPABILITIES, LIST),
      RoutingPolicies.loadAware(CAPABILITIES, LIST),
      RoutingPolicies.withLoadTieBreak(RoutingPolicies.responsibilityList(LIST)),
      RoutingPolicies.deadlineDriven(RoutingPolicies.tiered(CAPABILITIES, LIST)));

  /** A random case with a random holder on its ladder and a random workload seed. */
  record Example(CaseFacts facts, int loadSeed) {}

  private static Gen<Example> examples() {
    Gen<CaseFacts> facts = SourceDSL.integers().between(0, GRIDS.size() - 1).zip(
        SourceDSL.integers().between(0, CATEGORIES.size() - 1),
        SourceDSL.integers().between(0, 3),
        SourceDSL.integers().between(0, 4095),
        (g, c, holderLevel, bits) -> {
          PlaceId grid = GRIDS.get(g).id();
          PlaceId holder = Ladder.at(ORG, grid, LADDER.get(holderLevel));
          Optional<Level> failed = (bits & 7) < 4 ? Optional.of(LADDER.get(bits & 3)) : Optional.empty();
          return new CaseFacts(CATEGORIES.get(c).code(), grid, Urgency.values()[(bits >> 3) % 3], holder,
              (bits >> 5) & 3, DeadlineLight.values()[(bits >> 7) % 3], ((bits >> 9) & 1) == 1, failed, NOW);
        });
    return facts.zip(SourceDSL.integers().between(0, 1000), Example::new);
  }

  private static WorkloadView load(int seed) {
    return new WorkloadView() {
      @Override
      public int openCases(PersonId person) {
        return Math.floorMod(person.hashCode() * 31 + seed, 7);
      }

      @Override
      public int openCases(PlaceId unit) {
        return Math.floorMod(unit.hashCode() + seed, 5);
      }

      @Override
      public int openCases(DepartmentId department) {
        return Math.floorMod(department.hashCode() * 17 + seed, 9);
      }
    };
  }

  @Test
  void noPolicyAssignsOutsideJurisdiction() {
    qt().withFixedSeed(7).withExamples(600).forAll(examples()).checkAssert(e -> {
      for (RoutingPolicy p : POLICIES) {
        RoutingDecision d = p.decide(e.facts(), ORG, load(e.loadSeed()), NOW);
        assertThat(Jurisdiction.check(d, e.facts(), ORG)).as("%s decided %s", p, d).isEmpty();
      }
    });
  }

  @Test
  void escalationNeverGoesDownward() {
    qt().withFixedSeed(11).withExamples(600).forAll(examples()).checkAssert(e -> {
      for (RoutingPolicy p : POLICIES) {
        RoutingDecision d = p.decide(e.facts(), ORG, load(e.loadSeed()), NOW);
        if (d instanceof RoutingDecision.Escalate esc) {
          assertThat(esc.to().level().isAbove(e.facts().holderLevel())).as("%s decided %s", p, d).isTrue();
        }
      }
    });
  }

  @Test
  void responsibilityListAlwaysPicksListedDepartments() {
    List<RoutingPolicy> listBased = List.of(RoutingPolicies.responsibilityList(LIST),
        RoutingPolicies.withLoadTieBreak(RoutingPolicies.responsibilityList(LIST)));
    qt().withFixedSeed(13).withExamples(600).forAll(examples()).checkAssert(e -> {
      for (RoutingPolicy p : listBased) {
        RoutingDecision d = p.decide(e.facts(), ORG, load(e.loadSeed()), NOW);
        List<DepartmentId> picked = d instanceof RoutingDecision.AssignDepartments a ? a.all()
            : d instanceof RoutingDecision.BlowWhistle w ? w.summoned() : List.of();
        assertThat(picked).allSatisfy(dep -> assertThat(LIST.isListed(dep, e.facts().category())).isTrue());
      }
    });
  }

  @Test
  void aPolicysMemoNeverChangesADecision() {
    List<java.util.function.Supplier<RoutingPolicy>> makers = List.of(
        () -> RoutingPolicies.tiered(CAPABILITIES, LIST),
        () -> RoutingPolicies.responsibilityList(LIST),
        () -> RoutingPolicies.centerFirst(CAPABILITIES, LIST),
        () -> RoutingPolicies.deadlineDriven(RoutingPolicies.tiered(CAPABILITIES, LIST)));
    List<RoutingPolicy> warm = makers.stream().map(java.util.function.Supplier::get).toList();
    qt().withFixedSeed(19).withExamples(2000).forAll(examples()).checkAssert(e -> {
      for (int i = 0; i < makers.size(); i++) {
        RoutingDecision first = warm.get(i).decide(e.facts(), ORG, load(e.loadSeed()), NOW);
        RoutingDecision fresh = makers.get(i).get().decide(e.facts(), ORG, load(e.loadSeed()), NOW);
        assertThat(first).as("%s", warm.get(i)).isEqualTo(fresh);
        assertThat(warm.get(i).decide(e.facts(), ORG, load(e.loadSeed()), NOW)).isEqualTo(first);
      }
    });
  }

  @Test
  void everyDecisionExplainsItself() {
    qt().withFixedSeed(17).withExamples(300).forAll(examples()).checkAssert(e -> {
      for (RoutingPolicy p : POLICIES) {
        assertThat(p.decide(e.facts(), ORG, load(e.loadSeed()), NOW).reason()).isNotBlank();
      }
    });
  }
}
