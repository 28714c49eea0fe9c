package org.gridgov.core.accountability.scorecard;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.accountability.patrol.CheckIn;
import org.gridgov.core.accountability.patrol.DailyPatrolCompliance;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.org.GridId;
import org.gridgov.core.people.PersonId;

/**
 * One day of scoring input: the cases reported that day (with their facts as now known), the grid
 * workers rostered with their grids, who met the patrol duty and who checked in.
 *
 * <p>Cases are scored on their report date; when a case's facts change later (closure, evaluation),
 * the caller supplies the report date's record again and the scoreboard replaces it. This class is
 * immutable and thread-safe.
 *
 * @param date  the day
 * @param cases  the cases reported that day
 * @param roster  the grid workers on duty, with their grids
 * @param patrolMet  the rostered workers who met the patrol duty
 * @param checkedIn  the rostered workers who checked in
 */
public record DayRecord(LocalDate date, ImmutableList<CaseOutcome> cases, ImmutableMap<PersonId, GridId> roster,
    ImmutableSet<PersonId> patrolMet, ImmutableSet<PersonId> checkedIn) {

  /**
   * Creates the record.
   *
   * @throws InvalidInputException if a component is null, a case repeats, or someone met the patrol duty
   *     or checked in without being rostered
   */
  public DayRecord {
    Checks.notNull(date, "date");
    Checks.noNulls(cases, "cases");
    Checks.notNull(roster, "roster");
    Checks.noNulls(patrolMet, "patrolMet");
    Checks.noNulls(checkedIn, "checkedIn");
    if (cases.stream().map(CaseOutcome::caseRef).distinct().count() != cases.size()) {
      throw new InvalidInputException("cases", "must not repeat a case", date);
    }
    for (PersonId p : patrolMet) {
      if (!roster.containsKey(p)) {
        throw new InvalidInputException("patrolMet", "must name rostered workers only", p.value());
      }
    }
    for (PersonId p : checkedIn) {
      if (!roster.containsKey(p)) {
        throw new InvalidInputException("checkedIn", "must name rostered workers only", p.value());
      }
    }
  }

  /**
   * Obtains a day record from the day's patrol compliance results and check-ins; results and
   * check-ins of people not rostered, or of other days, are ignored.
   *
   * @param date  the day, not null
   * @param cases  the cases reported that day, not null
   * @param roster  the grid workers on duty with their grids, not null
   * @param patrolDays  patrol compliance results, not null
   * @param checkIns  check-ins, not null
   * @param zone  the time zone deciding a check-in's date, not null
   * @return the record, not null
   */
  public static DayRecord of(LocalDate date, Collection<CaseOutcome> cases, java.util.Map<PersonId, GridId> roster,
      Collection<DailyPatrolCompliance> patrolDays, Collection<CheckIn> checkIns, ZoneId zone) {
    Checks.notNull(date, "date");
    Checks.noNulls(patrolDays, "patrolDays");
    Checks.noNulls(checkIns, "checkIns");
    Checks.notNull(zone, "zone");
    ImmutableSet<PersonId> met = patrolDays.stream()
        .filter(d -> d.date().equals(date) && d.met() && roster.containsKey(d.worker()))
        .map(DailyPatrolCompliance::worker).collect(ImmutableSet.toImmutableSet());
    ImmutableSet<PersonId> in = checkIns.stream()
        .filter(c -> c.at().atZone(zone).toLocalDate().equals(date) && roster.containsKey(c.person()))
        .map(CheckIn::person).collect(ImmutableSet.toImmutableSet());
    return new DayRecord(date, ImmutableList.copyOf(Checks.noNulls(cases, "cases")),
        ImmutableMap.copyOf(Checks.notNull(roster, "roster")), met, in);
  }
}
