package org.gridgov.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.util.Optional;
import org.gridgov.core.category.CategoryCatalogue;
import org.gridgov.core.category.CategoryCode;
import org.gridgov.core.org.DepartmentId;
import org.gridgov.core.org.GridId;
import org.gridgov.core.org.Level;
import org.gridgov.core.org.Organisation;
import org.gridgov.core.org.PlaceId;
import org.gridgov.core.people.PersonId;
import org.gridgov.routing.city.CityGenerator;
import org.gridgov.routing.city.CitySpec;
import org.junit.jupiter.api.Test;

/**
 * Example decisions of the load-aware policy and the load tie-break: who is chosen for which loads.
 * (Mutation testing found these choices pinned only by the simulator's golden hashes.)
 */
class LoadAwareRoutingTest {
  private static final Organisation ORG = CityGenerator.generate(CitySpec.beipiao());
  private static final ResponsibilityTable LIST = ResponsibilityTable.of(ORG);
  private static final CapabilityTable CAPABILITIES = CapabilityTable.standard();
  private static final Instant NOW = Instant.parse("2022-07-05T08:00:00Z");
  private static final GridId GRID = ORG.grids().get(0).id();
  private static final PlaceId COMMUNITY = GRID.community();
  /** 0102: the grid can solve it. */
  private static final CategoryCode GRID_CASE = CategoryCode.of("0102");
  private static final ImmutableList<PersonId> GRID_HANDLERS = Jurisdiction.handlersAt(ORG, GRID);
  private static final ImmutableList<PersonId> COMMUNITY_HANDLERS = Jurisdiction.handlersAt(ORG, COMMUNITY);

  private static CaseFacts at(String category, Level holderLevel) {
    return CaseFacts.reported(CategoryCode.of(category), GRID, GRID, Urgency.ROUTINE, NOW)
        .withHolder(Ladder.at(ORG, GRID, holderLevel));
  }

  /** Every handler on the path has 5 open cases except those given. */
  private static WorkloadView loads(Object... personAndCount) {
    ImmutableMap.Builder<PersonId, Integer> b = ImmutableMap.builder();
    java.util.Map<PersonId, Integer> m = new java.util.LinkedHashMap<>();
    for (PersonId p : GRID_HANDLERS) {
      m.put(p, 5);
    }
    for (PersonId p : COMMUNITY_HANDLERS) {
      m.put(p, 5);
    }
    for (int i = 0; i < personAndCount.length; i += 2) {
      m.put((PersonId) personAndCount[i], (Integer) personAndCount[i + 1]);
    }
    return WorkloadView.of(b.putAll(m).build(), ImmutableMap.of(), ImmutableMap.of());
  }

  private static String category(CategoryCode code) {
    return "category " + code + " " + CategoryCatalogue.standard().find(code).orElseThrow().name();
  }

