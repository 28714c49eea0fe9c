package org.gridgov.routing.sim;

import java.time.Instant;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.org.Level;
import org.gridgov.routing.CaseFacts;
import org.gridgov.routing.RoutingDecision;

/**
 * The seam through which the simulator drives cases: every change of a case's lifecycle goes through
 * here, so the simulator keeps no lifecycle of its own. A production engine translates each call into a
 * command for the core's case loop ({@code decide}/{@code evolve}) and projects the resulting state to
 * {@link CaseFacts}.
 *
 * <p>One engine serves one replication and is used from one thread.
 */
public interface CaseEngine {

  /**
   * Opens a case from a report (受理); the reporting grid holds it.
   *
   * @param ref  the simulator's reference for the case, not null
   * @param report  the report, not null
   * @return the step, normally accepted with status {@link CaseStatus#OPEN}, not null
   */
  EngineStep open(CaseRef ref, NewCase report);

  /**
   * Applies a routing decision (分流交办): a new holder, assignment to departments, supervision.
   *
   * @param ref  the case, not null
   * @param decision  the decision, not null
   * @param at  when, not null
   * @return the step, not null
   */
  EngineStep route(CaseRef ref, RoutingDecision decision, Instant at);

  /**
   * Starts handling by the assigned unit or department.
   *
   * @param ref  the case, not null
   * @param at  when, not null
   * @return the step, not null
   */
  EngineStep startHandling(CaseRef ref, Instant at);

  /**
   * Finishes a handling attempt, solved or not; an unsolved attempt records the level that failed.
   *
   * @param ref  the case, not null
   * @param level  the level that handled it (city for the center and departments), not null
   * @param solved  whether the attempt solved the problem
   * @param at  when, not null
   * @return the step, not null
   */
  EngineStep finishHandling(CaseRef ref, Level level, boolean solved, Instant at);

  /**
   * Verifies the result (核查); a failed verification sends the case back for rework (返工).
   *
   * @param ref  the case, not null
   * @param passed  whether verification passed
   * @param at  when, not null
   * @return the step, not null
   */
  EngineStep verify(CaseRef ref, boolean passed, Instant at);

  /**
   * Closes a verified case with the resident's rating (结案, 反馈评价).
   *
   * @param ref  the case, not null
   * @param rating  the resident's rating, not null
   * @param at  when, not null
   * @return the step, normally accepted with status {@link CaseStatus#CLOSED}, not null
   */
  EngineStep close(CaseRef ref, Satisfaction rating, Instant at);

  /**
   * Returns the case's current routing facts, with the deadline light as of a time.
   *
   * @param ref  the case, not null
   * @param at  when, not null
   * @return the facts, not null
   */
  CaseFacts facts(CaseRef ref, Instant at);

  /**
   * Returns the case's current status.
   *
   * @param ref  the case, not null
   * @return the status, not null
   */
  CaseStatus status(CaseRef ref);
}
