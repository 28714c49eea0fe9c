package org.gridgov.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.calendar.DeadlineLight;
import org.gridgov.core.category.CategoryCode;
import org.gridgov.core.org.DepartmentId;
import org.gridgov.core.org.GridId;
import org.gridgov.core.org.Level;
import org.gridgov.core.org.Organisation;
import org.gridgov.routing.city.CityGenerator;
import org.gridgov.routing.city.CitySpec;
import org.junit.jupiter.api.Test;

/** Example decisions of the built-in policies, as the article describes the loop. */
class RoutingPoliciesTest {
  private static final Organisation ORG = CityGenerator.generate(CitySpec.beipiao());
  private static final ResponsibilityTable LIST = ResponsibilityTable.of(ORG);
  private static final CapabilityTable CAPABILITIES = CapabilityTable.standard();
  private static final Instant NOW = Instant.parse("2022-07-05T08:00:00Z");
  private static final GridId GRID = ORG.grids().get(0).id();

  private static CaseFacts at(String category, Level holderLevel) {
    return CaseFacts.reported(CategoryCode.of(category), GRID, GRID, Urgency.ROUTINE, NOW)
        .withHolder(Ladder.at(ORG, GRID, holderLevel));
  }

  @Test
  void aPolicyUsedInAnotherOrganisationGivesThatOrganisationsNames() {
    CitySpec beipiao = CitySpec.beipiao();
    Organisation renamed = CityGenerator.generate(new CitySpec(beipiao.city(), "另一城",
        beipiao.subdistricts().stream().map(s -> new CitySpec.SubdistrictSpec("新" + s.name(),
            s.communities().stream().map(c -> new CitySpec.CommunitySpec("新" + c.name(), c.grids()))
                .collect(com.google.common.collect.ImmutableList.toImmutableList())))
            .collect(com.google.common.collect.ImmutableList.toImmutableList()), beipiao.staffing()));
    RoutingPolicy policy = RoutingPolicies.tiered(CAPABILITIES, LIST);
    CaseFacts facts = at("0102", Level.GRID);
    for (Organisation org : java.util.List.of(ORG, renamed, ORG)) {
      assertThat(policy.decide(facts, org, WorkloadView.none(), NOW).reason())
          .isEqualTo("handled by grid " + org.nameOf(GRID)
              + ": the lowest level able to solve category 0102 " + categoryName("0102") + " is the grid");
    }
    assertThat(renamed.nameOf(GRID)).isNotEqualTo(ORG.nameOf(GRID));
  }

  @Test
  void aPolicysKeptDecisionsBelongToTheirOrganisation() {
    Organisation other = CityGenerator.generate(CitySpec.megacity(20));
    GridId otherGrid = other.grids().get(0).id();
    RoutingPolicy policy = RoutingPolicies.centerFirst(CAPABILITIES, LIST);
    for (int round = 0; round < 2; round++) {
      assertThat(policy.decide(at("0102", Level.GRID), ORG, WorkloadView.none(), NOW))
          .isEqualTo(new RoutingDecision.HandToCenter(ORG.city(), "handed to the city center: central dispatch "
              + "takes every case"));
      assertThat(policy.decide(CaseFacts.reported(CategoryCode.of("0102"), otherGrid, otherGrid, Urgency.ROUTINE,
          NOW), other, WorkloadView.none(), NOW)).isInstanceOfSatisfying(RoutingDecision.HandToCenter.class,
              h -> assertThat(h.center()).isEqualTo(other.city()).isNotEqualTo(ORG.city()));
    }
  }

  private static String categoryName(String code) {
    return org.gridgov.core.category.CategoryCatalogue.standard().find(CategoryCode.of(code)).orElseThrow().name();
  }

