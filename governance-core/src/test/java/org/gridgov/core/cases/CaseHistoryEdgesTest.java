package org.gridgov.core.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.core.cases.CaseFixture.*;
import static org.gridgov.core.cases.CaseSteps.*;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Duration;
import java.time.Instant;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.cases.CaseCommand.*;
import org.gridgov.core.evaluation.EvaluationDimension;
import org.gridgov.core.evaluation.Satisfaction;
import org.junit.jupiter.api.Test;

/** Holder periods and time in status over escalations, returns, closing and reopening. */
class CaseHistoryEdgesTest {

  private static Instant at(int minutes) {
    return T0.plus(Duration.ofMinutes(minutes));
  }

  /** Reported at 0, accepted 10, to grid 20, escalated 60, to sanitation 120, returned 180, voided 240. */
  private static CaseRun passedAroundAndVoided() {
    CaseRun r = reported("hist-1");
    r.now = at(10);
    r.ok(new Accept(r.cid(), r.id, CD_SHEZHAI, r.now));
    r.now = at(20);
    r.ok(new Assign(r.cid(), r.id, CD_SHEZHAI, r.now, Holder.grid(G11), ImmutableList.of()));
    r.now = at(60);
    r.ok(new Escalate(r.cid(), r.id, GW11, r.now, false, "网格无法处置"));
    r.now = at(120);
    r.ok(new Assign(r.cid(), r.id, CD_SHEZHAI, r.now, Holder.department(SANITATION), ImmutableList.of()));
    r.now = at(180);
    r.ok(new Return(r.cid(), r.id, DH_SANITATION, r.now, "非本部门"));
    r.now = at(200);
    r.ok(new Tick(r.cid(), r.id, CD_CITY, r.now));
    r.now = at(240);
    r.ok(new VoidReport(r.cid(), r.id, CD_SHEZHAI, r.now, "无法处理"));
    return r;
  }

  @Test
  void everyChangeOfHolderStartsAPeriodAndTheEndOfTheCaseEndsTheLast() {
    CaseRun r = passedAroundAndVoided();
    Holder center = Holder.center(SHEZHAI);
    assertThat(CaseHistory.holderPeriods(r.state.events(), at(600))).containsExactly(
        new HolderPeriod(center, at(0), at(20)), new HolderPeriod(Holder.grid(G11), at(20), at(60)),
        new HolderPeriod(center, at(60), at(120)), new HolderPeriod(Holder.department(SANITATION), at(120), at(180)),
        new HolderPeriod(center, at(180), at(240)));
  }

  @Test
  void timeInStatusSumsEveryStayInAnOpenStatus() {
    CaseRun r = passedAroundAndVoided();
    assertThat(CaseHistory.timeInStatus(r.state.events(), at(600))).isEqualTo(ImmutableMap.of(
        CaseStatus.REPORTED, Duration.ofMinutes(10),
        CaseStatus.ACCEPTED, Duration.ofMinutes(10 + 60 + 60),
        CaseStatus.ASSIGNED, Duration.ofMinutes(40 + 60)));
  }

  @Test
  void anOpenCasesLastPeriodRunsUntilTheGivenInstant() {
    CaseRun r = handling("hist-2");
    assertThat(CaseHistory.holderPeriods(r.state.events(), at(90))).last()
        .isEqualTo(new HolderPeriod(Holder.grid(G11), T0, at(90)))
        .satisfies(p -> assertThat(p.duration()).isEqualTo(Duration.ofMinutes(90)));
    assertThat(CaseHistory.timeInStatus(r.state.events(), at(90))).containsEntry(CaseStatus.HANDLING,
        Duration.ofMinutes(90));
  }

  @Test
  void aReopenedCaseStartsANewPeriodAtTheReopening() {
    CaseRun r = closed("hist-3");
    Instant closedAt = r.now;
    r.ok(rate(r, RES1, EvaluationDimension.RESIDENT_SATISFACTION, Satisfaction.DISSATISFIED));
    r.after(Duration.ofDays(1)).ok(new Reopen(r.cid(), r.id, RES1, r.now, "又脏了"));
    Instant until = r.now.plus(Duration.ofHours(2));
    ImmutableList<HolderPeriod> periods = CaseHistory.holderPeriods(r.state.events(), until);
    assertThat(periods.get(periods.size() - 2)).isEqualTo(new HolderPeriod(Holder.grid(G11), closedAt, closedAt));
    assertThat(periods.get(periods.size() - 1)).isEqualTo(new HolderPeriod(Holder.center(SHEZHAI), r.now, until));
    assertThat(CaseHistory.timeInStatus(r.state.events(), until)).containsEntry(CaseStatus.ACCEPTED,
        Duration.ofHours(2));
  }

  @Test
  void theEndInstantMayEqualButNotPrecedeTheLastEvent() {
    CaseRun r = passedAroundAndVoided();
    ImmutableList<CaseEvent> events = r.state.events();
    assertThat(CaseHistory.holderPeriods(events, at(240))).hasSize(5);
    assertThat(CaseHistory.timeInStatus(events, at(240))).hasSize(3);
    assertThatThrownBy(() -> CaseHistory.holderPeriods(events, at(240).minusNanos(1)))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("until: must not be before the last event");
    assertThatThrownBy(() -> CaseHistory.timeInStatus(events, at(240).minusNanos(1)))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("until: must not be before the last event");
    assertThat(CaseHistory.holderPeriods(ImmutableList.of(), T0)).isEmpty();
    assertThat(CaseHistory.timeInStatus(ImmutableList.of(), T0)).isEmpty();
  }
}
