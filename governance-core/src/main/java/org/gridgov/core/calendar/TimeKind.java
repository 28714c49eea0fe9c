package org.gridgov.core.calendar;

/**
 * How a time limit's clock runs.
 *
 * <p>Elapsed time of every kind is measured as a {@link java.time.Duration} of "counted" time, so a
 * limit of 4 working hours is 4 hours of counted time and one of 20 working days is 20 × 24 hours.
 */
public enum TimeKind {
  /** Continuous hours, around the clock (emergencies). */
  CONTINUOUS_HOURS,
  /** Working hours: only the calendar's working periods of working days count. */
  WORKING_HOURS,
  /** Working days: whole working days count, around the clock; rest days and holidays do not. */
  WORKING_DAYS,
  /** Natural days: every day counts, around the clock. */
  NATURAL_DAYS
}