  @Test
  void responsibilityListAssignsTheListedDepartmentWithAReason() {
    RoutingDecision d = RoutingPolicies.responsibilityList(LIST).decide(at("0301", Level.GRID), ORG,
        WorkloadView.none(), NOW);
    assertThat(d).isEqualTo(new RoutingDecision.AssignDepartments(DepartmentId.of("housing-construction"),
        com.google.common.collect.ImmutableList.of(),
        "assigned to 住建局: category 0301 施工扰民 is on its responsibility list"));
  }

  @Test
  void multiDepartmentCasesGoToTheCenterWhichNamesALeadAndCoHandlers() {
    RoutingPolicy policy = RoutingPolicies.responsibilityList(LIST);
    assertThat(policy.decide(at("0302", Level.GRID), ORG, WorkloadView.none(), NOW))
        .isInstanceOf(RoutingDecision.HandToCenter.class);
    RoutingDecision atCenter = policy.decide(at("0302", Level.CITY), ORG, WorkloadView.none(), NOW);
    assertThat(atCenter).isInstanceOfSatisfying(RoutingDecision.AssignDepartments.class, a -> {
      assertThat(a.lead()).isEqualTo(DepartmentId.of("housing-construction"));
      assertThat(a.coHandlers()).containsExactly(DepartmentId.of("ecology-environment"));
    });
  }

  @Test
  void anEmergencyNeedingSeveralDepartmentsMakesTheCommunityBlowTheWhistle() {
    CaseFacts facts = CaseFacts.reported(CategoryCode.of("0406"), GRID, GRID, Urgency.EMERGENCY, NOW);
    assertThat(RoutingPolicies.responsibilityList(LIST).decide(facts, ORG, WorkloadView.none(), NOW))
        .isInstanceOfSatisfying(RoutingDecision.BlowWhistle.class, w -> {
          assertThat(w.community()).isEqualTo(GRID.community());
          assertThat(w.summoned()).hasSize(2);
        });
  }

  @Test
  void tieredHandlesAtTheGridAndClimbsOneLevelAfterAFailure() {
    RoutingPolicy tiered = RoutingPolicies.tiered(CAPABILITIES, LIST);
    assertThat(tiered.decide(at("0102", Level.GRID), ORG, WorkloadView.none(), NOW))
        .isInstanceOf(RoutingDecision.HandleHere.class);
    CaseFacts failed = new CaseFacts(CategoryCode.of("0102"), GRID, Urgency.ROUTINE, GRID, 0,
        DeadlineLight.GREEN, false, Optional.of(Level.GRID), NOW);
    assertThat(tiered.decide(failed, ORG, WorkloadView.none(), NOW))
        .isEqualTo(new RoutingDecision.Escalate(GRID.community(), "escalated to community "
            + ORG.nameOf(GRID.community()) + ": the grid could not solve it, the next level coordinates"));
  }

  @Test
  void centerFirstSendsEverythingToTheCenterThenDispatchesDown() {
    RoutingPolicy policy = RoutingPolicies.centerFirst(CAPABILITIES, LIST);
    assertThat(policy.decide(at("0102", Level.GRID), ORG, WorkloadView.none(), NOW))
        .isInstanceOf(RoutingDecision.HandToCenter.class);
    assertThat(policy.decide(at("0102", Level.CITY), ORG, WorkloadView.none(), NOW))
        .isEqualTo(new RoutingDecision.AssignDown(GRID, Optional.empty(), "assigned down to grid " + ORG.nameOf(GRID)
            + ": central dispatch to the lowest able level for category 0102 " + categoryName("0102")));
  }

  @Test
  void deadlineLightsSuperviseOnYellowAndEscalateOnRed() {
    RoutingPolicy policy = RoutingPolicies.deadlineDriven(RoutingPolicies.tiered(CAPABILITIES, LIST));
    assertThat(policy.decide(at("0102", Level.GRID).withLight(DeadlineLight.YELLOW), ORG, WorkloadView.none(), NOW))
        .isEqualTo(new RoutingDecision.Supervise(GRID.community(), "supervised by community "
            + ORG.nameOf(GRID.community()) + ": yellow light, 80 % of the time limit is used"));
    assertThat(policy.decide(at("0102", Level.GRID).withLight(DeadlineLight.RED), ORG, WorkloadView.none(), NOW))
        .isInstanceOfSatisfying(RoutingDecision.Escalate.class, e -> assertThat(e.to()).isEqualTo(GRID.community()));
  }

