package org.gridgov.core.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.core.cases.CaseFixture.*;
import static org.gridgov.core.cases.CaseSteps.*;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.cases.CaseCommand.*;
import org.gridgov.core.evaluation.EvaluationDimension;
import org.gridgov.core.evaluation.Satisfaction;
import org.junit.jupiter.api.Test;

/** Each transition's guard: which status, which sender and which arguments it refuses, and why. */
class CaseTransitionRulesTest {

  @Test
  void aCommandForAnotherCaseIsRejectedWithBothIdentifiers() {
    CaseRun r = reported("rule-a");
    Decision.Rejected no = r.no(new Accept(r.cid(), CaseId.of("rule-b"), CD_SHEZHAI, r.now), RejectionReason.WRONG_CASE);
    assertThat(no.message()).isEqualTo("the command is for case rule-b, not rule-a");
  }

  @Test
  void aCommandIdReusedForAnotherKindIsADuplicateNamingTheFirstKind() {
    CaseRun r = reported("rule-dup");
    CommandId used = r.state.events().get(0).header().command();
    Decision.Rejected no = r.no(new Accept(used, r.id, CD_SHEZHAI, r.now), RejectionReason.DUPLICATE_COMMAND);
    assertThat(no.message()).isEqualTo("command id " + used + " was already used by a REPORT command");
  }

  @Test
  void anEventOutOfSequenceNamesTheExpectedNumber() {
    CaseRun r = accepted("rule-seq");
    CaseEvent second = r.state.events().get(1);
    assertThatThrownBy(() -> CaseLoop.evolve(CaseState.initial(r.id), second))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("must have sequence number 1");
  }

  @Test
  void aParkedCaseTakesOnlyResumeReportInAndLinkChild() {
    CaseRun r = accepted("rule-park");
    r.ok(new BlowWhistle(r.cid(), r.id, CHIEF_SHEZHAI, r.now, ImmutableList.of(WATER)));
    r.ok(new Park(r.cid(), r.id, CD_SHEZHAI, r.now, "等待汛期结束"));
    assertThat(r.state.isParked()).isTrue();
    for (CaseCommand c : ImmutableList.<CaseCommand>of(
        new Assign(r.cid(), r.id, CD_SHEZHAI, r.now, Holder.grid(G11), ImmutableList.of()),
        new Park(r.cid(), r.id, CD_SHEZHAI, r.now, "再停"),
        new Escalate(r.cid(), r.id, CD_SHEZHAI, r.now, false, "上报"),
        new VoidReport(r.cid(), r.id, CD_SHEZHAI, r.now, "作废"))) {
      assertThat(r.no(c, RejectionReason.INVALID_TRANSITION).message()).isEqualTo("the case is parked; resume it first");
    }
    r.ok(new ReportIn(r.cid(), r.id, DH_WATER, r.now, WATER));
    r.ok(new LinkChild(r.cid(), r.id, CD_SHEZHAI, r.now, CaseId.of("rule-park-1")));
    assertThat(r.state.reportedIn()).containsExactly(WATER);
    assertThat(r.state.children()).containsExactly(CaseId.of("rule-park-1"));
    r.ok(new Resume(r.cid(), r.id, CD_SHEZHAI, r.now));
    assertThat(r.state.isParked()).isFalse();
    assertThat(r.no(new Resume(r.cid(), r.id, CD_SHEZHAI, r.now), RejectionReason.INVALID_TRANSITION).message())
        .isEqualTo("a RESUME command is not allowed in status ACCEPTED");
  }

  @Test
  void aRefusedCommandOnAParkedCaseSaysItIsParked() {
    CaseRun r = handling("rule-park-msg");
    r.ok(new Park(r.cid(), r.id, CD_SHEZHAI, r.now, "停"));
    assertThat(r.no(new LinkChild(r.cid(), r.id, CD_SHEZHAI, r.now, CaseId.of("k")), RejectionReason.INVALID_TRANSITION)
        .message()).isEqualTo("a LINK_CHILD command is not allowed in status HANDLING (parked)");
  }

