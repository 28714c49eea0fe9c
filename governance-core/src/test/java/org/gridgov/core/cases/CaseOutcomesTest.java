package org.gridgov.core.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.core.cases.CaseFixture.*;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.util.Optional;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.accountability.scorecard.CaseOutcome;
import org.gridgov.core.accountability.scorecard.CaseOutcomes;
import org.gridgov.core.accountability.scorecard.HandlingRecord;
import org.gridgov.core.accountability.scorecard.Rater;
import org.gridgov.core.accountability.scorecard.ReporterKind;
import org.gridgov.core.accountability.scorecard.Subject;
import org.gridgov.core.category.CategoryCode;
import org.gridgov.core.evaluation.EvaluationDimension;
import org.gridgov.core.evaluation.Satisfaction;
import org.junit.jupiter.api.Test;

/** A case's audit trail becomes the facts its scorecards count. */
class CaseOutcomesTest {

  private static CaseRun handledByGridWorker(Duration handling) {
    CaseRun r = new CaseRun("score-1");
    r.ok(new CaseCommand.Report(r.cid(), r.id, RES2, r.now, CaseDetails.of(CategoryCode.of("0102"),
        Source.RESIDENT_SNAPSHOT, G21, Urgency.NORMAL, "垃圾", Optional.of(RES2))));
    r.after(Duration.ofMinutes(10)).ok(new CaseCommand.Accept(r.cid(), r.id, CD_XINYUE, r.now));
    r.ok(new CaseCommand.Assign(r.cid(), r.id, CD_XINYUE, r.now, Holder.grid(G21), ImmutableList.of()));
    r.after(Duration.ofMinutes(20)).ok(new CaseCommand.Acknowledge(r.cid(), r.id, GW21, r.now));
    r.after(Duration.ofHours(1)).ok(new CaseCommand.SubmitResult(r.cid(), r.id, GW21, r.now, "清运"));
    r.ok(new CaseCommand.Verify(r.cid(), r.id, CD_XINYUE, r.now, false, "未清完"));
    r.after(handling).ok(new CaseCommand.SubmitResult(r.cid(), r.id, GW21, r.now, "清运完毕"));
    r.after(Duration.ofHours(1)).ok(new CaseCommand.Verify(r.cid(), r.id, CD_XINYUE, r.now, true, "通过"));
    r.ok(new CaseCommand.Evaluate(r.cid(), r.id, CD_XINYUE, r.now, EvaluationDimension.EFFICIENCY,
        Satisfaction.SATISFIED));
    r.ok(new CaseCommand.Evaluate(r.cid(), r.id, CD_XINYUE, r.now, EvaluationDimension.RESULT,
        Satisfaction.BASICALLY_SATISFIED));
    r.ok(new CaseCommand.Close(r.cid(), r.id, CD_XINYUE, r.now));
    r.ok(new CaseCommand.Evaluate(r.cid(), r.id, RES2, r.now, EvaluationDimension.RESIDENT_SATISFACTION,
        Satisfaction.DISSATISFIED));
    return r;
  }

  @Test
  void aReworkedCaseHandledByAGridWorker() {
    CaseRun r = handledByGridWorker(Duration.ofHours(2));
    CaseOutcome o = CaseOutcomes.fromHistory(r.state.events(), CALENDAR);
    Subject center = new Subject.Center(XINYUE);
    Subject worker = new Subject.GridWorker(GW21);
    assertThat(o.valid()).isTrue();
    assertThat(o.voided()).isFalse();
    assertThat(o.reporterKind()).isEqualTo(ReporterKind.RESIDENT);
    assertThat(o.grid()).isEqualTo(G21);
    assertThat(o.dispatch().orElseThrow().dispatcher()).isEqualTo(center);
    assertThat(o.dispatch().orElseThrow().accurate()).isTrue();
    assertThat(o.handling()).singleElement().satisfies(h -> {
      assertThat(h.handler()).isEqualTo(worker);
      assertThat(h.reworkCount()).isEqualTo(1);
      assertThat(h.onTime()).isTrue();
    });
    assertThat(o.verification().orElseThrow().by()).isEqualTo(center);
    assertThat(o.verification().orElseThrow().onTime()).isTrue();
    assertThat(o.closure().orElseThrow().done()).isTrue();
    assertThat(o.evaluations().evaluations()).hasSize(2);
    assertThat(o.evaluations().evaluations()).anySatisfy(e -> {
      assertThat(e.rater()).isEqualTo(new Rater.Unit(center));
      assertThat(e.ratee()).isEqualTo(worker);
      assertThat(e.ratings()).containsEntry(EvaluationDimension.RESULT, Satisfaction.BASICALLY_SATISFIED);
    });
    assertThat(o.evaluations().evaluations()).anySatisfy(e -> assertThat(e.rater()).isEqualTo(new Rater.Resident(RES2)));
  }