  @Test
  void aHolderThatDoesNotContainThePlaceIsRejected() {
    GridId other = ORG.grids().get(100).id();
    CaseFacts facts = CaseFacts.reported(CategoryCode.of("0102"), GRID, other, Urgency.ROUTINE, NOW);
    assertThatThrownBy(() -> RoutingPolicies.tiered(CAPABILITIES, LIST).decide(facts, ORG, WorkloadView.none(), NOW))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("facts.holder");
  }

  /**
   * Built-in policies check their arguments once however they are composed (each layer hands checked
   * arguments to the next): every one of them, alone or composed, still rejects facts whose holder does
   * not contain the place, and missing arguments.
   */
  @Test
  void everyBuiltInPolicyAndCompositionChecksItsArguments() {
    GridId other = ORG.grids().get(100).id();
    CaseFacts misplaced = CaseFacts.reported(CategoryCode.of("0102"), GRID, other, Urgency.ROUTINE, NOW);
    RoutingPolicy tiered = RoutingPolicies.tiered(CAPABILITIES, LIST);
    java.util.List<RoutingPolicy> policies = java.util.List.of(tiered, RoutingPolicies.responsibilityList(LIST),
        RoutingPolicies.centerFirst(CAPABILITIES, LIST), RoutingPolicies.loadAware(CAPABILITIES, LIST),
        RoutingPolicies.deadlineDriven(tiered), RoutingPolicies.deadlineDriven(RoutingPolicies.loadAware(
            CAPABILITIES, LIST)), RoutingPolicies.withLoadTieBreak(RoutingPolicies.deadlineDriven(tiered)));
    for (RoutingPolicy p : policies) {
      assertThatThrownBy(() -> p.decide(misplaced, ORG, WorkloadView.none(), NOW)).as("%s", p)
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("facts.holder");
      assertThatThrownBy(() -> p.decide(at("0102", Level.GRID), ORG, null, NOW)).as("%s", p)
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("workload");
    }
  }

  /** A composition over a policy of the caller's own asks it through its decide, with the same arguments. */
  @Test
  void aDeadlineCompositionAsksACallersPolicyThroughItsDecide() {
    java.util.List<CaseFacts> asked = new java.util.ArrayList<>();
    RoutingDecision fixed = new RoutingDecision.HandleHere(Optional.empty(), "the caller's own rule");
    RoutingPolicy own = (facts, org, load, now) -> {
      asked.add(facts);
      return fixed;
    };
    CaseFacts green = at("0102", Level.COMMUNITY);
    assertThat(RoutingPolicies.deadlineDriven(own).decide(green, ORG, WorkloadView.none(), NOW)).isSameAs(fixed);
    assertThat(asked).containsExactly(green);
  }

  private static CaseFacts facts(String category, Level holderLevel, int escalations, boolean unclear,
      Optional<Level> lastFailed) {
    return new CaseFacts(CategoryCode.of(category), GRID, Urgency.ROUTINE, Ladder.at(ORG, GRID, holderLevel),
        escalations, DeadlineLight.GREEN, unclear, lastFailed, NOW);
  }

