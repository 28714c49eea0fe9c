package org.gridgov.core.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.core.cases.CaseFixture.*;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.gridgov.core.category.CategoryCode;
import org.gridgov.core.cases.CaseCommand.*;
import org.gridgov.core.org.Organisation;
import org.gridgov.core.org.PlaceId;
import org.gridgov.core.org.Role;
import org.gridgov.core.org.RoleAssignment;
import org.gridgov.core.org.SinkingUnit;
import org.gridgov.core.org.SinkingUnitId;
import org.gridgov.core.people.Person;
import org.gridgov.core.people.PersonId;
import org.junit.jupiter.api.Test;

/** Who may report a case from which source, where a report lands, and who acts for a grid. */
class ReportingRulesTest {

  private static final PersonId CHIEF_G12 = PersonId.of("chief-g12");
  private static final PersonId DEPUTY = PersonId.of("deputy-county");
  private static final PersonId CADRE = PersonId.of("sinking-cadre");

  /** The fixture's Beipiao plus a grid chief of G12, a deputy county leader and a sinking cadre. */
  private static final DecisionContext WIDER = new DecisionContext(wider(), CALENDAR, DeadlineTable.standard(),
      CONTEXT.reopenWindow());

  private static Organisation wider() {
    return ORG.toBuilder().person(Person.of(CHIEF_G12.value(), "网格长")).person(Person.of(DEPUTY.value(), "副县长"))
        .person(Person.of(CADRE.value(), "下沉干部")).assign(CHIEF_G12, Role.GRID_CHIEF, G12)
        .assign(DEPUTY, Role.DEPUTY_COUNTY_LEADER, XINYUE)
        .sinkingUnit(new SinkingUnit(SinkingUnitId.of("su1"), "市直单位", LEADER, CD_CITY, ImmutableSet.of(XINYUE)))
        .assign(RoleAssignment.sinkingCadre(CADRE, SinkingUnitId.of("su1"), XINYUE)).build();
  }

  private static Report report(PersonId actor, Source source, PlaceId place) {
    return new Report(CommandId.of("r1"), CaseId.of("rep-1"), actor, T0,
        CaseDetails.of(CategoryCode.of("0102"), source, place, Urgency.NORMAL, "问题", Optional.empty()));
  }

  private static Decision decide(Report r, DecisionContext ctx) {
    return CaseLoop.decide(CaseState.initial(r.caseId()), r, ctx);
  }

  private static Holder firstHolder(Decision d) {
    assertThat(d).isInstanceOf(Decision.Accepted.class);
    return ((CaseEvent.Reported) d.newEvents().get(0)).holder();
  }

  private static void refused(Decision d, RejectionReason reason) {
    assertThat(d).isInstanceOfSatisfying(Decision.Rejected.class, r -> assertThat(r.reason()).isEqualTo(reason));
  }

  @Test
  void aReportInsideAGridGoesToThatGridsCommunityCenter() {
    assertThat(firstHolder(decide(report(RES1, Source.RESIDENT_SNAPSHOT, H1), CONTEXT)))
        .isEqualTo(Holder.center(SHEZHAI));
    assertThat(firstHolder(decide(report(RES1, Source.RESIDENT_SNAPSHOT, G22), CONTEXT)))
        .isEqualTo(Holder.center(XINYUE));
  }

  @Test
  void aReportOutsideAnyKnownGridIsRejectedNamingThePlace() {
    for (PlaceId place : ImmutableList.<PlaceId>of(SHEZHAI.grid(9), SHEZHAI, TAIJI.community(9))) {
      Decision d = decide(report(RES1, Source.RESIDENT_SNAPSHOT, place), CONTEXT);
      refused(d, RejectionReason.INVALID_ARGUMENT);
      assertThat(((Decision.Rejected) d).message())
          .isEqualTo("the place " + place + " is not a grid or a place within one");
    }
  }

