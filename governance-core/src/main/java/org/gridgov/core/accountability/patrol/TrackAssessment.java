package org.gridgov.core.accountability.patrol;

import com.google.common.collect.ImmutableList;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;

/**
 * The judgement of one patrol's track: the distance covered with GPS noise removed, the flags, and
 * the status of the outside-the-grid check.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param patrol  the patrol judged
 * @param distanceMetres  the great-circle distance along the track, GPS noise excluded
 * @param flags  why the track is implausible, empty if plausible
 * @param outsideGridCheck  whether the outside-the-grid check passed, failed or could not run
 */
public record TrackAssessment(PatrolId patrol, double distanceMetres, ImmutableList<TrackFlag> flags,
    CheckStatus outsideGridCheck) {

  /**
   * Creates the assessment.
   *
   * @throws InvalidInputException if a component is null or the distance negative
   */
  public TrackAssessment {
    Checks.notNull(patrol, "patrol");
    if (!(distanceMetres >= 0)) {
      throw new InvalidInputException("distanceMetres", "must not be negative", distanceMetres);
    }
    Checks.noNulls(flags, "flags");
    Checks.notNull(outsideGridCheck, "outsideGridCheck");
  }

  /**
   * Returns whether no flag was raised. A track whose outside-the-grid check did not run can still be
   * plausible; {@link #outsideGridCheck()} says so.
   *
   * @return true if plausible
   */
  public boolean plausible() {
    return flags.isEmpty();
  }

  /**
   * Returns this assessment with one more flag.
   *
   * @param flag  the flag, not null
   * @return the new assessment, not null
   */
  public TrackAssessment withFlag(TrackFlag flag) {
    return new TrackAssessment(patrol, distanceMetres,
        ImmutableList.<TrackFlag>builder().addAll(flags).add(Checks.notNull(flag, "flag")).build(),
        outsideGridCheck);
  }
}
