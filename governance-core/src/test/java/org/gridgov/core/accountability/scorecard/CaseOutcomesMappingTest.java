package org.gridgov.core.accountability.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.core.accountability.scorecard.Fixtures.COMMUNITY;
import static org.gridgov.core.accountability.scorecard.Fixtures.GRID_1;
import static org.gridgov.core.accountability.scorecard.Fixtures.SANITATION;
import static org.gridgov.core.accountability.scorecard.Fixtures.WORKER_1;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.calendar.BusinessCalendar;
import org.gridgov.core.category.CategoryCode;
import org.gridgov.core.cases.CaseDetails;
import org.gridgov.core.cases.CaseEvent;
import org.gridgov.core.cases.CaseId;
import org.gridgov.core.cases.CaseStatus;
import org.gridgov.core.cases.CommandId;
import org.gridgov.core.cases.CommandKind;
import org.gridgov.core.cases.EventHeader;
import org.gridgov.core.cases.Holder;
import org.gridgov.core.cases.Source;
import org.gridgov.core.cases.Urgency;
import org.gridgov.core.evaluation.EvaluationDimension;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.org.DepartmentId;
import org.gridgov.core.org.PlaceId;
import org.gridgov.core.people.PersonId;
import org.junit.jupiter.api.Test;

/** How an audit trail maps to the facts scored: written event by event, without running commands. */
class CaseOutcomesMappingTest {
  private static final BusinessCalendar CALENDAR = BusinessCalendar.chinaMainland();
  private static final PersonId CD = PersonId.of("cd");
  private static final PersonId CD_SUB = PersonId.of("cd-sub");
  private static final PersonId DH = PersonId.of("dh");
  private static final PersonId RESIDENT = PersonId.of("r1");
  private static final Holder COMMUNITY_HOLDER = Holder.center(COMMUNITY);
  private static final Holder SUBDISTRICT_HOLDER = Holder.center(COMMUNITY.subdistrict());
  private static final DepartmentId WATER = DepartmentId.of("water");

  /** Writes a case's events with consecutive sequence numbers, minutes apart, statuses chained. */
  private static final class Trail {
    private final CaseId id = CaseId.of("case-1");
    private final List<CaseEvent> events = new ArrayList<>();
    private CaseStatus status = CaseStatus.NEW;
    private Instant at = Instant.parse("2022-05-02T02:00:00Z");

    Trail add(PersonId actor, CommandKind kind, CaseStatus to, Function<EventHeader, CaseEvent> event) {
      EventHeader h = new EventHeader(id, events.size() + 1, at, actor, CommandId.of("cmd-" + (events.size() + 1)),
          kind, status, to, Optional.empty());
      events.add(event.apply(h));
      status = to;
      at = at.plusSeconds(60);
      return this;
    }

    Trail report(Source source, PlaceId place) {
      return add(WORKER_1, CommandKind.REPORT, CaseStatus.REPORTED, h -> new CaseEvent.Reported(h,
          CaseDetails.of(CategoryCode.of("0102"), source, place, Urgency.NORMAL, "垃圾", Optional.empty()),
          COMMUNITY_HOLDER));
    }

    Trail accept() {
      return add(CD, CommandKind.ACCEPT, CaseStatus.ACCEPTED, CaseEvent.Accepted::new);
    }

    Trail assign(PersonId by, Holder dispatcher, Holder holder) {
      return add(by, CommandKind.ASSIGN, CaseStatus.ASSIGNED,
          h -> new CaseEvent.Assigned(h, dispatcher, holder, ImmutableList.of()));
    }

    Trail acknowledge(PersonId by) {
      return add(by, CommandKind.ACKNOWLEDGE, CaseStatus.HANDLING, CaseEvent.Acknowledged::new);
    }

    Trail evaluate(PersonId by, EvaluationDimension dimension, Satisfaction rating) {
      return add(by, CommandKind.EVALUATE, status, h -> new CaseEvent.Evaluated(h, dimension, rating));
    }

    CaseOutcome outcome() {
      return CaseOutcomes.fromHistory(events, CALENDAR);
    }
  }

  private static Trail reported(Source source) {
    return new Trail().report(source, GRID_1);
  }

  @Test
  void aHandlerThatReturnsTheCaseStillHasAnUnfinishedPartAndTheFirstDispatchIsScored() {
    Trail t = reported(Source.GRID_PATROL).accept()
        .assign(CD, COMMUNITY_HOLDER, Holder.department(SANITATION.department())).acknowledge(DH)
        .add(DH, CommandKind.RETURN, CaseStatus.ACCEPTED, h -> new CaseEvent.Returned(h,
            Holder.department(SANITATION.department()), COMMUNITY_HOLDER, "不归我管"))
        .add(CD, CommandKind.ESCALATE, CaseStatus.ACCEPTED,
            h -> new CaseEvent.Escalated(h, COMMUNITY_HOLDER, SUBDISTRICT_HOLDER))
        .assign(CD_SUB, SUBDISTRICT_HOLDER, Holder.department(WATER)).acknowledge(DH)
        .add(DH, CommandKind.SUBMIT_RESULT, CaseStatus.RESULT_SUBMITTED, h -> new CaseEvent.ResultSubmitted(h, "修好"))
        .add(CD_SUB, CommandKind.VERIFY, CaseStatus.VERIFIED, h -> new CaseEvent.Verified(h, true, "通过"))
        .evaluate(RESIDENT, EvaluationDimension.RESIDENT_SATISFACTION, Satisfaction.SATISFIED)
        .add(CD_SUB, CommandKind.CLOSE, CaseStatus.CLOSED, CaseEvent.Closed::new);

    CaseOutcome o = t.outcome();

    assertThat(o.reporterKind()).isEqualTo(ReporterKind.GRID_WORKER);
    assertThat(o.dispatch()).hasValueSatisfying(d -> {
      assertThat(d.dispatcher()).isEqualTo(new Subject.Center(COMMUNITY));
      assertThat(d.returns()).isEqualTo(1);
    });
    assertThat(o.handling()).extracting(HandlingRecord::handler)
        .containsExactly(SANITATION, new Subject.Department(WATER));
    assertThat(o.handling().get(0).finishedAt()).isEmpty();
    assertThat(o.handling().get(1).finishedAt()).isPresent();
    assertThat(o.verification().orElseThrow().by()).isEqualTo(new Subject.Center(COMMUNITY.subdistrict()));
    assertThat(o.closure().orElseThrow().by()).isEqualTo(new Subject.Center(COMMUNITY.subdistrict()));
    assertThat(o.evaluations().evaluations()).singleElement().satisfies(e -> {
      assertThat(e.rater()).isEqualTo(new Rater.Resident(RESIDENT));
      assertThat(e.ratee()).isEqualTo(new Subject.Department(WATER));
    });
  }