  @Test
  void eachSourceHasItsReporters() {
    assertThat(firstHolder(decide(report(CD_XINYUE, Source.HOTLINE, G11), CONTEXT))).isEqualTo(Holder.center(CITY));
    refused(decide(report(RES1, Source.HOTLINE, G11), CONTEXT), RejectionReason.NOT_AUTHORISED);
    assertThat(firstHolder(decide(report(LEADER, Source.LEADER_ASSIGNMENT, G21), CONTEXT)))
        .isEqualTo(Holder.center(XINYUE));
    assertThat(firstHolder(decide(report(DEPUTY, Source.LEADER_ASSIGNMENT, G21), WIDER)))
        .isEqualTo(Holder.center(XINYUE));
    refused(decide(report(CD_CITY, Source.LEADER_ASSIGNMENT, G21), CONTEXT), RejectionReason.NOT_AUTHORISED);
    assertThat(firstHolder(decide(report(CADRE, Source.SINKING_CADRE, G21), WIDER))).isEqualTo(Holder.center(XINYUE));
    refused(decide(report(RES1, Source.SINKING_CADRE, G21), CONTEXT), RejectionReason.NOT_AUTHORISED);
    refused(decide(report(GW11, Source.RESIDENT_SNAPSHOT, G11), CONTEXT), RejectionReason.NOT_AUTHORISED);
  }

  @Test
  void gridWorkersAndGridChiefsPatrolTheirOwnGridOnly() {
    assertThat(firstHolder(decide(report(GW11, Source.GRID_PATROL, G11), CONTEXT))).isEqualTo(Holder.center(SHEZHAI));
    assertThat(firstHolder(decide(report(CHIEF_G12, Source.GRID_PATROL, G12), WIDER)))
        .isEqualTo(Holder.center(SHEZHAI));
    refused(decide(report(CHIEF_G12, Source.GRID_PATROL, G11), WIDER), RejectionReason.OUT_OF_JURISDICTION);
    refused(decide(report(CD_SHEZHAI, Source.GRID_PATROL, G11), CONTEXT), RejectionReason.NOT_AUTHORISED);
  }

  @Test
  void aGridChiefActsForTheirGridAndANonGridRoleIsNotAuthorisedRatherThanOutOfJurisdiction() {
    CaseState s = CaseState.initial(CaseId.of("rep-1"));
    Decision d = decide(report(CHIEF_G12, Source.GRID_PATROL, G12), WIDER);
    for (CaseEvent e : d.newEvents()) {
      s = CaseLoop.evolve(s, e);
    }
    s = apply(s, new Accept(CommandId.of("a"), s.caseId(), CD_SHEZHAI, T0));
    s = apply(s, new Assign(CommandId.of("b"), s.caseId(), CD_SHEZHAI, T0, Holder.grid(G12), ImmutableList.of()));
    Decision byDispatcher = CaseLoop.decide(s, new Acknowledge(CommandId.of("c"), s.caseId(), CD_SHEZHAI, T0), WIDER);
    refused(byDispatcher, RejectionReason.NOT_AUTHORISED);
    Decision byOtherWorker = CaseLoop.decide(s, new Acknowledge(CommandId.of("c"), s.caseId(), GW11, T0), WIDER);
    refused(byOtherWorker, RejectionReason.OUT_OF_JURISDICTION);
    s = apply(s, new Acknowledge(CommandId.of("c"), s.caseId(), CHIEF_G12, T0));
    assertThat(s.status()).isEqualTo(CaseStatus.HANDLING);
  }

  private static CaseState apply(CaseState s, CaseCommand c) {
    Decision d = CaseLoop.decide(s, c, WIDER);
    assertThat(d).as("%s", c).isInstanceOf(Decision.Accepted.class);
    for (CaseEvent e : d.newEvents()) {
      s = CaseLoop.evolve(s, e);
    }
    return s;
  }
}