  @Test
  void theDispatcherParksAndResumesAHandledCaseNotTheHandler() {
    CaseRun r = handling("rule-park-who");
    r.no(new Park(r.cid(), r.id, GW11, r.now, "停"), RejectionReason.NOT_AUTHORISED);
    r.no(new Park(r.cid(), r.id, CD_XINYUE, r.now, "停"), RejectionReason.OUT_OF_JURISDICTION);
    r.ok(new Park(r.cid(), r.id, CD_SHEZHAI, r.now, "停"));
    r.no(new Resume(r.cid(), r.id, GW11, r.now), RejectionReason.NOT_AUTHORISED);
    r.ok(new Resume(r.cid(), r.id, CD_SHEZHAI, r.now));
  }

  @Test
  void anEscalatedCaseWithoutDispatcherIsParkedByTheCenterHoldingIt() {
    CaseRun r = handling("rule-park-up");
    r.ok(new Escalate(r.cid(), r.id, GW11, r.now, false, "社区解决"));
    assertThat(r.state.dispatcher()).isEmpty();
    r.no(new Park(r.cid(), r.id, GW11, r.now, "停"), RejectionReason.NOT_AUTHORISED);
    r.ok(new Park(r.cid(), r.id, CHIEF_SHEZHAI, r.now, "停"));
    assertThat(r.state.isParked()).isTrue();
  }

  @Test
  void parkingIsAllowedWhileAcceptedAssignedOrHandlingOnly() {
    CaseRun reported = reported("rule-park-s1");
    assertThat(reported.no(new Park(reported.cid(), reported.id, CD_SHEZHAI, reported.now, "停"),
        RejectionReason.INVALID_TRANSITION).message()).isEqualTo("a PARK command is not allowed in status REPORTED");
    CaseRun submitted = submitted("rule-park-s2");
    submitted.no(new Park(submitted.cid(), submitted.id, CD_SHEZHAI, submitted.now, "停"),
        RejectionReason.INVALID_TRANSITION);
    for (CaseRun r : ImmutableList.of(accepted("rule-park-s3"), assignedToGrid("rule-park-s4"),
        handling("rule-park-s5"))) {
      CaseStatus before = r.state.status();
      r.ok(new Park(r.cid(), r.id, CD_SHEZHAI, r.now, "停"));
      assertThat(r.state.isParked()).isTrue();
      assertThat(r.state.status()).isEqualTo(before);
    }
  }

  @Test
  void aReportIsVoidedOrMarkedDuplicateOnlyBeforeAssignment() {
    CaseRun a = reported("rule-void-1");
    a.ok(new VoidReport(a.cid(), a.id, CD_SHEZHAI, a.now, "无效"));
    assertThat(a.state.status()).isEqualTo(CaseStatus.VOIDED);
    CaseRun b = accepted("rule-void-2");
    b.ok(new VoidReport(b.cid(), b.id, CD_SHEZHAI, b.now, "无效"));
    assertThat(b.state.status()).isEqualTo(CaseStatus.VOIDED);
    CaseRun c = assignedToGrid("rule-void-3");
    assertThat(c.no(new VoidReport(c.cid(), c.id, CD_SHEZHAI, c.now, "无效"), RejectionReason.INVALID_TRANSITION)
        .message()).isEqualTo("a VOID command is not allowed in status ASSIGNED");
    c.no(new MarkDuplicate(c.cid(), c.id, CD_SHEZHAI, c.now, CaseId.of("orig")), RejectionReason.INVALID_TRANSITION);

    CaseRun d = reported("rule-dup-1");
    d.ok(new MarkDuplicate(d.cid(), d.id, CD_SHEZHAI, d.now, CaseId.of("orig")));
    assertThat(d.state.status()).isEqualTo(CaseStatus.DUPLICATE);
    assertThat(d.state.duplicateOf()).contains(CaseId.of("orig"));
    CaseRun e = accepted("rule-dup-2");
    assertThat(e.no(new MarkDuplicate(e.cid(), e.id, CD_SHEZHAI, e.now, e.id), RejectionReason.INVALID_ARGUMENT)
        .message()).isEqualTo("a case cannot duplicate itself");
    e.ok(new MarkDuplicate(e.cid(), e.id, CD_SHEZHAI, e.now, CaseId.of("orig")));
    assertThat(e.state.duplicateOf()).contains(CaseId.of("orig"));
  }

