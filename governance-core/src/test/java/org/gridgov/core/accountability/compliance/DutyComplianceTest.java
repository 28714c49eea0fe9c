package org.gridgov.core.accountability.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSet;
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
import org.gridgov.core.org.CityId;
import org.gridgov.core.org.CommunityId;
import org.gridgov.core.org.Organisation;
import org.gridgov.core.org.PartyBody;
import org.gridgov.core.org.PartyBodyKind;
import org.gridgov.core.org.Role;
import org.gridgov.core.org.SinkingUnit;
import org.gridgov.core.org.SinkingUnitId;
import org.gridgov.core.org.SubdistrictId;
import org.gridgov.core.people.Person;
import org.gridgov.core.people.PersonId;
import org.junit.jupiter.api.Test;

/** The article's duties against activity logs: weekly, monthly and quarterly cadences. */
class DutyComplianceTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final CityId CITY = CityId.parse("211381");
  private static final SubdistrictId TAIJI = CITY.subdistrict(1);
  private static final CommunityId SHEZHAI = TAIJI.community(1);
  private static final CommunityId YUEJIAGOU = TAIJI.community(2);
  private static final SubdistrictId GUANSHAN = CITY.subdistrict(2);
  private static final CommunityId HONGFA = GUANSHAN.community(1);
  private static final PersonId CADRE = PersonId.of("cadre");
  private static final PersonId LEADER = PersonId.of("leader");
  private static final PersonId DEPUTY = PersonId.of("deputy");
  private static final SinkingUnitId BUREAU = SinkingUnitId.of("finance-bureau");
  private static final DateSpan MAY = DateSpan.month(java.time.YearMonth.of(2022, 5));

  private static final Organisation ORG = Organisation.builder(CITY, "北票市")
      .subdistrict(TAIJI, "台吉街道").subdistrict(GUANSHAN, "冠山街道")
      .community(SHEZHAI, "舍宅社区").community(YUEJIAGOU, "岳家沟社区").community(HONGFA, "宏发社区")
      .person(Person.of("cadre", "王干部")).person(Person.of("leader", "李书记")).person(Person.of("deputy", "赵县长"))
      .person(Person.of("head", "孙部长")).person(Person.of("vice", "周副部长"))
      .assign(CADRE, Role.COMMUNITY_CADRE, SHEZHAI)
      .assign(LEADER, Role.SUBDISTRICT_LEADER, TAIJI)
      .assign(DEPUTY, Role.DEPUTY_COUNTY_LEADER, YUEJIAGOU)
      .sinkingUnit(new SinkingUnit(BUREAU, "财政局", PersonId.of("head"), PersonId.of("vice"), ImmutableSet.of(SHEZHAI)))
      .build();

  private static Instant day(int month, int day) {
    return LocalDate.of(2022, month, day).atTime(10, 0).atZone(SHANGHAI).toInstant();
  }

  private static Duty duty(String id) {
    return Duty.standard().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
  }

  private static ComplianceReport report(String dutyId, List<ActivityRecord> log, DateSpan span) {
    return DutyComplianceEvaluator.evaluate(ORG, List.of(duty(dutyId)), log, span, SHANGHAI);
  }

  @Test
  void aCadreWhoMissesAWeeklyReportFailsThatWeek() {
    // the week ending on 1 May ends in May, so it is judged too; the week of 30 May ends in June
    Actor cadre = Actor.person(CADRE);
    List<ActivityRecord> log = List.of(2, 9, 23, 30).stream()
        .map(d -> ActivityRecord.of(cadre, Activity.REPORT_TO_SECRETARY, day(5, d))).toList();

    ComplianceReport r = report("community-cadre-report", log, MAY);

    assertThat(r.verdicts()).extracting(v -> v.period().first().getDayOfMonth(), DutyVerdict::met)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(25, false), org.assertj.core.groups.Tuple.tuple(2, true), org.assertj.core.groups.Tuple.tuple(9, true),
            org.assertj.core.groups.Tuple.tuple(16, false), org.assertj.core.groups.Tuple.tuple(23, true));
    assertThat(r.unmet().get(1).explanation())
        .isEqualTo("person:cadre community-cadre-report 2022-05-16/2022-05-22: 0 of 1 required report to secretary → not met");
    assertThat(r.summary()).containsExactly("person:cadre 2022-05-01/2022-05-31: 3 of 5 duty periods met");
  }

  @Test
  void aDeputyLeadersVisitCountsOnlyInTheAdoptedCommunity() {
    Actor deputy = Actor.person(DEPUTY);

    DutyVerdict elsewhere = report("deputy-leader-visit",
        List.of(ActivityRecord.at(deputy, Activity.LEADER_VISIT, day(5, 10), HONGFA)), MAY).verdicts().get(0);
    DutyVerdict adopted = report("deputy-leader-visit",
        List.of(ActivityRecord.at(deputy, Activity.LEADER_VISIT, day(5, 10), YUEJIAGOU)), MAY).verdicts().get(0);

    assertThat(elsewhere.met()).isFalse();
    assertThat(elsewhere.explanation()).contains("1 outside the bearer's jurisdiction");
    assertThat(adopted.met()).isTrue();
  }

  @Test
  void aSubdistrictLeaderNeedsAnOnSiteDayInEachWeek() {
    Actor leader = Actor.person(LEADER);
    List<ActivityRecord> log = List.of(
        ActivityRecord.at(leader, Activity.ON_SITE_DAY, day(5, 3), SHEZHAI),
        ActivityRecord.at(leader, Activity.ON_SITE_DAY, day(5, 11), YUEJIAGOU));

    ComplianceReport r = report("subdistrict-leader-on-site-day", log, DateSpan.of(LocalDate.of(2022, 5, 2),
        LocalDate.of(2022, 5, 15)));

    assertThat(r.verdicts()).allMatch(DutyVerdict::met).hasSize(2);
  }

  @Test
  void sinkingUnitsAndJointMeetingsAreJudgedPerUnitAndBody() {
    List<ActivityRecord> log = List.of(
        ActivityRecord.at(new Actor.SinkingUnit(BUREAU), Activity.SINKING_DAY, day(5, 20), SHEZHAI),
        ActivityRecord.of(new Actor.Body(new PartyBody(PartyBodyKind.SUBDISTRICT_WORKING_COMMITTEE, TAIJI)),
            Activity.JOINT_MEETING, day(4, 15)));
    DateSpan q2 = DateSpan.of(LocalDate.of(2022, 4, 1), LocalDate.of(2022, 6, 30));

    ComplianceReport sinking = report("sinking-unit-day", log, q2);
    ComplianceReport meetings = report("subdistrict-committee-joint-meeting", log, q2);

    assertThat(sinking.verdicts()).extracting(DutyVerdict::met).containsExactly(false, true, false);
    assertThat(meetings.verdicts()).extracting(v -> v.bearer().label(), DutyVerdict::met).containsExactly(
        org.assertj.core.groups.Tuple.tuple("subdistrict-working-committee:211381001", true),
        org.assertj.core.groups.Tuple.tuple("subdistrict-working-committee:211381002", false));
  }

  @Test
  void anActivityBelowTheMinimumDoesNotCount() {
    Duty patrol = new Duty("cadre-long-patrol", org.gridgov.core.duty.DutyBearer.role(Role.COMMUNITY_CADRE),
        Activity.PATROL, 1, CadencePeriod.DAY, Optional.of(Duration.ofHours(1)), OptionalInt.empty(), "测试");
    ActivityRecord shortPatrol = new ActivityRecord(Actor.person(CADRE), Activity.PATROL, day(5, 2),
        Optional.of(Duration.ofMinutes(40)), OptionalInt.empty(), Optional.empty());

    DutyVerdict v = DutyComplianceEvaluator.evaluate(ORG, List.of(patrol), List.of(shortPatrol),
        DateSpan.day(LocalDate.of(2022, 5, 2)), SHANGHAI).verdicts().get(0);

    assertThat(v.met()).isFalse();
    assertThat(v.belowMinimum()).isEqualTo(1);
  }

  @Test
  void periodsAreCalendarPeriodsEndingInTheSpan() {
    assertThat(DutyComplianceEvaluator.periodsEndingIn(MAY, CadencePeriod.WEEK)).extracting(DateSpan::toString)
        .containsExactly("2022-04-25/2022-05-01", "2022-05-02/2022-05-08", "2022-05-09/2022-05-15",
            "2022-05-16/2022-05-22", "2022-05-23/2022-05-29");
    assertThat(DutyComplianceEvaluator.periodOf(LocalDate.of(2022, 5, 17), CadencePeriod.QUARTER))
        .hasToString("2022-04-01/2022-06-30");
  }
}
