package org.gridgov.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.Optional;
import org.gridgov.core.category.CategoryCode;
import org.gridgov.core.org.CityId;
import org.gridgov.core.org.DepartmentId;
import org.gridgov.core.org.GridId;
import org.gridgov.core.org.Organisation;
import org.gridgov.core.org.PlaceId;
import org.gridgov.core.org.Role;
import org.gridgov.core.people.PersonId;
import org.gridgov.routing.city.CityGenerator;
import org.gridgov.routing.city.CitySpec;
import org.junit.jupiter.api.Test;

/** Each jurisdiction rule, kept and broken: the check names the broken rule and passes the kept one. */
class JurisdictionTest {
  private static final Organisation ORG = CityGenerator.generate(CitySpec.beipiao());
  private static final Instant NOW = Instant.parse("2022-07-05T08:00:00Z");
  private static final GridId GRID = ORG.grids().get(0).id();
  private static final GridId SIBLING = ORG.grids().stream().map(g -> g.id())
      .filter(g -> !g.equals(GRID) && g.community().equals(GRID.community())).findFirst().orElseThrow();
  private static final GridId ELSEWHERE = ORG.grids().stream().map(g -> g.id())
      .filter(g -> !g.community().equals(GRID.community())).findFirst().orElseThrow();
  private static final GridId UNKNOWN = GridId.parse(GRID.community().code() + "999");

  private static CaseFacts atCommunity() {
    return CaseFacts.reported(CategoryCode.of("0102"), GRID, GRID, Urgency.ROUTINE, NOW)
        .withHolder(GRID.community());
  }

  private static Optional<String> check(RoutingDecision d, CaseFacts facts) {
    return Jurisdiction.check(d, facts, ORG);
  }

  private static RoutingDecision.AssignDown down(PlaceId unit) {
    return new RoutingDecision.AssignDown(unit, Optional.empty(), "r");
  }

  @Test
  void assigningDownStaysBelowTheHolderAndAroundThePlace() {
    assertThat(ORG.contains(UNKNOWN)).isFalse();
    assertThat(check(down(GRID), atCommunity())).isEmpty();
    assertThat(check(down(GRID.community()), atCommunity())).get().asString().contains("is not below the holder");
    assertThat(check(down(ELSEWHERE), atCommunity())).get().asString().contains("is not below the holder");
    assertThat(check(down(UNKNOWN), atCommunity())).get().asString().contains("is not below the holder");
    assertThat(check(down(SIBLING), atCommunity())).get().asString().contains("does not contain the case's place");
  }

  @Test
  void aNamedHandlerMustHandleCasesAtTheUnit() {
    PersonId worker = ORG.holders(Role.GRID_WORKER, GRID).get(0);
    PersonId siblingWorker = ORG.holders(Role.GRID_WORKER, SIBLING).get(0);
    assertThat(check(new RoutingDecision.AssignDown(GRID, Optional.of(worker), "r"), atCommunity())).isEmpty();
    assertThat(check(new RoutingDecision.AssignDown(GRID, Optional.of(siblingWorker), "r"), atCommunity()))
        .get().asString().contains("does not handle cases at");
    CaseFacts atGrid = atCommunity().withHolder(GRID);
    assertThat(check(new RoutingDecision.HandleHere(Optional.of(worker), "r"), atGrid)).isEmpty();
    assertThat(check(new RoutingDecision.HandleHere(Optional.of(siblingWorker), "r"), atGrid))
        .get().asString().contains("does not handle cases at");
  }

  @Test
  void escalationGoesExactlyOneLevelUp() {
    PlaceId subdistrict = ORG.parent(GRID.community()).orElseThrow();
    assertThat(check(new RoutingDecision.Escalate(subdistrict, "r"), atCommunity())).isEmpty();
    assertThat(check(new RoutingDecision.Escalate(ORG.city(), "r"), atCommunity())).get().asString()
        .contains("must go to its parent");
    assertThat(check(new RoutingDecision.Supervise(subdistrict, "r"), atCommunity())).isEmpty();
    assertThat(check(new RoutingDecision.Supervise(ORG.city(), "r"), atCommunity())).get().asString()
        .contains("supervisor of");
  }