  @Test
  void nobodyVerifiesTheirOwnResult() {
    CaseRun r = selfHandledBySubmitter("rule-verify");
    assertThat(r.no(new Verify(r.cid(), r.id, CD_SHEZHAI, r.now, true, "自查"), RejectionReason.NOT_AUTHORISED)
        .message()).isEqualTo("nobody verifies their own result");
    r.ok(new Verify(r.cid(), r.id, CHIEF_SHEZHAI, r.now, true, "总网格长核查"));
    assertThat(r.state.status()).isEqualTo(CaseStatus.VERIFIED);
  }

  @Test
  void aCaseReturnsToItsDispatcherFromAssignedOrHandlingOnly() {
    CaseRun a = assignedToGrid("rule-ret-1");
    a.ok(new Return(a.cid(), a.id, GW11, a.now, "不属本网格"));
    assertThat(a.state.status()).isEqualTo(CaseStatus.ACCEPTED);
    assertThat(a.state.holder()).contains(Holder.center(SHEZHAI));
    CaseRun b = handling("rule-ret-2");
    b.ok(new Return(b.cid(), b.id, GW11, b.now, "不属本网格"));
    assertThat(b.state.holder()).contains(Holder.center(SHEZHAI));
    CaseRun c = submitted("rule-ret-3");
    assertThat(c.no(new Return(c.cid(), c.id, GW11, c.now, "退回"), RejectionReason.INVALID_TRANSITION).message())
        .isEqualTo("a RETURN command is not allowed in status RESULT_SUBMITTED");
  }

  @Test
  void aCenterHandlingItsOwnCaseHasNobodyToReturnItTo() {
    CaseRun r = accepted("rule-ret-self");
    r.ok(new Assign(r.cid(), r.id, CD_SHEZHAI, r.now, Holder.center(SHEZHAI), ImmutableList.of()));
    assertThat(r.state.status()).isEqualTo(CaseStatus.ASSIGNED);
    assertThat(r.no(new Return(r.cid(), r.id, CD_SHEZHAI, r.now, "退回"), RejectionReason.INVALID_TRANSITION).message())
        .isEqualTo("the case has no other dispatcher to return to");
  }

  @Test
  void aReturnedCaseLosesItsCoHandlers() {
    CaseRun r = accepted("rule-ret-co");
    r.ok(new Assign(r.cid(), r.id, CD_SHEZHAI, r.now, Holder.department(SANITATION), ImmutableList.of(LAW)));
    assertThat(r.state.coHandlers()).containsExactly(LAW);
    r.ok(new Return(r.cid(), r.id, DH_SANITATION, r.now, "非本部门"));
    assertThat(r.state.coHandlers()).isEmpty();
    assertThat(r.state.holder()).contains(Holder.center(SHEZHAI));
  }

  @Test
  void anExtensionIsRequestedOnceAndThenApprovedOrDenied() {
    CaseRun r = handling("rule-ext");
    assertThat(r.no(new DenyExtension(r.cid(), r.id, CD_SHEZHAI, r.now), RejectionReason.INVALID_TRANSITION)
        .message()).isEqualTo("a DENY_EXTENSION command is not allowed in status HANDLING");
    r.no(new ApproveExtension(r.cid(), r.id, CD_SHEZHAI, r.now), RejectionReason.INVALID_TRANSITION);
    r.ok(new RequestExtension(r.cid(), r.id, GW11, r.now, Duration.ofDays(2), "材料未到"));
    assertThat(r.state.pendingExtension()).contains(Duration.ofDays(2));
    r.no(new RequestExtension(r.cid(), r.id, GW11, r.now, Duration.ofDays(1), "再延"),
        RejectionReason.INVALID_TRANSITION);
    r.no(new DenyExtension(r.cid(), r.id, GW11, r.now), RejectionReason.NOT_AUTHORISED);
    Decision denied = r.send(new DenyExtension(r.cid(), r.id, CD_SHEZHAI, r.now));
    assertThat(denied.newEvents()).singleElement().isInstanceOf(CaseEvent.ExtensionDenied.class);
    assertThat(r.state.pendingExtension()).isEmpty();
    assertThat(r.state.extension()).isZero();
    r.ok(new RequestExtension(r.cid(), r.id, GW11, r.now, Duration.ofDays(1), "再申请"));
    r.ok(new ApproveExtension(r.cid(), r.id, CD_SHEZHAI, r.now));
    assertThat(r.state.extension()).isEqualTo(Duration.ofDays(1));
    assertThat(r.state.pendingExtension()).isEmpty();
  }