  @Test
  void theCityHasSeveralHandlersPerUnitForTheseExamples() {
    assertThat(GRID_HANDLERS).hasSizeGreaterThanOrEqualTo(2);
    assertThat(COMMUNITY_HANDLERS).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void aCommunityHoldingAGridCaseAssignsItDownToTheLeastLoadedGridHandler() {
    PersonId idle = GRID_HANDLERS.get(GRID_HANDLERS.size() - 1);
    RoutingDecision d = RoutingPolicies.loadAware(CAPABILITIES, LIST).decide(at("0102", Level.COMMUNITY), ORG,
        loads(idle, 1), NOW);
    assertThat(d).isEqualTo(new RoutingDecision.AssignDown(GRID, Optional.of(idle), "assigned down to " + idle
        + " of grid " + ORG.nameOf(GRID) + ": least loaded qualified handler (1 open cases) for "
        + category(GRID_CASE)));
  }

  @Test
  void aLessLoadedCommunityHandlerKeepsTheCaseAtTheCommunity() {
    PersonId idle = COMMUNITY_HANDLERS.get(1);
    RoutingDecision d = RoutingPolicies.loadAware(CAPABILITIES, LIST).decide(at("0102", Level.COMMUNITY), ORG,
        loads(GRID_HANDLERS.get(0), 2, idle, 0), NOW);
    assertThat(d).isEqualTo(new RoutingDecision.HandleHere(Optional.of(idle), "handled by " + idle
        + " of community " + ORG.nameOf(COMMUNITY) + ": least loaded qualified handler (0 open cases) for "
        + category(GRID_CASE)));
  }

  @Test
  void equalLoadsGoToTheLowerLevelThenTheFirstListed() {
    RoutingPolicy policy = RoutingPolicies.loadAware(CAPABILITIES, LIST);
    assertThat(policy.decide(at("0102", Level.COMMUNITY), ORG, loads(), NOW))
        .isInstanceOfSatisfying(RoutingDecision.AssignDown.class,
            a -> assertThat(a.handler()).contains(GRID_HANDLERS.get(0)));
    PersonId last = GRID_HANDLERS.get(GRID_HANDLERS.size() - 1);
    PersonId lastOfCommunity = COMMUNITY_HANDLERS.get(COMMUNITY_HANDLERS.size() - 1);
    assertThat(policy.decide(at("0102", Level.COMMUNITY), ORG, loads(last, 3, lastOfCommunity, 3), NOW))
        .isInstanceOfSatisfying(RoutingDecision.AssignDown.class, a -> assertThat(a.handler()).contains(last));
  }

  @Test
  void aGridHoldingAGridCaseNamesItsLeastLoadedHandler() {
    PersonId idle = GRID_HANDLERS.get(GRID_HANDLERS.size() - 1);
    RoutingDecision d = RoutingPolicies.loadAware(CAPABILITIES, LIST).decide(at("0102", Level.GRID), ORG,
        loads(idle, 0, COMMUNITY_HANDLERS.get(0), 0), NOW);
    assertThat(d).isInstanceOfSatisfying(RoutingDecision.HandleHere.class,
        h -> assertThat(h.handler()).contains(idle));
  }

  @Test
  void aCaseTheHolderCannotSolveGoesUpWhateverTheLoads() {
    // 0304 needs the community; a grid holds it
    RoutingDecision d = RoutingPolicies.loadAware(CAPABILITIES, LIST).decide(at("0304", Level.GRID), ORG,
        loads(GRID_HANDLERS.get(0), 0), NOW);
    assertThat(d).isInstanceOfSatisfying(RoutingDecision.Escalate.class, e -> {
      assertThat(e.to()).isEqualTo(COMMUNITY);
      assertThat(e.reason()).contains("the lowest able level for " + category(CategoryCode.of("0304"))
          + " is above the holder");
    });
  }

  @Test
  void afterTheGridFailedItsHandlersAreNoLongerCandidates() {
    CaseFacts c = at("0102", Level.COMMUNITY);
    CaseFacts failedAtGrid = new CaseFacts(c.category(), c.place(), c.urgency(), c.holder(), 1, c.light(),
        c.responsibilityUnclear(), Optional.of(Level.GRID), c.reportedAt());
    PersonId idleGridHandler = GRID_HANDLERS.get(0);
    RoutingDecision d = RoutingPolicies.loadAware(CAPABILITIES, LIST).decide(failedAtGrid, ORG,
        loads(idleGridHandler, 0), NOW);
    assertThat(d).isInstanceOfSatisfying(RoutingDecision.HandleHere.class,
        h -> assertThat(h.handler()).isPresent().get().isIn(COMMUNITY_HANDLERS));
  }

  @Test
  void theTieBreakNamesTheLeastLoadedHandlerOfTheUnitChosen() {
    PersonId idle = GRID_HANDLERS.get(GRID_HANDLERS.size() - 1);
    RoutingPolicy tiered = RoutingPolicies.tiered(CAPABILITIES, LIST);
    RoutingDecision plain = tiered.decide(at("0102", Level.GRID), ORG, loads(idle, 0), NOW);
    RoutingDecision refined = RoutingPolicies.withLoadTieBreak(tiered).decide(at("0102", Level.GRID), ORG,
        loads(idle, 0), NOW);
    assertThat(refined).isEqualTo(new RoutingDecision.HandleHere(Optional.of(idle), plain.reason() + "; " + idle
        + " is the least loaded handler"));
    RoutingDecision down = RoutingPolicies.withLoadTieBreak(tiered).decide(at("0102", Level.COMMUNITY), ORG,
        loads(idle, 0), NOW);
    assertThat(down).isInstanceOfSatisfying(RoutingDecision.AssignDown.class, a -> {
      assertThat(a.unit()).isEqualTo(GRID);
      assertThat(a.handler()).contains(idle);
      assertThat(a.reason()).endsWith("; " + idle + " is the least loaded handler");
    });
  }

  @Test
  void theTieBreakLetsTheLeastLoadedDepartmentLead() {
    // 0302 at the center: housing-construction leads, ecology-environment co-handles
    DepartmentId housing = DepartmentId.of("housing-construction");
    DepartmentId ecology = DepartmentId.of("ecology-environment");
    RoutingPolicy policy = RoutingPolicies.withLoadTieBreak(RoutingPolicies.responsibilityList(LIST));
    RoutingDecision.AssignDepartments listed = (RoutingDecision.AssignDepartments) RoutingPolicies
        .responsibilityList(LIST).decide(at("0302", Level.CITY), ORG, WorkloadView.none(), NOW);
    WorkloadView housingBusy = WorkloadView.of(ImmutableMap.of(), ImmutableMap.of(),
        ImmutableMap.of(housing, 9, ecology, 2));
    assertThat(policy.decide(at("0302", Level.CITY), ORG, housingBusy, NOW)).isEqualTo(
        new RoutingDecision.AssignDepartments(ecology, ImmutableList.of(housing), listed.reason() + "; " + ecology
            + " leads as the least loaded (2 open cases)"));
    WorkloadView equal = WorkloadView.of(ImmutableMap.of(), ImmutableMap.of(), ImmutableMap.of(housing, 2,
        ecology, 2));
    assertThat(policy.decide(at("0302", Level.CITY), ORG, equal, NOW)).isEqualTo(listed);
    WorkloadView ecologyBusy = WorkloadView.of(ImmutableMap.of(), ImmutableMap.of(), ImmutableMap.of(housing, 1,
        ecology, 2));
    assertThat(policy.decide(at("0302", Level.CITY), ORG, ecologyBusy, NOW)).isEqualTo(listed);
  }

  @Test
  void theTieBreakLeavesADecisionWithoutChoiceAsItIs() {
    RoutingPolicy tiered = RoutingPolicies.tiered(CAPABILITIES, LIST);
    CaseFacts escalating = at("0304", Level.GRID);
    assertThat(RoutingPolicies.withLoadTieBreak(tiered).decide(escalating, ORG, loads(), NOW))
        .isEqualTo(tiered.decide(escalating, ORG, loads(), NOW));
    // a single listed department has nobody to swap with
    assertThat(RoutingPolicies.withLoadTieBreak(RoutingPolicies.responsibilityList(LIST))
        .decide(at("0301", Level.GRID), ORG, loads(), NOW))
        .isEqualTo(RoutingPolicies.responsibilityList(LIST).decide(at("0301", Level.GRID), ORG, loads(), NOW));
  }
}
