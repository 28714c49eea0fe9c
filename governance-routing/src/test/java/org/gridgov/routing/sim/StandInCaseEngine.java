package org.gridgov.routing.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.calendar.DeadlineLight;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.org.Level;
import org.gridgov.core.org.Organisation;
import org.gridgov.routing.CaseFacts;
import org.gridgov.routing.RoutingDecision;

/**
 * TEMPORARY test-only stand-in for the core's case loop, until the lead backs {@link CaseEngine} with the
 * core's {@code decide}/{@code evolve}. It tracks just enough state to drive the simulator.
 */
final class StandInCaseEngine implements CaseEngine {
  private final Organisation org;
  private final Map<CaseRef, State> cases = new HashMap<>();

  private static final class State {
    CaseFacts facts;
    CaseStatus status = CaseStatus.OPEN;
    Duration limit;
  }

  StandInCaseEngine(Organisation org) {
    this.org = org;
  }

  @Override
  public EngineStep open(CaseRef ref, NewCase report) {
    State s = new State();
    s.facts = CaseFacts.reported(report.category(), report.place(), report.grid(), report.urgency(),
        report.reportedAt());
    s.limit = report.limit().budget();
    cases.put(ref, s);
    return EngineStep.accepted(s.status, s.facts);
  }

  @Override
  public EngineStep route(CaseRef ref, RoutingDecision d, Instant at) {
    State s = cases.get(ref);
    if (s.status != CaseStatus.OPEN) {
      return EngineStep.rejected("NOT_OPEN", "only an open case can be routed", s.status, s.facts);
    }
    CaseFacts f = s.facts;
    if (d instanceof RoutingDecision.Escalate e) {
      s.facts = withEscalation(f.withHolder(e.to()));
    } else if (d instanceof RoutingDecision.HandToCenter c) {
      s.facts = withEscalation(f.withHolder(c.center()));
    } else if (d instanceof RoutingDecision.AssignDown a) {
      s.facts = f.withHolder(a.unit());
    } else if (d instanceof RoutingDecision.AssignDepartments || d instanceof RoutingDecision.BlowWhistle) {
      s.facts = f.withHolder(org.city());
    }
    return EngineStep.accepted(s.status, s.facts);
  }

  private static CaseFacts withEscalation(CaseFacts f) {
    return new CaseFacts(f.category(), f.place(), f.urgency(), f.holder(), f.escalations() + 1, f.light(),
        f.responsibilityUnclear(), f.lastFailedLevel(), f.reportedAt());
  }

  @Override
  public EngineStep startHandling(CaseRef ref, Instant at) {
    State s = cases.get(ref);
    if (s.status != CaseStatus.OPEN) {
      return EngineStep.rejected("NOT_OPEN", "handling starts on an open case", s.status, s.facts);
    }
    s.status = CaseStatus.IN_HANDLING;
    return EngineStep.accepted(s.status, s.facts);
  }

  @Override
  public EngineStep finishHandling(CaseRef ref, Level level, boolean solved, Instant at) {
    State s = cases.get(ref);
    if (s.status != CaseStatus.IN_HANDLING) {
      return EngineStep.rejected("NOT_IN_HANDLING", "no handling to finish", s.status, s.facts);
    }
    s.status = CaseStatus.OPEN;
    if (!solved) {
      CaseFacts f = s.facts;
      Level failed = f.lastFailedLevel().filter(l -> l.isAbove(level)).orElse(level);
      s.facts = new CaseFacts(f.category(), f.place(), f.urgency(), f.holder(), f.escalations(), f.light(),
          f.responsibilityUnclear(), Optional.of(failed), f.reportedAt());
    }
    return EngineStep.accepted(s.status, s.facts);
  }

  @Override
  public EngineStep verify(CaseRef ref, boolean passed, Instant at) {
    State s = cases.get(ref);
    return s.status == CaseStatus.OPEN ? EngineStep.accepted(s.status, s.facts)
        : EngineStep.rejected("NOT_OPEN", "only a handled case is verified", s.status, s.facts);
  }

  @Override
  public EngineStep close(CaseRef ref, Satisfaction rating, Instant at) {
    State s = cases.get(ref);
    if (s.status != CaseStatus.OPEN) {
      return EngineStep.rejected("NOT_OPEN", "only a verified case closes", s.status, s.facts);
    }
    s.status = CaseStatus.CLOSED;
    return EngineStep.accepted(s.status, s.facts);
  }

  @Override
  public CaseFacts facts(CaseRef ref, Instant at) {
    State s = cases.get(ref);
    Duration used = Duration.between(s.facts.reportedAt(), at);
    return s.facts.withLight(DeadlineLight.of(used.isNegative() ? Duration.ZERO : used, s.limit));
  }

  @Override
  public CaseStatus status(CaseRef ref) {
    return cases.get(ref).status;
  }
}
