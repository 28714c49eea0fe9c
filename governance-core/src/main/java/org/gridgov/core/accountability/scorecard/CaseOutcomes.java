package org.gridgov.core.accountability.scorecard;

import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.accountability.CaseRef;
import org.gridgov.core.calendar.BusinessCalendar;
import org.gridgov.core.cases.CaseDetails;
import org.gridgov.core.cases.CaseEvent;
import org.gridgov.core.cases.CaseLoop;
import org.gridgov.core.cases.CaseState;
import org.gridgov.core.cases.CaseStatus;
import org.gridgov.core.cases.Holder;
import org.gridgov.core.cases.Source;
import org.gridgov.core.evaluation.EvaluationDimension;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.org.GridId;
import org.gridgov.core.people.PersonId;

/**
 * Derives a case's {@link CaseOutcome} for scoring from its audit trail, replaying the events through
 * the case loop so that due instants come from the case's own step clocks (with approved extensions and
 * parked time).
 *
 * <p>Mapping: the first dispatch is scored for the dispatching center, with the number of returns (回退);
 * each handling unit that held the case in handling gets a part, due when its handling clock ran out and
 * finished at its last result submission (none if the case moved on by escalation or return), the last
 * one carrying the rework count; the passed verification and the closure are scored for the dispatching
 * center, the closure against the verification's due instant; evaluations are grouped per rater. A
 * grid holder is scored as the grid worker who acted for it. A step completed while no clock ran is
 * judged on time.
 */
public final class CaseOutcomes {
  private CaseOutcomes() {}

  /**
   * Derives the outcome of one case from its events.
   *
   * @param events  the case's events in sequence order, starting with the report, not null
   * @param calendar  the calendar the case's deadlines run on, not null
   * @return the outcome, not null
   * @throws InvalidInputException if the events are empty, do not start with a report, or the report's
   *     place is not at grid level or below
   */
  public static CaseOutcome fromHistory(List<CaseEvent> events, BusinessCalendar calendar) {
    Checks.noNulls(events, "events");
    Checks.notNull(calendar, "calendar");
    if (events.isEmpty() || !(events.get(0) instanceof CaseEvent.Reported reported)) {
      throw new InvalidInputException("events", "must start with the case's report");
    }
    CaseDetails details = reported.details();
    if (!(details.place() instanceof GridId grid)) {
      throw new InvalidInputException("events[0].details.place", "must be a grid to be scored",
          details.place().code());
    }
    PersonId reporter = reported.header().actor();
    CaseOutcome.Builder out = CaseOutcome.builder(CaseRef.of(reported.header().caseId().value()), details.category(),
        grid, reported.header().at()).reporter(kindOf(details.source()), reporter);
    Map<Subject, HandlingRecord> handling = new LinkedHashMap<>();
    Map<Rater, Map<EvaluationDimension, Satisfaction>> ratings = new LinkedHashMap<>();
    Map<Rater, Subject> ratees = new LinkedHashMap<>();
    Subject lastHandler = null;
    Instant verificationDue = null;
    int returns = 0;
    Instant dispatchedAt = null;
    Subject dispatcher = null;
    CaseState state = CaseState.initial(reported.header().caseId());
    for (CaseEvent e : events) {
      Instant at = e.header().at();
      Instant due = state.dueAt(calendar).orElse(at);
      if (e instanceof CaseEvent.Accepted) {
        out.valid(true);
      } else if (e instanceof CaseEvent.Voided) {
        out.voided(true);
      } else if (e instanceof CaseEvent.MarkedDuplicate) {
        out.valid(false);
      } else if (e instanceof CaseEvent.Assigned a && dispatcher == null) {
        dispatcher = subject(a.dispatcher(), e.header().actor());
        dispatchedAt = at;
      } else if (e instanceof CaseEvent.ResultSubmitted) {
        lastHandler = subject(state.holder().orElseThrow(), e.header().actor());
        handling.put(lastHandler, new HandlingRecord(lastHandler, due, Optional.of(at), 0));
      } else if (e instanceof CaseEvent.Escalated || e instanceof CaseEvent.Returned) {
        if (e instanceof CaseEvent.Returned) {
          returns++;
        }
        if (state.status() == CaseStatus.HANDLING) {
          Subject left = subject(state.holder().orElseThrow(), e.header().actor());
          handling.putIfAbsent(left, new HandlingRecord(left, due, Optional.empty(), 0));
        }
      } else if (e instanceof CaseEvent.Verified v && v.passed()) {
        verificationDue = due;
        out.verification(StepRecord.done(centerOf(state, e), due, at));
      } else if (e instanceof CaseEvent.Closed) {
        out.closure(StepRecord.done(centerOf(state, e), verificationDue != null ? verificationDue : due, at));
      } else if (e instanceof CaseEvent.Evaluated ev) {
        rate(state, ev, lastHandler, ratings, ratees);
      }
      state = CaseLoop.evolve(state, e);
    }
    if (dispatcher != null) {
      out.dispatch(new DispatchRecord(dispatcher, dispatchedAt, returns));
    }
    for (HandlingRecord h : handling.values()) {
      int rework = h.handler().equals(lastHandler) ? state.reworkCount() : 0;
      out.handling(new HandlingRecord(h.handler(), h.due(), h.finishedAt(), rework));
    }
    ratings.forEach((rater, dims) -> out.evaluation(new Evaluation(rater, ratees.get(rater), ImmutableMap.copyOf(dims))));
    return out.build();
  }

  private static void rate(CaseState state, CaseEvent.Evaluated ev, Subject handler,
      Map<Rater, Map<EvaluationDimension, Satisfaction>> ratings, Map<Rater, Subject> ratees) {
    PersonId actor = ev.header().actor();
    Subject center = state.dispatcher().map(d -> subject(d, actor)).orElse(null);
    Rater rater;
    Subject ratee;
    switch (ev.dimension()) {
      case RESIDENT_SATISFACTION:
        rater = new Rater.Resident(actor);
        ratee = handler != null ? handler : center;
        break;
      case BOTTOM_UP:
        rater = new Rater.Unit(handler != null ? handler : new Subject.GridWorker(actor));
        ratee = center;
        break;
      default:
        rater = new Rater.Unit(center != null ? center : new Subject.GridWorker(actor));
        ratee = handler;
        break;
    }
    if (ratee == null) {
      throw new InvalidInputException("events", "an evaluation must follow a handled and dispatched case",
          ev.header().sequence());
    }
    ratings.computeIfAbsent(rater, r -> new LinkedHashMap<>()).put(ev.dimension(), ev.rating());
    ratees.putIfAbsent(rater, ratee);
  }

  private static Subject centerOf(CaseState state, CaseEvent e) {
    return state.dispatcher().map(d -> subject(d, e.header().actor()))
        .orElseGet(() -> subject(state.holder().orElseThrow(), e.header().actor()));
  }

  private static Subject subject(Holder holder, PersonId actor) {
    if (holder instanceof Holder.CenterHolder c) {
      return new Subject.Center(c.place());
    } else if (holder instanceof Holder.DepartmentHolder d) {
      return new Subject.Department(d.department());
    }
    return new Subject.GridWorker(actor);
  }

  private static ReporterKind kindOf(Source source) {
    switch (source) {
      case GRID_PATROL:
        return ReporterKind.GRID_WORKER;
      case RESIDENT_SNAPSHOT:
        return ReporterKind.RESIDENT;
      case LEADER_ASSIGNMENT:
      case SINKING_CADRE:
        return ReporterKind.UNIT;
      default:
        return ReporterKind.OTHER;
    }
  }
}