  /**
   * A case a community received by escalation is handled there even if the grid could solve its category
   * (the grid's time is up); a fresh one the community holds is assigned down to the grid.
   */
  @Test
  void tieredKeepsAnEscalatedCaseAtItsLevelAndAssignsAFreshOneDown() {
    RoutingPolicy tiered = RoutingPolicies.tiered(CAPABILITIES, LIST);
    String why = ": the lowest level able to solve category 0102 " + categoryName("0102") + " is the grid";
    assertThat(tiered.decide(facts("0102", Level.COMMUNITY, 1, false, Optional.empty()), ORG, WorkloadView.none(),
        NOW)).isEqualTo(new RoutingDecision.HandleHere(Optional.empty(), "handled by community "
            + ORG.nameOf(GRID.community()) + why));
    assertThat(tiered.decide(facts("0102", Level.COMMUNITY, 0, false, Optional.empty()), ORG, WorkloadView.none(),
        NOW)).isEqualTo(new RoutingDecision.AssignDown(GRID, Optional.empty(), "assigned down to grid "
            + ORG.nameOf(GRID) + why));
    assertThat(tiered.decide(facts("0102", Level.SUBDISTRICT, 0, false, Optional.of(Level.GRID)), ORG,
        WorkloadView.none(), NOW)).isEqualTo(new RoutingDecision.HandleHere(Optional.empty(), "handled by subdistrict "
            + ORG.nameOf(ORG.parent(GRID.community()).orElseThrow())
            + ": the grid could not solve it, the next level coordinates"));
  }

  @Test
  void theCenterCoordinatesWhatNoDepartmentListsOrWhoseResponsibilityIsUnclear() {
    RoutingPolicy list = RoutingPolicies.responsibilityList(LIST);
    String gas = "category 0403 " + categoryName("0403");
    assertThat(list.decide(facts("0403", Level.GRID, 0, false, Optional.empty()), ORG, WorkloadView.none(), NOW))
        .isEqualTo(new RoutingDecision.HandToCenter(ORG.city(), "handed to the city center: no department lists "
            + gas));
    assertThat(list.decide(facts("0403", Level.CITY, 0, false, Optional.empty()), ORG, WorkloadView.none(), NOW))
        .isEqualTo(new RoutingDecision.HandleHere(Optional.empty(), "the city center commands and coordinates: "
            + "no department lists " + gas));
    String dust = "category 0301 " + categoryName("0301");
    assertThat(list.decide(facts("0301", Level.GRID, 0, true, Optional.empty()), ORG, WorkloadView.none(), NOW))
        .isEqualTo(new RoutingDecision.HandToCenter(ORG.city(), "handed to the city center: responsibility for "
            + dust + " is unclear"));
    assertThat(list.decide(facts("0301", Level.CITY, 0, true, Optional.empty()), ORG, WorkloadView.none(), NOW))
        .isEqualTo(new RoutingDecision.HandleHere(Optional.empty(), "the city center commands and coordinates: "
            + "responsibility for " + dust + " is unclear"));
  }

  @Test
  void aCaseForSeveralDepartmentsNamesTheCoHandlersInItsReason() {
    assertThat(RoutingPolicies.responsibilityList(LIST).decide(at("0302", Level.CITY), ORG, WorkloadView.none(), NOW)
        .reason()).isEqualTo("assigned to 住建局: category 0302 " + categoryName("0302")
            + " is on its responsibility list; co-handled by 生态环境局");
    assertThat(RoutingPolicies.responsibilityList(LIST).decide(at("0302", Level.GRID), ORG, WorkloadView.none(), NOW)
        .reason()).isEqualTo("handed to the city center: category 0302 " + categoryName("0302")
            + " needs several departments (住建局, 生态环境局)");
  }

  @Test
  void everyPolicyHasItsName() {
    RoutingPolicy tiered = RoutingPolicies.tiered(CAPABILITIES, LIST);
    assertThat(tiered).hasToString("tiered");
    assertThat(RoutingPolicies.responsibilityList(LIST)).hasToString("responsibility-list");
    assertThat(RoutingPolicies.centerFirst(CAPABILITIES, LIST)).hasToString("center-first");
    assertThat(RoutingPolicies.loadAware(CAPABILITIES, LIST)).hasToString("load-aware");
    assertThat(RoutingPolicies.deadlineDriven(tiered)).hasToString("deadline(tiered)");
  }
}
