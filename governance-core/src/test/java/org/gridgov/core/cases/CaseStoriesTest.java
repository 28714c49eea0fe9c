package org.gridgov.core.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.core.cases.CaseFixture.*;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.util.Optional;
import org.gridgov.core.calendar.DeadlineLight;
import org.gridgov.core.cases.CaseCommand.*;
import org.gridgov.core.evaluation.EvaluationDimension;
import org.gridgov.core.evaluation.Satisfaction;
import org.junit.jupiter.api.Test;

/** The article's stories, replayed through the case loop. */
class CaseStoriesTest {

  @Test
  void rainstormPreparationAtShezhaiSummonsDepartmentsWhoReportIn() {
    CaseRun r = new CaseRun("rain-1");
    r.ok(new Report(r.cid(), r.id, GW11, r.now, details("0401", Source.GRID_PATROL, Urgency.URGENT, Optional.empty())));
    r.after(Duration.ofMinutes(5)).ok(new Accept(r.cid(), r.id, CD_SHEZHAI, r.now));
    r.after(Duration.ofMinutes(1)).ok(new BlowWhistle(r.cid(), r.id, CHIEF_SHEZHAI, r.now,
        ImmutableList.of(EMERGENCY, WATER, HOUSING)));
    r.after(Duration.ofMinutes(30)).ok(new ReportIn(r.cid(), r.id, DH_EMERGENCY, r.now, EMERGENCY));
    r.no(new ReportIn(r.cid(), r.id, DH_WATER, r.now, HOUSING), RejectionReason.OUT_OF_JURISDICTION);
    r.no(new ReportIn(r.cid(), r.id, DH_EMERGENCY, r.now, EMERGENCY), RejectionReason.INVALID_TRANSITION);
    r.after(Duration.ofMinutes(30)).ok(new ReportIn(r.cid(), r.id, DH_WATER, r.now, WATER));
    r.after(Duration.ofHours(2)).ok(new Tick(r.cid(), r.id, CD_CITY, r.now));
    assertThat(r.state.overdueReportIns()).containsExactly(HOUSING);
    assertThat(r.state.reportedIn()).containsExactlyInAnyOrder(EMERGENCY, WATER);
    r.ok(new Assign(r.cid(), r.id, CD_SHEZHAI, r.now, Holder.department(EMERGENCY), ImmutableList.of(WATER)));
    r.ok(new Acknowledge(r.cid(), r.id, DH_EMERGENCY, r.now));
    r.after(Duration.ofHours(3)).ok(new SubmitResult(r.cid(), r.id, DH_EMERGENCY, r.now, "沙袋到位，排水畅通"));
    r.ok(new Verify(r.cid(), r.id, CD_SHEZHAI, r.now, true, "现场核查通过"));
    r.ok(new Evaluate(r.cid(), r.id, CD_SHEZHAI, r.now, EvaluationDimension.EFFICIENCY, Satisfaction.SATISFIED));
    r.ok(new Evaluate(r.cid(), r.id, DH_EMERGENCY, r.now, EvaluationDimension.BOTTOM_UP, Satisfaction.SATISFIED));
    r.ok(new Close(r.cid(), r.id, CD_SHEZHAI, r.now));
    assertThat(r.state.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(r.state.coHandlers()).containsExactly(WATER);
    assertThat(CaseLoop.replay(r.id, r.state.events())).isEqualTo(r.state);
  }

  @Test
  void rubbishAndParkingAtXinyueWithNoPropertyCompanyIsHandledReworkedAndReopened() {
    CaseRun r = new CaseRun("xinyue-1");
    CaseDetails d = new CaseDetails(org.gridgov.core.category.CategoryCode.of("0102"), Source.RESIDENT_SNAPSHOT, G21,
        Urgency.NORMAL, "小区无物业，垃圾堆积、车辆乱停", Optional.of("欣悦家园"), Optional.empty(),
        ImmutableList.of("media/1.jpg"), Optional.of(RES2), Optional.empty());
    r.no(new Report(r.cid(), r.id, OUTSIDER, r.now, d), RejectionReason.NOT_AUTHORISED);
    r.ok(new Report(r.cid(), r.id, RES2, r.now, d));
    assertThat(r.state.holder()).contains(Holder.center(XINYUE));
    r.no(new Accept(r.cid(), r.id, CD_SHEZHAI, r.now), RejectionReason.OUT_OF_JURISDICTION);
    r.after(Duration.ofMinutes(10)).ok(new Accept(r.cid(), r.id, CD_XINYUE, r.now));
    r.no(new Assign(r.cid(), r.id, CD_XINYUE, r.now, Holder.grid(G11), ImmutableList.of()),
        RejectionReason.INVALID_ARGUMENT);
    r.ok(new Assign(r.cid(), r.id, CD_XINYUE, r.now, Holder.grid(G21), ImmutableList.of()));
    r.no(new Acknowledge(r.cid(), r.id, GW22, r.now), RejectionReason.OUT_OF_JURISDICTION);
    r.after(Duration.ofMinutes(20)).ok(new Acknowledge(r.cid(), r.id, GW21, r.now));
    r.after(Duration.ofHours(1)).ok(new SubmitResult(r.cid(), r.id, GW21, r.now, "清运垃圾"));
    r.ok(new Verify(r.cid(), r.id, CD_XINYUE, r.now, false, "车辆仍乱停"));
    assertThat(r.state.reworkCount()).isEqualTo(1);
    assertThat(r.state.holder()).contains(Holder.grid(G21));
    r.after(Duration.ofHours(1)).ok(new SubmitResult(r.cid(), r.id, GW21, r.now, "划线停车，国企托管物业"));
    r.no(new Evaluate(r.cid(), r.id, RES2, r.now, EvaluationDimension.RESIDENT_SATISFACTION, Satisfaction.SATISFIED),
        RejectionReason.INVALID_TRANSITION);
    r.ok(new Verify(r.cid(), r.id, CD_XINYUE, r.now, true, "通过"));
    r.no(new Evaluate(r.cid(), r.id, RES1, r.now, EvaluationDimension.RESIDENT_SATISFACTION, Satisfaction.SATISFIED),
        RejectionReason.NOT_AUTHORISED);
    r.ok(new Close(r.cid(), r.id, CD_XINYUE, r.now));
    r.ok(new Evaluate(r.cid(), r.id, RES2, r.now, EvaluationDimension.RESIDENT_SATISFACTION,
        Satisfaction.DISSATISFIED));
    r.after(Duration.ofDays(1)).ok(new Reopen(r.cid(), r.id, RES2, r.now, "又有车乱停"));
    assertThat(r.state.status()).isEqualTo(CaseStatus.ACCEPTED);
    assertThat(r.state.reopenCount()).isEqualTo(1);
    assertThat(CaseHistory.holderPeriods(r.state.events(), r.now)).extracting(HolderPeriod::holder)
        .containsExactly(Holder.center(XINYUE), Holder.grid(G21), Holder.center(XINYUE));
  }

  @Test
  void aCaseNoCommunityCanSolveGoesToTheCityCenterAndIsSplitAcrossDepartments() {
    CaseRun r = new CaseRun("city-1");
    r.no(new Report(r.cid(), r.id, GW12, r.now, details("0302", Source.GRID_PATROL, Urgency.NORMAL, Optional.empty())),
        RejectionReason.OUT_OF_JURISDICTION);
    r.ok(new Report(r.cid(), r.id, GW12, r.now, CaseDetails.of(org.gridgov.core.category.CategoryCode.of("0302"),
        Source.GRID_PATROL, G12, Urgency.NORMAL, "施工扬尘，涉及多部门", Optional.empty())));
    r.ok(new Accept(r.cid(), r.id, CD_SHEZHAI, r.now));
    r.ok(new Assign(r.cid(), r.id, CD_SHEZHAI, r.now, Holder.grid(G12), ImmutableList.of()));
    r.ok(new Acknowledge(r.cid(), r.id, GW12, r.now));
    r.after(Duration.ofHours(2)).ok(new Escalate(r.cid(), r.id, GW12, r.now, false, "社区无法解决"));
    assertThat(r.state.holder()).contains(Holder.center(SHEZHAI));
    r.ok(new Escalate(r.cid(), r.id, CD_SHEZHAI, r.now, false, "跨社区"));
    assertThat(r.state.holder()).contains(Holder.center(TAIJI));
    r.ok(new Escalate(r.cid(), r.id, CD_TAIJI, r.now, false, "需多部门"));
    assertThat(r.state.holder()).contains(Holder.center(CITY));
    r.no(new Escalate(r.cid(), r.id, CD_CITY, r.now, false, "再上"), RejectionReason.INVALID_TRANSITION);
    r.no(new Assign(r.cid(), r.id, CD_TAIJI, r.now, Holder.department(HOUSING), ImmutableList.of()),
        RejectionReason.OUT_OF_JURISDICTION);
    r.ok(new LinkChild(r.cid(), r.id, CD_CITY, r.now, CaseId.of("city-1a")));
    r.ok(new Assign(r.cid(), r.id, CD_CITY, r.now, Holder.department(HOUSING), ImmutableList.of(LAW)));
    r.ok(new Acknowledge(r.cid(), r.id, DH_HOUSING, r.now));
    r.ok(new RequestExtension(r.cid(), r.id, DH_HOUSING, r.now, Duration.ofDays(3), "施工周期"));
    r.ok(new ApproveExtension(r.cid(), r.id, CD_CITY, r.now));
    assertThat(r.state.extension()).isEqualTo(Duration.ofDays(3));
    r.after(Duration.ofDays(6)).ok(new Tick(r.cid(), r.id, CD_CITY, r.now));
    assertThat(r.state.deadlineLight(r.now, CALENDAR)).contains(DeadlineLight.GREEN);
    r.ok(new SubmitResult(r.cid(), r.id, DH_HOUSING, r.now, "完成"));
    r.no(new Verify(r.cid(), r.id, DH_HOUSING, r.now, true, "自己核查"), RejectionReason.NOT_AUTHORISED);
    r.ok(new Verify(r.cid(), r.id, CD_CITY2, r.now, true, "通过"));
    r.ok(new Close(r.cid(), r.id, CD_CITY, r.now));
    assertThat(r.state.escalationCount()).isEqualTo(3);
    assertThat(r.state.children()).containsExactly(CaseId.of("city-1a"));
    assertThat(CaseHistory.timeInStatus(r.state.events(), r.now)).containsKeys(CaseStatus.REPORTED,
        CaseStatus.HANDLING, CaseStatus.VERIFIED).doesNotContainKey(CaseStatus.CLOSED);
  }
}
