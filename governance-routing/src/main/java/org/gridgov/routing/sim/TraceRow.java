package org.gridgov.routing.sim;

import java.util.Optional;
import org.gridgov.core.evaluation.Satisfaction;

/**
 * One case's line in the per-case trace of a replication.
 *
 * @param index  the case's index in the workload
 * @param reportedAt  seconds after the start when it was reported
 * @param category  the category code
 * @param grid  the grid code
 * @param urgency  the urgency
 * @param solvableAt  the lowest level that could really solve it
 * @param status  its status at the end of the run
 * @param closedAt  seconds after the start when it closed, -1 if it did not
 * @param limitSeconds  its time limit in seconds
 * @param escalations  how often it was escalated or handed to the center
 * @param reworks  how often verification sent it back
 * @param attempts  how many handling attempts it had
 * @param handledBy  the unit or department that handled it last, empty string if none
 * @param rating  the resident's rating, if closed
 * @param reason  the reason of the last routing decision, empty string if none
 */
public record TraceRow(int index, long reportedAt, String category, String grid, String urgency, String solvableAt,
    SimulatedStatus status, long closedAt, long limitSeconds, int escalations, int reworks, int attempts,
    String handledBy, Optional<Satisfaction> rating, String reason) {

  /** The CSV header line. */
  public static final String CSV_HEADER = "index,reported_at,category,grid,urgency,solvable_at,status,closed_at,"
      + "limit_s,escalations,reworks,attempts,handled_by,rating,reason";

  /**
   * Returns whether the case closed within its time limit.
   *
   * @return true if closed on time
   */
  public boolean closedOnTime() {
    return status == SimulatedStatus.CLOSED && withinLimit(reportedAt, closedAt, limitSeconds);
  }

  /** Whether a case reported and closed at these seconds closed within its limit: the one definition of on time. */
  static boolean withinLimit(long reportedAt, long closedAt, long limitSeconds) {
    return closedAt - reportedAt <= limitSeconds;
  }

  /**
   * Returns the resolution time in seconds, if closed.
   *
   * @return the resolution time, -1 if not closed
   */
  public long resolutionSeconds() {
    return status == SimulatedStatus.CLOSED ? closedAt - reportedAt : -1;
  }

  /**
   * Returns the row as one CSV line (RFC 4180 quoting for the reason).
   *
   * @return the line without line break, not null
   */
  public String toCsv() {
    return index + "," + reportedAt + "," + category + "," + grid + "," + urgency + "," + solvableAt + ","
        + status + "," + closedAt + "," + limitSeconds + "," + escalations + "," + reworks + "," + attempts + ","
        + handledBy + "," + rating.map(Enum::name).orElse("") + ",\"" + reason.replace("\"", "\"\"") + "\"";
  }
}
