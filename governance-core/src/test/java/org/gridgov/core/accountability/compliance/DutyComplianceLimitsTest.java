package org.gridgov.core.accountability.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.gridgov.core.accountability.DateSpan;
import org.gridgov.core.duty.Activity;
import org.gridgov.core.duty.CadencePeriod;
import org.gridgov.core.duty.Duty;
import org.gridgov.core.duty.DutyBearer;
import org.gridgov.core.org.BuildingId;
import org.gridgov.core.org.CityId;
import org.gridgov.core.org.CommunityId;
import org.gridgov.core.org.GridId;
import org.gridgov.core.org.Organisation;
import org.gridgov.core.org.PartyBody;
import org.gridgov.core.org.PartyBodyKind;
import org.gridgov.core.org.PartyPost;
import org.gridgov.core.org.Role;
import org.gridgov.core.org.SubdistrictId;
import org.gridgov.core.people.Person;
import org.gridgov.core.people.PersonId;
import org.junit.jupiter.api.Test;

/** A duty's minimum duration and distance are reached, not passed; every kind of party body bears its duties. */
class DutyComplianceLimitsTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final CityId CITY = CityId.parse("211381");
  private static final SubdistrictId TAIJI = CITY.subdistrict(1);
  private static final CommunityId SHEZHAI = TAIJI.community(1);
  private static final GridId GRID_1 = SHEZHAI.grid(1);
  private static final GridId GRID_2 = SHEZHAI.grid(2);
  private static final BuildingId BUILDING = BuildingId.of("b-1");
  private static final PersonId CADRE = PersonId.of("cadre");
  private static final LocalDate MAY_2 = LocalDate.of(2022, 5, 2);
  private static final Instant MORNING = MAY_2.atTime(10, 0).atZone(SHANGHAI).toInstant();

  private static final Organisation ORG = Organisation.builder(CITY, "北票市")
      .subdistrict(TAIJI, "台吉街道").community(SHEZHAI, "舍宅社区")
      .grid(GRID_1, "一网格").grid(GRID_2, "二网格").building(BUILDING, GRID_1, "1号楼")
      .person(Person.of("cadre", "王干部")).person(Person.of("leader", "刘组长"))
      .assign(CADRE, Role.COMMUNITY_CADRE, SHEZHAI)
      .partyPost(PersonId.of("leader"), PartyPost.GROUP_LEADER, BUILDING)
      .build();

  private static final Duty LONG_PATROL = new Duty("cadre-long-patrol", DutyBearer.role(Role.COMMUNITY_CADRE),
      Activity.PATROL, 1, CadencePeriod.DAY, Optional.of(Duration.ofHours(1)), OptionalInt.of(1000), "测试");

  private static DutyVerdict patrol(Optional<Duration> duration, OptionalInt metres) {
    ActivityRecord r = new ActivityRecord(Actor.person(CADRE), Activity.PATROL, MORNING, duration, metres,
        Optional.empty());
    return DutyComplianceEvaluator.evaluate(ORG, List.of(LONG_PATROL), List.of(r), DateSpan.day(MAY_2), SHANGHAI)
        .verdicts().get(0);
  }

  @Test
  void anActivityOfExactlyTheMinimumDurationAndDistanceCounts() {
    assertThat(patrol(Optional.of(Duration.ofHours(1)), OptionalInt.of(1000)).counted()).isEqualTo(1);
  }

  @Test
  void anActivityShortOfEitherMinimumIsBelowIt() {
    assertThat(patrol(Optional.of(Duration.ofMinutes(60).minusSeconds(1)), OptionalInt.of(1000)).belowMinimum())
        .isEqualTo(1);
    assertThat(patrol(Optional.of(Duration.ofHours(1)), OptionalInt.of(999)).belowMinimum()).isEqualTo(1);
  }

  @Test
  void anActivityWithoutTheMeasureADutyRequiresIsBelowTheMinimum() {
    assertThat(patrol(Optional.empty(), OptionalInt.of(1000)).belowMinimum()).isEqualTo(1);
    assertThat(patrol(Optional.of(Duration.ofHours(1)), OptionalInt.empty()).belowMinimum()).isEqualTo(1);
  }

  @Test
  void aDutyWithoutMinimumsCountsAnActivityWithoutMeasures() {
    Duty anyPatrol = new Duty("cadre-patrol", DutyBearer.role(Role.COMMUNITY_CADRE), Activity.PATROL, 1,
        CadencePeriod.DAY, Optional.empty(), OptionalInt.empty(), "测试");
    ActivityRecord r = ActivityRecord.of(Actor.person(CADRE), Activity.PATROL, MORNING);

    DutyVerdict v = DutyComplianceEvaluator.evaluate(ORG, List.of(anyPatrol), List.of(r), DateSpan.day(MAY_2),
        SHANGHAI).verdicts().get(0);

    assertThat(v.counted()).isEqualTo(1);
    assertThat(v.met()).isTrue();
  }

  @Test
  void aPlaceOutsideTheOrganisationIsOutsideEveryJurisdiction() {
    ActivityRecord r = ActivityRecord.at(Actor.person(CADRE), Activity.REPORT_TO_SECRETARY, MORNING,
        CITY.subdistrict(9).community(9));
    Duty report = new Duty("cadre-report", DutyBearer.role(Role.COMMUNITY_CADRE), Activity.REPORT_TO_SECRETARY, 1,
        CadencePeriod.DAY, Optional.empty(), OptionalInt.empty(), "测试");

    DutyVerdict v = DutyComplianceEvaluator.evaluate(ORG, List.of(report), List.of(r), DateSpan.day(MAY_2), SHANGHAI)
        .verdicts().get(0);

    assertThat(v.elsewhere()).isEqualTo(1);
    assertThat(v.counted()).isZero();
  }

  private static List<String> bearers(PartyBodyKind kind) {
    Duty meeting = new Duty("meeting", DutyBearer.partyBodies(kind), Activity.JOINT_MEETING, 1, CadencePeriod.MONTH,
        Optional.empty(), OptionalInt.empty(), "测试");
    return DutyComplianceEvaluator.evaluate(ORG, List.of(meeting), List.of(),
        DateSpan.month(java.time.YearMonth.of(2022, 5)), SHANGHAI).verdicts().stream()
        .map(v -> v.bearer().label()).toList();
  }

  @Test
  void eachKindOfPartyBodyIsFoundInTheOrganisation() {
    assertThat(bearers(PartyBodyKind.SUBDISTRICT_WORKING_COMMITTEE))
        .containsExactly("subdistrict-working-committee:211381001");
    assertThat(bearers(PartyBodyKind.COMMUNITY_PARTY_COMMITTEE))
        .containsExactly("community-party-committee:211381001001");
    assertThat(bearers(PartyBodyKind.GRID_BRANCH))
        .containsExactly("grid-branch:" + GRID_1.code(), "grid-branch:" + GRID_2.code());
    assertThat(bearers(PartyBodyKind.BUILDING_GROUP)).containsExactly("building-group:b-1");
    assertThat(bearers(PartyBodyKind.CENTRAL_HOUSEHOLD)).isEmpty();
  }

  @Test
  void aReportGivesOneBearersVerdicts() {
    Actor body = new Actor.Body(new PartyBody(PartyBodyKind.GRID_BRANCH, GRID_2));
    Duty meeting = new Duty("meeting", DutyBearer.partyBodies(PartyBodyKind.GRID_BRANCH), Activity.JOINT_MEETING, 1,
        CadencePeriod.MONTH, Optional.empty(), OptionalInt.empty(), "测试");
    ComplianceReport report = DutyComplianceEvaluator.evaluate(ORG, List.of(meeting),
        List.of(ActivityRecord.of(body, Activity.JOINT_MEETING, MORNING)), DateSpan.month(java.time.YearMonth.of(2022, 5)),
        SHANGHAI);

    assertThat(report.of(body)).singleElement().satisfies(v -> {
      assertThat(v.bearer()).isEqualTo(body);
      assertThat(v.met()).isTrue();
    });
    assertThat(report.of(Actor.person(CADRE))).isEmpty();
    assertThat(report.unmet()).extracting(DutyVerdict::bearer)
        .containsExactly(new Actor.Body(new PartyBody(PartyBodyKind.GRID_BRANCH, GRID_1)));
  }

  @Test
  void aSinkingUnitIsLabelledByItsIdentifier() {
    assertThat(new Actor.SinkingUnit(org.gridgov.core.org.SinkingUnitId.of("finance-bureau")).label())
        .isEqualTo("sinking-unit:finance-bureau");
  }
}