  @Test
  void voidedAndDuplicateCasesAreMarked() {
    CaseOutcome voided = reported(Source.RESIDENT_SNAPSHOT)
        .add(CD, CommandKind.VOID, CaseStatus.VOIDED, h -> new CaseEvent.Voided(h, "重复")).outcome();
    CaseOutcome duplicate = reported(Source.RESIDENT_SNAPSHOT).add(CD, CommandKind.MARK_DUPLICATE,
        CaseStatus.DUPLICATE, h -> new CaseEvent.MarkedDuplicate(h, CaseId.of("case-0"))).outcome();

    assertThat(voided.voided()).isTrue();
    assertThat(voided.valid()).isTrue();
    assertThat(duplicate.voided()).isFalse();
    assertThat(duplicate.valid()).isFalse();
    assertThat(reported(Source.RESIDENT_SNAPSHOT).accept().outcome().voided()).isFalse();
  }

  @Test
  void theSourceDecidesTheKindOfReporter() {
    assertThat(List.of(Source.GRID_PATROL, Source.RESIDENT_SNAPSHOT, Source.HOTLINE, Source.LEADER_ASSIGNMENT,
        Source.SINKING_CADRE)).extracting(s -> reported(s).outcome().reporterKind())
        .containsExactly(ReporterKind.GRID_WORKER, ReporterKind.RESIDENT, ReporterKind.OTHER, ReporterKind.UNIT,
            ReporterKind.UNIT);
    assertThat(reported(Source.HOTLINE).outcome().reporter()).contains(WORKER_1);
  }

  @Test
  void ratingsBeforeAnyResultAreOfTheDispatchingCenter() {
    Trail t = reported(Source.RESIDENT_SNAPSHOT).accept().assign(CD, COMMUNITY_HOLDER, Holder.grid(GRID_1))
        .evaluate(RESIDENT, EvaluationDimension.RESIDENT_SATISFACTION, Satisfaction.DISSATISFIED)
        .evaluate(WORKER_1, EvaluationDimension.BOTTOM_UP, Satisfaction.BASICALLY_SATISFIED);

    CaseOutcome o = t.outcome();

    Subject center = new Subject.Center(COMMUNITY);
    assertThat(o.evaluations().evaluations()).extracting(Evaluation::rater, Evaluation::ratee).containsExactly(
        org.assertj.core.groups.Tuple.tuple(new Rater.Resident(RESIDENT), center),
        org.assertj.core.groups.Tuple.tuple(new Rater.Unit(new Subject.GridWorker(WORKER_1)), center));
  }

  @Test
  void aRatingWithoutAnyoneToRateIsRefused() {
    Trail t = reported(Source.RESIDENT_SNAPSHOT).accept()
        .evaluate(RESIDENT, EvaluationDimension.RESIDENT_SATISFACTION, Satisfaction.SATISFIED);

    assertThatThrownBy(t::outcome).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("an evaluation must follow a handled and dispatched case");
  }

  @Test
  void onlyCasesReportedInAGridAreScored() {
    Trail t = new Trail().report(Source.HOTLINE, COMMUNITY);

    assertThatThrownBy(t::outcome).isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("events[0].details.place: must be a grid");
    assertThatThrownBy(() -> CaseOutcomes.fromHistory(List.of(), CALENDAR)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void withoutADispatchTheHoldingCenterAnswersForClosure() {
    CaseOutcome o = reported(Source.HOTLINE).accept().add(CD, CommandKind.CLOSE, CaseStatus.CLOSED,
        CaseEvent.Closed::new).outcome();

    assertThat(o.dispatch()).isEmpty();
    assertThat(o.closure()).hasValueSatisfying(c -> {
      assertThat(c.by()).isEqualTo(new Subject.Center(COMMUNITY));
      assertThat(c.done()).isTrue();
    });
  }

  @Test
  void anEscalationIsNotAReturnOfTheDispatch() {
    CaseOutcome o = reported(Source.GRID_PATROL).accept().assign(CD, COMMUNITY_HOLDER, Holder.grid(GRID_1))
        .acknowledge(WORKER_1).add(WORKER_1, CommandKind.ESCALATE, CaseStatus.ACCEPTED,
            h -> new CaseEvent.Escalated(h, Holder.grid(GRID_1), COMMUNITY_HOLDER))
        .outcome();

    assertThat(o.dispatch()).hasValueSatisfying(d -> {
      assertThat(d.returns()).isZero();
      assertThat(d.accurate()).isTrue();
    });
    assertThat(o.handling()).singleElement().satisfies(h -> {
      assertThat(h.handler()).isEqualTo(new Subject.GridWorker(WORKER_1));
      assertThat(h.finishedAt()).isEmpty();
    });
  }
}
