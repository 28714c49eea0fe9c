package org.gridgov.core.accountability.patrol;

import com.google.common.collect.ImmutableSortedSet;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.people.PersonId;

/**
 * One person's daily attendance (日常考勤) over the days they were expected: the days with a check-in
 * and the days without.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param person  the person
 * @param attended  the expected days with at least one check-in
 * @param missed  the expected days without a check-in
 */
public record AttendanceRecord(PersonId person, ImmutableSortedSet<java.time.LocalDate> attended,
    ImmutableSortedSet<java.time.LocalDate> missed) {

  /**
   * Creates the record.
   *
   * @throws InvalidInputException if a component is null
   */
  public AttendanceRecord {
    Checks.notNull(person, "person");
    Checks.noNulls(attended, "attended");
    Checks.noNulls(missed, "missed");
  }

  /**
   * Returns the number of days expected.
   *
   * @return attended plus missed days
   */
  public int expectedDays() {
    return attended.size() + missed.size();
  }

  /**
   * Returns the attendance rate.
   *
   * @return attended days over expected days, 1 when no day was expected
   */
  public double rate() {
    return expectedDays() == 0 ? 1.0 : (double) attended.size() / expectedDays();
  }
}