  @Test
  void theHolderMustContainThePlaceAndTheCenterIsTheCity() {
    CaseFacts misplaced = atCommunity().withHolder(ELSEWHERE.community());
    assertThat(check(new RoutingDecision.HandleHere(Optional.empty(), "r"), misplaced)).get().asString()
        .contains("does not contain the case's place");
    assertThat(check(new RoutingDecision.HandToCenter(ORG.city(), "r"), atCommunity())).isEmpty();
    assertThat(check(new RoutingDecision.HandToCenter(CityId.parse("210100"), "r"), atCommunity())).get()
        .asString().contains("the center is");
    CaseFacts atCity = atCommunity().withHolder(ORG.city());
    assertThat(check(new RoutingDecision.HandToCenter(ORG.city(), "r"), atCity)).get().asString()
        .contains("already holds");
    assertThat(check(new RoutingDecision.AssignDepartments(DepartmentId.of("no-such-bureau"), ImmutableList.of(),
        "r"), atCity)).get().asString().contains("is not part of the organisation");
  }

  @Test
  void aWhistleIsBlownByTheCasesOwnCommunityAndSummonsKnownDepartments() {
    DepartmentId known = ORG.departments().get(0).id();
    DepartmentId other = ORG.departments().get(1).id();
    org.gridgov.core.org.CommunityId own = GRID.community();
    assertThat(check(new RoutingDecision.BlowWhistle(own, ImmutableList.of(known, other), "r"), atCommunity()))
        .isEmpty();
    assertThat(check(new RoutingDecision.BlowWhistle(ELSEWHERE.community(), ImmutableList.of(known), "r"),
        atCommunity())).get().asString().contains("does not hold the case's place");
    org.gridgov.core.org.CommunityId unknown = new org.gridgov.core.org.CommunityId(own.subdistrict(), 999);
    assertThat(ORG.contains(unknown)).isFalse();
    assertThat(check(new RoutingDecision.BlowWhistle(unknown, ImmutableList.of(known), "r"), atCommunity())).get()
        .asString().contains("does not hold the case's place");
    assertThat(check(new RoutingDecision.BlowWhistle(own, ImmutableList.of(known, DepartmentId.of("no-such-bureau")),
        "r"), atCommunity())).get().asString().contains("department no-such-bureau is not part of the organisation");
    CaseFacts atSubdistrict = atCommunity().withHolder(ORG.parent(own).orElseThrow());
    assertThat(check(new RoutingDecision.BlowWhistle(own, ImmutableList.of(known), "r"), atSubdistrict)).get()
        .asString().contains("does not hold the case's place");
  }

  @Test
  void everyAssignedDepartmentMustBeKnownCoHandlersIncluded() {
    CaseFacts atCity = atCommunity().withHolder(ORG.city());
    DepartmentId known = ORG.departments().get(0).id();
    DepartmentId other = ORG.departments().get(1).id();
    assertThat(check(new RoutingDecision.AssignDepartments(known, ImmutableList.of(other), "r"), atCity)).isEmpty();
    assertThat(check(new RoutingDecision.AssignDepartments(known, ImmutableList.of(other,
        DepartmentId.of("no-such-bureau")), "r"), atCity)).get().asString()
        .contains("department no-such-bureau is not part of the organisation");
  }

  @Test
  void onlyTheLevelsOfTheLadderHandleCases() {
    assertThat(Jurisdiction.handlingRoles(org.gridgov.core.org.Level.GRID)).containsExactly(Role.GRID_WORKER,
        Role.GRID_CHIEF);
    assertThat(Jurisdiction.handlingRoles(org.gridgov.core.org.Level.CITY)).containsExactly(Role.CENTER_DISPATCHER);
    assertThat(Jurisdiction.handlingRoles(org.gridgov.core.org.Level.BUILDING)).isEmpty();
    assertThat(Jurisdiction.handlingRoles(org.gridgov.core.org.Level.UNIT)).isEmpty();
  }
}
