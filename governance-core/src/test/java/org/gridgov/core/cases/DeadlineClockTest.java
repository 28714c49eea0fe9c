package org.gridgov.core.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.core.cases.CaseFixture.*;
import static org.gridgov.core.cases.CaseSteps.*;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import org.gridgov.core.calendar.DeadlineLight;
import org.gridgov.core.calendar.TimeKind;
import org.gridgov.core.calendar.TimeLimit;
import org.gridgov.core.cases.CaseCommand.*;
import org.junit.jupiter.api.Test;

/**
 * The step clock: lights at the 80 % and 100 % boundaries, the warning and breach raised once each,
 * parking freezing the clock and extensions moving the due instant.
 */
class DeadlineClockTest {

  private static Decision tick(CaseRun r) {
    return r.send(new Tick(r.cid(), r.id, CD_CITY, r.now));
  }

  private static Duration used(CaseRun r) {
    return r.state.usedTime(r.now, CALENDAR).orElseThrow();
  }

  private static DeadlineLight light(CaseRun r) {
    return r.state.deadlineLight(r.now, CALENDAR).orElseThrow();
  }

  @Test
  void theIntakeClockTurnsYellowAtFourFifthsAndRedOnlyBeyondTheBudget() {
    CaseRun r = reported("clock-1");
    Instant reportedAt = r.now;
    assertThat(r.state.currentStep()).contains(Step.ACCEPT);
    assertThat(r.state.currentLimit()).contains(new TimeLimit(TimeKind.CONTINUOUS_HOURS, Duration.ofMinutes(30)));
    assertThat(r.state.dueAt(CALENDAR)).contains(reportedAt.plus(Duration.ofMinutes(30)));

    r.now = reportedAt.plus(Duration.ofMinutes(24)).minusSeconds(1);
    assertThat(used(r)).isEqualTo(Duration.ofMinutes(24).minusSeconds(1));
    assertThat(light(r)).isEqualTo(DeadlineLight.GREEN);
    assertThat(tick(r).newEvents()).isEmpty();
    assertThat(r.state.isWarned()).isFalse();

    r.now = reportedAt.plus(Duration.ofMinutes(24));
    assertThat(light(r)).isEqualTo(DeadlineLight.YELLOW);
    assertThat(tick(r).newEvents()).singleElement().isInstanceOfSatisfying(CaseEvent.DeadlineWarned.class,
        w -> assertThat(w.step()).isEqualTo(Step.ACCEPT));
    assertThat(r.state.isWarned()).isTrue();
    assertThat(r.state.isBreached()).isFalse();

    r.now = reportedAt.plus(Duration.ofMinutes(30));
    assertThat(light(r)).isEqualTo(DeadlineLight.YELLOW);
    assertThat(tick(r).newEvents()).isEmpty();

    r.now = reportedAt.plus(Duration.ofMinutes(30)).plusSeconds(1);
    assertThat(light(r)).isEqualTo(DeadlineLight.RED);
    assertThat(tick(r).newEvents()).singleElement().isInstanceOf(CaseEvent.DeadlineBreached.class);
    assertThat(r.state.isBreached()).isTrue();

    r.after(Duration.ofHours(3));
    assertThat(tick(r).newEvents()).isEmpty();
  }

  @Test
  void aTickLongAfterTheDueInstantRaisesTheWarningAndTheBreachTogetherInSequence() {
    CaseRun r = reported("clock-2");
    long v = r.state.version();
    r.after(Duration.ofHours(1));
    ImmutableList<CaseEvent> raised = tick(r).newEvents();
    assertThat(raised).hasSize(2);
    assertThat(raised.get(0)).isInstanceOf(CaseEvent.DeadlineWarned.class);
    assertThat(raised.get(1)).isInstanceOf(CaseEvent.DeadlineBreached.class);
    assertThat(raised).extracting(e -> e.header().sequence()).containsExactly(v + 1, v + 2);
    assertThat(r.state.isWarned()).isTrue();
    assertThat(r.state.isBreached()).isTrue();
  }

  @Test
  void aNewStepRestartsTheClockAndClearsTheFlags() {
    CaseRun r = reported("clock-3");
    r.after(Duration.ofHours(1));
    tick(r);
    r.ok(new Accept(r.cid(), r.id, CD_SHEZHAI, r.now));
    assertThat(r.state.currentStep()).contains(Step.DISPATCH);
    assertThat(r.state.isWarned()).isFalse();
    assertThat(r.state.isBreached()).isFalse();
    assertThat(used(r)).isZero();
    assertThat(r.state.dueAt(CALENDAR)).contains(r.now.plus(Duration.ofMinutes(30)));
  }