  @Test
  void onlyTheCenterHoldingACaseLinksChildrenEachOnce() {
    CaseRun h = handling("rule-child-1");
    h.no(new LinkChild(h.cid(), h.id, CD_SHEZHAI, h.now, CaseId.of("k1")), RejectionReason.INVALID_TRANSITION);
    CaseRun r = accepted("rule-child-2");
    assertThat(r.no(new LinkChild(r.cid(), r.id, CD_SHEZHAI, r.now, r.id), RejectionReason.INVALID_ARGUMENT)
        .message()).isEqualTo("case rule-child-2 cannot be linked as a new child");
    r.ok(new LinkChild(r.cid(), r.id, CD_SHEZHAI, r.now, CaseId.of("k1")));
    r.no(new LinkChild(r.cid(), r.id, CD_SHEZHAI, r.now, CaseId.of("k1")), RejectionReason.INVALID_ARGUMENT);
    r.ok(new LinkChild(r.cid(), r.id, CD_SHEZHAI, r.now, CaseId.of("k2")));
    assertThat(r.state.children()).containsExactly(CaseId.of("k1"), CaseId.of("k2"));
  }

  @Test
  void anAssignmentMustNameAValidTargetWithinTheCenter() {
    CaseRun r = accepted("rule-assign");
    assertThat(r.no(new Assign(r.cid(), r.id, CD_SHEZHAI, r.now, Holder.grid(G11), ImmutableList.of(LAW)),
        RejectionReason.INVALID_ARGUMENT).message()).isEqualTo("co-handlers go only with a lead department");
    r.no(new Assign(r.cid(), r.id, CD_SHEZHAI, r.now, Holder.center(SHEZHAI), ImmutableList.of(LAW)),
        RejectionReason.INVALID_ARGUMENT);
    assertThat(r.no(new Assign(r.cid(), r.id, CD_SHEZHAI, r.now, Holder.center(XINYUE), ImmutableList.of()),
        RejectionReason.INVALID_ARGUMENT).message()).startsWith("center " + XINYUE + " is not within");
    r.no(new Assign(r.cid(), r.id, CD_SHEZHAI, r.now, Holder.center(TAIJI.community(9)), ImmutableList.of()),
        RejectionReason.INVALID_ARGUMENT);
    assertThat(r.no(new Assign(r.cid(), r.id, CD_SHEZHAI, r.now,
        Holder.department(org.gridgov.core.org.DepartmentId.of("no-such-dept")), ImmutableList.of()),
        RejectionReason.INVALID_ARGUMENT).message()).isEqualTo("department no-such-dept is unknown");
    r.no(new Assign(r.cid(), r.id, CD_SHEZHAI, r.now, Holder.department(LAW), ImmutableList.of(LAW)),
        RejectionReason.INVALID_ARGUMENT);
    r.no(new Assign(r.cid(), r.id, CD_SHEZHAI, r.now, Holder.department(LAW), ImmutableList.of(WATER, WATER)),
        RejectionReason.INVALID_ARGUMENT);
  }

  @Test
  void aHigherCenterPassesACaseDownToACommunityCenterAsAccepted() {
    CaseRun r = accepted("rule-down");
    r.ok(new Escalate(r.cid(), r.id, CD_SHEZHAI, r.now, false, "跨社区"));
    assertThat(r.state.holder()).contains(Holder.center(TAIJI));
    r.ok(new Assign(r.cid(), r.id, CD_TAIJI, r.now, Holder.center(SHEZHAI), ImmutableList.of()));
    assertThat(r.state.status()).isEqualTo(CaseStatus.ACCEPTED);
    assertThat(r.state.holder()).contains(Holder.center(SHEZHAI));
    assertThat(r.state.dispatcher()).contains(Holder.center(TAIJI));
    assertThat(r.state.currentStep()).contains(Step.DISPATCH);
  }

