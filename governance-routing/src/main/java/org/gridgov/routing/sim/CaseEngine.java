package org.gridgov.routing.sim;

import java.time.Instant;
import java.util.Optional;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.org.Level;
import org.gridgov.routing.CaseFacts;
import org.gridgov.routing.RoutingDecision;
import org.gridgov.routing.RoutingException;

/**
 * The seam through which the simulator drives cases: every change of a case's lifecycle goes through
 * here, so the simulator keeps no lifecycle of its own. {@link CoreCaseEngine} translates each call into
 * commands for the core's case loop ({@code CaseLoop.decide}/{@code evolve}) and projects the case state
 * to {@link CaseFacts}.
 *
 * <p>A step the case loop rejects is a bug in the engine or the policy, never a simulated outcome: every
 * method throws {@link RoutingException} naming the rejection. One engine serves one replication and is
 * used from one thread.
 */
public interface CaseEngine {

  /**
   * Opens a case from a report (受理问题): the grid worker reports it and the community center accepts it.
   *
   * @param ref  the simulator's reference for the case, not null
   * @param report  the report, not null
   * @throws RoutingException if the case loop rejects a step
   */
  void open(CaseRef ref, NewCase report);

  /**
   * Opens a case from a report whose grid the caller has numbered, so that the engine may keep what it
   * needs per grid in an array instead of looking the grid identifier up: the same grid must always get
   * the same number, and different grids different numbers. Behaves exactly like
   * {@link #open(CaseRef, NewCase)}, which the default implementation calls.
   *
   * @param ref  the simulator's reference for the case, not null
   * @param report  the report, not null
   * @param gridNumber  the caller's number for the report's grid, at least 0
   * @throws RoutingException if the case loop rejects a step
   * @throws InvalidInputException if the grid number is negative
   */
  default void open(CaseRef ref, NewCase report, int gridNumber) {
    if (gridNumber < 0) {
      throw new InvalidInputException("gridNumber", "must be at least 0", gridNumber);
    }
    open(ref, report);
  }

  /**
   * Applies a routing decision (分流交办) of the case's holder: handle here, assign down, escalate, hand
   * to the city center, assign departments, blow the whistle, or supervise. A decision that places the
   * case with a handler leaves it signed for (签收) and in handling.
   *
   * @param ref  the case, not null
   * @param decision  the decision, not null
   * @param at  when, not null
   * @throws RoutingException if the case loop rejects a step
   */
  void route(CaseRef ref, RoutingDecision decision, Instant at);

  /**
   * Starts a handling attempt by the handler the case was placed with; the case must be in handling.
   *
   * @param ref  the case, not null
   * @param at  when, not null
   * @throws RoutingException if the case is not in handling
   */
  void startHandling(CaseRef ref, Instant at);

  /**
   * Finishes a handling attempt: a solved attempt submits a result; an unsolved one gives the case up
   * (returned to the dispatching center, or escalated when the holder dispatched it to itself) and
   * records the level that failed.
   *
   * @param ref  the case, not null
   * @param level  the level that handled it (city for the center and departments), not null
   * @param solved  whether the attempt solved the problem
   * @param at  when, not null
   * @throws RoutingException if the case loop rejects a step
   */
  void finishHandling(CaseRef ref, Level level, boolean solved, Instant at);

  /**
   * Verifies the result (核查); a failed verification sends the case back for rework (返工).
   *
   * @param ref  the case, not null
   * @param passed  whether verification passed
   * @param at  when, not null
   * @throws RoutingException if the case loop rejects a step
   */
  void verify(CaseRef ref, boolean passed, Instant at);

  /**
   * Closes a verified case with the resident's rating (反馈评价, 结案).
   *
   * @param ref  the case, not null
   * @param rating  the resident's rating, not null
   * @param at  when, not null
   * @throws RoutingException if the case loop rejects a step
   */
  void close(CaseRef ref, Satisfaction rating, Instant at);

  /**
   * Returns the case's current routing facts, with the deadline light as of a time.
   *
   * @param ref  an open case, not null
   * @param at  when, not null
   * @return the facts, not null
   */
  CaseFacts facts(CaseRef ref, Instant at);

  /**
   * Returns how often the case has been escalated or handed to the city center so far: the escalation
   * count of its {@link #facts facts}, which the default implementation builds to read it.
   *
   * @param ref  an open case, not null
   * @param at  when, not null
   * @return the count, at least 0
   */
  default int escalations(CaseRef ref, Instant at) {
    return facts(ref, at).escalations();
  }

  /**
   * Returns when the deadline light of the case's current step next changes colour (green → yellow →
   * red), if no further step happens.
   *
   * @param ref  the case, not null
   * @param at  the current time, not null
   * @return the instant, empty if no clock runs or the light is already red
   */
  Optional<Instant> nextLightChange(CaseRef ref, Instant at);

  /**
   * Returns the case's current status.
   *
   * @param ref  the case, not null
   * @return the status, not null
   */
  SimulatedStatus status(CaseRef ref);
}