  @Test
  void aParkedCaseRaisesNothingAndItsClockStandsStillUntilResumed() {
    CaseRun r = accepted("clock-4");
    Instant start = r.now;
    r.after(Duration.ofMinutes(10)).ok(new Park(r.cid(), r.id, CD_SHEZHAI, r.now, "等待材料"));
    r.after(Duration.ofHours(2));
    assertThat(tick(r).newEvents()).isEmpty();
    assertThat(used(r)).isEqualTo(Duration.ofMinutes(10));
    assertThat(light(r)).isEqualTo(DeadlineLight.GREEN);
    assertThat(r.state.dueAt(CALENDAR)).isEmpty();
    assertThat(r.state.isWarned()).isFalse();

    r.ok(new Resume(r.cid(), r.id, CD_SHEZHAI, r.now));
    assertThat(r.state.events().get(r.state.events().size() - 1)).isInstanceOfSatisfying(CaseEvent.Resumed.class,
        e -> assertThat(e.pausedElapsed()).isEqualTo(Duration.ofMinutes(120)));
    assertThat(r.state.pausedTime()).isEqualTo(Duration.ofMinutes(120));
    assertThat(used(r)).isEqualTo(Duration.ofMinutes(10));
    assertThat(r.state.dueAt(CALENDAR)).contains(start.plus(Duration.ofMinutes(30 + 120)));

    r.now = r.now.plus(Duration.ofMinutes(14)).minusSeconds(1);
    assertThat(tick(r).newEvents()).isEmpty();
    r.after(Duration.ofSeconds(1));
    assertThat(used(r)).isEqualTo(Duration.ofMinutes(24));
    assertThat(tick(r).newEvents()).singleElement().isInstanceOf(CaseEvent.DeadlineWarned.class);
  }

  @Test
  void anApprovedExtensionMovesTheDueInstantAndTheLightBoundaries() {
    CaseRun r = handling("clock-5", Urgency.EMERGENCY);
    Instant start = r.now;
    assertThat(r.state.currentLimit()).contains(TimeLimit.continuousHours(4));
    assertThat(r.state.dueAt(CALENDAR)).contains(start.plus(Duration.ofHours(4)));
    r.ok(new RequestExtension(r.cid(), r.id, DH_EMERGENCY, r.now, Duration.ofHours(2), "抢修"));
    assertThat(r.state.dueAt(CALENDAR)).contains(start.plus(Duration.ofHours(4)));
    r.ok(new ApproveExtension(r.cid(), r.id, CD_SHEZHAI, r.now));
    assertThat(r.state.extension()).isEqualTo(Duration.ofHours(2));
    assertThat(r.state.dueAt(CALENDAR)).contains(start.plus(Duration.ofHours(6)));

    r.now = start.plus(Duration.ofMinutes(4 * 60 + 47));
    assertThat(light(r)).isEqualTo(DeadlineLight.GREEN);
    assertThat(tick(r).newEvents()).isEmpty();
    r.now = start.plus(Duration.ofMinutes(4 * 60 + 48));
    assertThat(light(r)).isEqualTo(DeadlineLight.YELLOW);
    r.now = start.plus(Duration.ofHours(6));
    assertThat(light(r)).isEqualTo(DeadlineLight.YELLOW);
    r.now = start.plus(Duration.ofHours(6)).plusSeconds(1);
    assertThat(light(r)).isEqualTo(DeadlineLight.RED);
  }

  /** An emergency case assigned to the emergency department and acknowledged by it. */
  private static CaseRun handling(String id, Urgency urgency) {
    CaseRun r = reported(id, urgency);
    r.ok(new Accept(r.cid(), r.id, CD_SHEZHAI, r.now));
    r.ok(new Assign(r.cid(), r.id, CD_SHEZHAI, r.now, Holder.department(EMERGENCY), ImmutableList.of()));
    r.ok(new Acknowledge(r.cid(), r.id, DH_EMERGENCY, r.now));
    return r;
  }

  @Test
  void aCaseWithoutAStepClockHasNoLightNoUsedTimeAndNoDueInstant() {
    CaseRun r = closed("clock-6");
    assertThat(r.state.currentStep()).isEmpty();
    assertThat(r.state.currentLimit()).isEmpty();
    assertThat(r.state.usedTime(r.now, CALENDAR)).isEmpty();
    assertThat(r.state.deadlineLight(r.now, CALENDAR)).isEmpty();
    assertThat(r.state.dueAt(CALENDAR)).isEmpty();
    r.after(Duration.ofDays(30));
    assertThat(tick(r).newEvents()).isEmpty();
  }

  @Test
  void aCaseNotYetReportedCannotBeTicked() {
    CaseRun r = new CaseRun("clock-7");
    assertThat(r.no(new Tick(r.cid(), r.id, CD_CITY, r.now), RejectionReason.INVALID_TRANSITION).message())
        .isEqualTo("the case has not been reported");
  }

  @Test
  void aSummonsIsOverdueOnlyAfterItsDueInstantAndOnlyOnce() {
    CaseRun r = accepted("clock-8");
    r.ok(new BlowWhistle(r.cid(), r.id, CHIEF_SHEZHAI, r.now, ImmutableList.of(WATER, HOUSING)));
    Instant due = r.now.plus(Duration.ofHours(2));
    r.after(Duration.ofMinutes(20)).ok(new ReportIn(r.cid(), r.id, DH_WATER, r.now, WATER));
    r.now = due;
    r.ok(new Assign(r.cid(), r.id, CD_SHEZHAI, r.now, Holder.grid(G11), ImmutableList.of()));
    assertThat(tick(r).newEvents()).isEmpty();
    r.now = due.plusSeconds(1);
    assertThat(tick(r).newEvents()).singleElement().isInstanceOfSatisfying(CaseEvent.ReportInOverdue.class,
        e -> assertThat(e.department()).isEqualTo(HOUSING));
    assertThat(r.state.overdueReportIns()).containsExactly(HOUSING);
    r.after(Duration.ofMinutes(5));
    assertThat(tick(r).newEvents()).isEmpty();
  }
}