  @Test
  void handlingBeyondTheStepClockIsLate() {
    CaseOutcome late = CaseOutcomes.fromHistory(handledByGridWorker(Duration.ofDays(30)).state.events(), CALENDAR);
    assertThat(late.handling()).extracting(HandlingRecord::onTime).containsExactly(false);
  }

  @Test
  void anEscalatedCaseScoresEachHandlerThatHeldIt() {
    CaseRun r = new CaseRun("score-2");
    r.ok(new CaseCommand.Report(r.cid(), r.id, GW12, r.now, CaseDetails.of(CategoryCode.of("0302"),
        Source.GRID_PATROL, G12, Urgency.NORMAL, "扬尘", Optional.empty())));
    r.ok(new CaseCommand.Accept(r.cid(), r.id, CD_SHEZHAI, r.now));
    r.ok(new CaseCommand.Assign(r.cid(), r.id, CD_SHEZHAI, r.now, Holder.grid(G12), ImmutableList.of()));
    r.ok(new CaseCommand.Acknowledge(r.cid(), r.id, GW12, r.now));
    r.after(Duration.ofHours(2)).ok(new CaseCommand.Escalate(r.cid(), r.id, GW12, r.now, true, "多部门"));
    r.ok(new CaseCommand.Assign(r.cid(), r.id, CD_CITY, r.now, Holder.department(HOUSING), ImmutableList.of(LAW)));
    r.ok(new CaseCommand.Acknowledge(r.cid(), r.id, DH_HOUSING, r.now));
    r.after(Duration.ofHours(5)).ok(new CaseCommand.SubmitResult(r.cid(), r.id, DH_HOUSING, r.now, "完成"));
    r.ok(new CaseCommand.Verify(r.cid(), r.id, CD_CITY2, r.now, true, "通过"));
    r.ok(new CaseCommand.Evaluate(r.cid(), r.id, DH_HOUSING, r.now, EvaluationDimension.BOTTOM_UP,
        Satisfaction.SATISFIED));
    r.ok(new CaseCommand.Close(r.cid(), r.id, CD_CITY, r.now));
    CaseOutcome o = CaseOutcomes.fromHistory(r.state.events(), CALENDAR);
    assertThat(o.reporterKind()).isEqualTo(ReporterKind.GRID_WORKER);
    assertThat(o.reporter()).contains(GW12);
    assertThat(o.handling()).extracting(HandlingRecord::handler)
        .containsExactly(new Subject.GridWorker(GW12), new Subject.Department(HOUSING));
    assertThat(o.handling().get(0).finishedAt()).isEmpty();
    assertThat(o.handling().get(1).finishedAt()).isPresent();
    assertThat(o.verification().orElseThrow().by()).isEqualTo(new Subject.Center(CITY));
    assertThat(o.evaluations().evaluations()).singleElement().satisfies(e -> {
      assertThat(e.rater()).isEqualTo(new Rater.Unit(new Subject.Department(HOUSING)));
      assertThat(e.ratee()).isEqualTo(new Subject.Center(CITY));
    });
  }

  @Test
  void aHistoryMustStartWithTheReport() {
    CaseRun r = handledByGridWorker(Duration.ofHours(1));
    assertThatThrownBy(() -> CaseOutcomes.fromHistory(r.state.events().subList(1, 3), CALENDAR))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("events: must start with the case's report");
  }
}
