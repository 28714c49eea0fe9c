package org.gridgov.core.cases;

import java.time.Duration;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.calendar.BusinessCalendar;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.org.Organisation;

/**
 * What {@link CaseLoop#decide} consults besides the state and the command: the organisation (roles and
 * jurisdictions), the business calendar, the deadline table and the reopening window. All immutable.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param organisation  the organisation
 * @param calendar  the business calendar; it must cover the instants of the commands decided
 * @param deadlines  the deadline table
 * @param reopenWindow  how long after closure a dissatisfied case may be reopened (continuous time)
 */
public record DecisionContext(Organisation organisation, BusinessCalendar calendar, DeadlineTable deadlines,
    Duration reopenWindow) {

  /**
   * Creates the context.
   *
   * @throws InvalidInputException if a value is null or the window is negative
   */
  public DecisionContext {
    Checks.notNull(organisation, "organisation");
    Checks.notNull(calendar, "calendar");
    Checks.notNull(deadlines, "deadlines");
    Checks.notNull(reopenWindow, "reopenWindow");
    if (reopenWindow.isNegative()) {
      throw new InvalidInputException("reopenWindow", "must not be negative", reopenWindow);
    }
  }
}
