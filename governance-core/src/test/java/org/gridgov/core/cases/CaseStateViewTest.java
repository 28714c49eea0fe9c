package org.gridgov.core.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.core.cases.CaseFixture.*;
import static org.gridgov.core.cases.CaseSteps.*;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.gridgov.core.cases.CaseCommand.*;
import org.gridgov.core.evaluation.EvaluationDimension;
import org.gridgov.core.evaluation.Satisfaction;
import org.junit.jupiter.api.Test;

/** What a case's state says about it at each point of the loop, and when two states are equal. */
class CaseStateViewTest {

  @Test
  void aReportedCaseShowsItsDetailsAndNoSubmitter() {
    CaseDetails d = details("0102", Source.RESIDENT_SNAPSHOT, Urgency.NORMAL, Optional.of(RES1));
    CaseRun r = new CaseRun("view-1");
    assertThat(r.state.details()).isEmpty();
    assertThat(r.state.caseId()).isEqualTo(CaseId.of("view-1"));
    r.ok(new Report(r.cid(), r.id, RES1, r.now, d));
    assertThat(r.state.details()).contains(d);
    assertThat(r.state.submittedBy()).isEmpty();
    assertThat(r.state.closedAt()).isEmpty();
  }

  @Test
  void theSubmitterIsKnownUntilTheResultIsRejected() {
    CaseRun r = submitted("view-2");
    assertThat(r.state.submittedBy()).contains(GW11);
    r.ok(new Verify(r.cid(), r.id, CD_SHEZHAI, r.now, false, "返工"));
    assertThat(r.state.submittedBy()).isEmpty();
    assertThat(r.state.reworkCount()).isEqualTo(1);
  }

  @Test
  void aClosedCaseKnowsWhenItWasClosedEvenAfterLaterEvaluations() {
    CaseRun r = closed("view-3");
    Instant closedAt = r.now;
    assertThat(r.state.closedAt()).contains(closedAt);
    r.after(Duration.ofHours(3)).ok(rate(r, RES1, EvaluationDimension.RESIDENT_SATISFACTION, Satisfaction.SATISFIED));
    assertThat(r.state.closedAt()).contains(closedAt);
    assertThat(r.state.evaluations())
        .isEqualTo(ImmutableMap.of(EvaluationDimension.RESIDENT_SATISFACTION, Satisfaction.SATISFIED));
  }

  @Test
  void equalStatesHaveTheSameHistoryAndStatesOfDifferentHistoriesDiffer() {
    CaseRun r = handling("view-4");
    CaseState replayed = CaseLoop.replay(r.id, r.state.events());
    assertThat(replayed).isEqualTo(r.state).hasSameHashCodeAs(r.state);
    assertThat(r.state.equals(r.state)).isTrue();
    assertThat(r.state.equals(r.id)).isFalse();
    CaseState earlier = CaseLoop.replay(r.id, r.state.events().subList(0, 3));
    assertThat(earlier).isNotEqualTo(r.state);
    assertThat(CaseLoop.replay(CaseId.of("view-4b"), ImmutableList.of())).isNotEqualTo(CaseState.initial(r.id));
  }

  @Test
  void theRarePartsAreEqualExactlyWhenEveryFieldIs() {
    CaseState.Rare none = CaseState.Rare.NONE;
    assertThat(none.copy()).isEqualTo(none).hasSameHashCodeAs(none);
    assertThat(none.equals(none)).isTrue();
    assertThat(none.equals("rare")).isFalse();
    List<Consumer<CaseState.Rare>> edits = List.of(r -> r.reworks = 1, r -> r.reopens = 1, r -> r.escalations = 1,
        r -> r.parked = true, r -> r.parkedAt = T0, r -> r.coHandlers = ImmutableList.of(LAW),
        r -> r.evaluations = ImmutableMap.of(EvaluationDimension.RESULT, Satisfaction.SATISFIED),
        r -> r.duplicateOf = CaseId.of("orig"), r -> r.children = ImmutableList.of(CaseId.of("k")),
        r -> r.summonses = ImmutableList.of(new Summons(WATER, T0)), r -> r.reportedIn = ImmutableSet.of(WATER),
        r -> r.overdue = ImmutableSet.of(WATER));
    for (Consumer<CaseState.Rare> edit : edits) {
      CaseState.Rare changed = none.copy();
      edit.accept(changed);
      assertThat(changed).isNotEqualTo(none);
      assertThat(none).isNotEqualTo(changed);
    }
  }

  @Test
  void aStatesTextNamesCaseVersionStatusParkingAndHolder() {
    CaseRun r = accepted("view-5");
    assertThat(r.state.toString()).startsWith("CaseState[view-5 v2 ACCEPTED holder=").doesNotContain("parked");
    r.ok(new Park(r.cid(), r.id, CD_SHEZHAI, r.now, "停"));
    assertThat(r.state.toString()).startsWith("CaseState[view-5 v3 ACCEPTED parked holder=");
  }

  @Test
  void eachOpenStatusHasItsStepAndTheOthersNone() {
    assertThat(CaseStatus.REPORTED.step()).contains(Step.ACCEPT);
    assertThat(CaseStatus.ACCEPTED.step()).contains(Step.DISPATCH);
    assertThat(CaseStatus.HANDLING.step()).contains(Step.HANDLE);
    assertThat(CaseStatus.VERIFIED.step()).isEmpty();
    assertThat(CaseStatus.CLOSED.step()).isEmpty();
    assertThat(CaseStatus.VERIFIED.isOpen()).isTrue();
    assertThat(CaseStatus.DUPLICATE.isOpen()).isFalse();
  }
}