  @Test
  void evaluationsAreMadeOncePerDimensionByTheRightPeople() {
    CaseRun r = submitted("rule-eval");
    r.ok(new Verify(r.cid(), r.id, CD_SHEZHAI, r.now, true, "通过"));
    assertThat(r.no(rate(r, GW11, EvaluationDimension.EFFICIENCY, Satisfaction.SATISFIED),
        RejectionReason.NOT_AUTHORISED).message()).startsWith("gw11 does not act for the dispatcher");
    r.no(rate(r, CD_XINYUE, EvaluationDimension.RESULT, Satisfaction.SATISFIED), RejectionReason.OUT_OF_JURISDICTION);
    assertThat(r.no(rate(r, GW12, EvaluationDimension.BOTTOM_UP, Satisfaction.SATISFIED),
        RejectionReason.OUT_OF_JURISDICTION).message()).startsWith("gw12 does not act for the handler");
    r.ok(rate(r, CD_SHEZHAI, EvaluationDimension.EFFICIENCY, Satisfaction.SATISFIED));
    assertThat(r.no(rate(r, CD_SHEZHAI, EvaluationDimension.EFFICIENCY, Satisfaction.DISSATISFIED),
        RejectionReason.INVALID_TRANSITION).message()).isEqualTo("the case was already evaluated on EFFICIENCY");
    r.ok(rate(r, GW11, EvaluationDimension.BOTTOM_UP, Satisfaction.BASICALLY_SATISFIED));
    assertThat(r.state.evaluations()).containsOnly(
        java.util.Map.entry(EvaluationDimension.EFFICIENCY, Satisfaction.SATISFIED),
        java.util.Map.entry(EvaluationDimension.BOTTOM_UP, Satisfaction.BASICALLY_SATISFIED));
  }

  @Test
  void nobodyEvaluatesTheirOwnWork() {
    CaseRun r = selfHandledBySubmitter("rule-eval-self");
    r.ok(new Verify(r.cid(), r.id, CHIEF_SHEZHAI, r.now, true, "通过"));
    assertThat(r.no(rate(r, CD_SHEZHAI, EvaluationDimension.EFFICIENCY, Satisfaction.SATISFIED),
        RejectionReason.NOT_AUTHORISED).message()).isEqualTo("nobody evaluates their own work");
    assertThat(r.no(rate(r, CD_SHEZHAI, EvaluationDimension.BOTTOM_UP, Satisfaction.SATISFIED),
        RejectionReason.NOT_AUTHORISED).message()).isEqualTo("nobody evaluates their own work");
    r.ok(rate(r, CHIEF_SHEZHAI, EvaluationDimension.EFFICIENCY, Satisfaction.SATISFIED));
  }

  @Test
  void aCaseIsEscalatedWhileAcceptedAssignedOrHandlingOnly() {
    CaseRun a = assignedToGrid("rule-esc-1");
    a.ok(new Escalate(a.cid(), a.id, GW11, a.now, false, "网格无法处置"));
    assertThat(a.state.holder()).contains(Holder.center(SHEZHAI));
    assertThat(a.state.status()).isEqualTo(CaseStatus.ACCEPTED);
    CaseRun b = submitted("rule-esc-2");
    assertThat(b.no(new Escalate(b.cid(), b.id, GW11, b.now, false, "上报"), RejectionReason.INVALID_TRANSITION)
        .message()).isEqualTo("a ESCALATE command is not allowed in status RESULT_SUBMITTED");
  }

