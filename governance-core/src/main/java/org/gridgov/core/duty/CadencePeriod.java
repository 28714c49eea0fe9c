package org.gridgov.core.duty;

/** The calendar period over which a duty's minimum count is measured. */
public enum CadencePeriod {
  /** A calendar day. */
  DAY,
  /** A calendar week, Monday to Sunday. */
  WEEK,
  /** A calendar month. */
  MONTH,
  /** A calendar quarter. */
  QUARTER,
  /** A calendar year. */
  YEAR
}