  @Test
  void onlyADissatisfiedResidentsClosedCaseIsReopenedByTheReporterOrDispatcher() {
    CaseRun satisfied = closed("rule-reopen-1");
    satisfied.no(new Reopen(satisfied.cid(), satisfied.id, RES1, satisfied.now, "不满意"),
        RejectionReason.INVALID_TRANSITION);
    satisfied.ok(rate(satisfied, RES1, EvaluationDimension.RESIDENT_SATISFACTION, Satisfaction.SATISFIED));
    assertThat(satisfied.no(new Reopen(satisfied.cid(), satisfied.id, RES1, satisfied.now, "不满意"),
        RejectionReason.INVALID_TRANSITION).message())
        .isEqualTo("only a case the resident is dissatisfied with is reopened");

    CaseRun r = closed("rule-reopen-2");
    r.ok(rate(r, RES1, EvaluationDimension.RESIDENT_SATISFACTION, Satisfaction.DISSATISFIED));
    assertThat(r.no(new Reopen(r.cid(), r.id, OUTSIDER, r.now, "路过"), RejectionReason.NOT_AUTHORISED).message())
        .startsWith("outsider is neither the reporter nor acts for");
    r.no(new Reopen(r.cid(), r.id, CD_XINYUE, r.now, "代办"), RejectionReason.OUT_OF_JURISDICTION);
    r.ok(new Reopen(r.cid(), r.id, CD_SHEZHAI, r.now, "居民不满意"));
    assertThat(r.state.status()).isEqualTo(CaseStatus.ACCEPTED);
    assertThat(r.state.evaluations()).isEmpty();
  }

  @Test
  void theReopeningWindowCountsFromTheClosingNotFromTheLastEvaluation() {
    CaseRun r = closed("rule-window");
    java.time.Instant closedAt = r.now;
    r.after(Duration.ofHours(1)).ok(rate(r, RES1, EvaluationDimension.RESIDENT_SATISFACTION,
        Satisfaction.DISSATISFIED));
    assertThat(r.state.closedAt()).contains(closedAt);
    r.now = closedAt.plus(Duration.ofDays(7)).plusSeconds(1);
    assertThat(r.no(new Reopen(r.cid(), r.id, RES1, r.now, "迟了"), RejectionReason.OUTSIDE_WINDOW).message())
        .isEqualTo("the reopening window of PT168H after closure at " + closedAt + " has passed");
    CaseRun s = closed("rule-window-edge");
    s.ok(rate(s, RES1, EvaluationDimension.RESIDENT_SATISFACTION, Satisfaction.DISSATISFIED));
    s.after(Duration.ofDays(7)).ok(new Reopen(s.cid(), s.id, RES1, s.now, "最后一天"));
    assertThat(s.state.reopenCount()).isEqualTo(1);
  }

  @Test
  void aWhistleSummonsKnownDepartmentsNotAlreadyPending() {
    CaseRun r = accepted("rule-whistle");
    assertThat(r.no(new BlowWhistle(r.cid(), r.id, CHIEF_SHEZHAI, r.now, ImmutableList.of()),
        RejectionReason.INVALID_ARGUMENT).message()).isEqualTo("a whistle summons at least one department");
    r.no(new BlowWhistle(r.cid(), r.id, CHIEF_SHEZHAI, r.now,
        ImmutableList.of(org.gridgov.core.org.DepartmentId.of("no-such-dept"))), RejectionReason.INVALID_ARGUMENT);
    r.no(new BlowWhistle(r.cid(), r.id, CHIEF_SHEZHAI, r.now, ImmutableList.of(WATER, WATER)),
        RejectionReason.INVALID_ARGUMENT);
    r.ok(new BlowWhistle(r.cid(), r.id, CHIEF_SHEZHAI, r.now, ImmutableList.of(WATER, EMERGENCY)));
    assertThat(r.state.summonses()).extracting(Summons::department).containsExactly(WATER, EMERGENCY);
    assertThat(r.state.summonses()).extracting(Summons::due).containsOnly(r.now.plus(Duration.ofHours(2)));
    assertThat(r.no(new BlowWhistle(r.cid(), r.id, CHIEF_SHEZHAI, r.now, ImmutableList.of(WATER)),
        RejectionReason.INVALID_ARGUMENT).message()).isEqualTo("department water is unknown or already summoned");
    r.after(Duration.ofMinutes(30)).ok(new ReportIn(r.cid(), r.id, DH_WATER, r.now, WATER));
    r.ok(new BlowWhistle(r.cid(), r.id, CHIEF_SHEZHAI, r.now, ImmutableList.of(WATER)));
    r.no(new BlowWhistle(r.cid(), r.id, CHIEF_SHEZHAI, r.now, ImmutableList.of(EMERGENCY)),
        RejectionReason.INVALID_ARGUMENT);
    assertThat(r.state.summonses()).hasSize(3);
  }
}
