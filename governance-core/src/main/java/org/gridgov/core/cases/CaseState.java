package org.gridgov.core.cases;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.gridgov.core.calendar.BusinessCalendar;
import org.gridgov.core.calendar.DeadlineLight;
import org.gridgov.core.calendar.TimeLimit;
import org.gridgov.core.evaluation.EvaluationDimension;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.org.DepartmentId;
import org.gridgov.core.people.PersonId;

/**
 * The state of a case: always the fold of its events by {@link CaseLoop#evolve}.
 *
 * <p>Instances are effectively immutable and thread-safe: {@link CaseLoop#evolve} returns a new state and
 * shares the event history with the old one.
 */
public final class CaseState {

  final CaseId caseId;
  long version;
  Instant lastAt;
  CaseStatus status = CaseStatus.NEW;
  CaseDetails details;
  Holder holder;
  Holder dispatcher;
  ImmutableList<DepartmentId> coHandlers = ImmutableList.of();
  PersonId submittedBy;
  int reworks;
  int reopens;
  int escalations;
  boolean parked;
  Instant parkedAt;
  Step clockStep;
  Instant clockStart;
  TimeLimit clockLimit;
  Duration extension = Duration.ZERO;
  Duration paused = Duration.ZERO;
  boolean warned;
  boolean breached;
  Duration pendingExtension;
  ImmutableMap<EvaluationDimension, Satisfaction> evaluations = ImmutableMap.of();
  Instant closedAt;
  CaseId duplicateOf;
  ImmutableList<CaseId> children = ImmutableList.of();
  ImmutableList<Summons> summonses = ImmutableList.of();
  ImmutableSet<DepartmentId> reportedIn = ImmutableSet.of();
  ImmutableSet<DepartmentId> overdue = ImmutableSet.of();
  EventLog log;

  private CaseState(CaseId caseId) {
    this.caseId = caseId;
  }

  /**
   * Returns the state of a case before its first event.
   *
   * @param caseId  the case, not null
   * @return the empty state, not null
   */
  public static CaseState initial(CaseId caseId) {
    return new CaseState(Checks.notNull(caseId, "caseId"));
  }

  CaseState copy() {
    CaseState s = new CaseState(caseId);
    s.version = version;
    s.lastAt = lastAt;
    s.status = status;
    s.details = details;
    s.holder = holder;
    s.dispatcher = dispatcher;
    s.coHandlers = coHandlers;
    s.submittedBy = submittedBy;
    s.reworks = reworks;
    s.reopens = reopens;
    s.escalations = escalations;
    s.parked = parked;
    s.parkedAt = parkedAt;
    s.clockStep = clockStep;
    s.clockStart = clockStart;
    s.clockLimit = clockLimit;
    s.extension = extension;
    s.paused = paused;
    s.warned = warned;
    s.breached = breached;
    s.pendingExtension = pendingExtension;
    s.evaluations = evaluations;
    s.closedAt = closedAt;
    s.duplicateOf = duplicateOf;
    s.children = children;
    s.summonses = summonses;
    s.reportedIn = reportedIn;
    s.overdue = overdue;
    s.log = log;
    return s;
  }

  /**
   * Returns the case identifier.
   *
   * @return the identifier, not null
   */
  public CaseId caseId() {
    return caseId;
  }

  /**
   * Returns the version: the sequence number of the last event, 0 before the first.
   *
   * @return the version
   */
  public long version() {
    return version;
  }

  /**
   * Returns the instant of the last event.
   *
   * @return the instant, empty before the first event
   */
  public Optional<Instant> lastEventAt() {
    return Optional.ofNullable(lastAt);
  }

  /**
   * Returns the status.
   *
   * @return the status, not null
   */
  public CaseStatus status() {
    return status;
  }

  /**
   * Returns the reported details.
   *
   * @return the details, empty before the report
   */
  public Optional<CaseDetails> details() {
    return Optional.ofNullable(details);
  }

  /**
   * Returns the current holder (the lead handler while assigned to departments).
   *
   * @return the holder, empty before the report
   */
  public Optional<Holder> holder() {
    return Optional.ofNullable(holder);
  }

  /**
   * Returns the center that dispatched the case to its current handler; it verifies and closes.
   *
   * @return the dispatcher, empty if none has dispatched since the last escalation
   */
  public Optional<Holder> dispatcher() {
    return Optional.ofNullable(dispatcher);
  }

  /**
   * Returns the co-handling departments beside the lead holder.
   *
   * @return the co-handlers, not null
   */
  public ImmutableList<DepartmentId> coHandlers() {
    return coHandlers;
  }

  /**
   * Returns who submitted the current result.
   *
   * @return the person, empty if no result is pending or verified
   */
  public Optional<PersonId> submittedBy() {
    return Optional.ofNullable(submittedBy);
  }

  /**
   * Returns the number of failed verifications (返工).
   *
   * @return the rework count
   */
  public int reworkCount() {
    return reworks;
  }

  /**
   * Returns how often the case was reopened.
   *
   * @return the reopen count
   */
  public int reopenCount() {
    return reopens;
  }

  /**
   * Returns how often the case was escalated.
   *
   * @return the escalation count
   */
  public int escalationCount() {
    return escalations;
  }

  /**
   * Returns whether the case is parked (挂账).
   *
   * @return true if parked
   */
  public boolean isParked() {
    return parked;
  }

  /**
   * Returns the step whose clock runs.
   *
   * @return the step, empty if no clock runs
   */
  public Optional<Step> currentStep() {
    return Optional.ofNullable(clockStep);
  }

  /**
   * Returns the time limit of the current step, without extensions.
   *
   * @return the limit, empty if no clock runs
   */
  public Optional<TimeLimit> currentLimit() {
    return Optional.ofNullable(clockLimit);
  }

  /**
   * Returns the approved extensions of the current step.
   *
   * @return the extra time, not null
   */
  public Duration extension() {
    return extension;
  }

  /**
   * Returns the time the current step's clock did not count because the case was parked.
   *
   * @return the paused time, in the limit's time kind, not null
   */
  public Duration pausedTime() {
    return paused;
  }

  /**
   * Returns whether the current step's deadline warning (yellow) was raised.
   *
   * @return true if warned
   */
  public boolean isWarned() {
    return warned;
  }

  /**
   * Returns whether the current step's deadline breach (red) was raised.
   *
   * @return true if breached
   */
  public boolean isBreached() {
    return breached;
  }

  /**
   * Returns the extension awaiting approval.
   *
   * @return the requested extra time, empty if none pending
   */
  public Optional<Duration> pendingExtension() {
    return Optional.ofNullable(pendingExtension);
  }

  /**
   * Returns the evaluations of the current round.
   *
   * @return the ratings by dimension, not null
   */
  public ImmutableMap<EvaluationDimension, Satisfaction> evaluations() {
    return evaluations;
  }

  /**
   * Returns the instant of the last closure.
   *
   * @return the instant, empty if never closed or reopened since
   */
  public Optional<Instant> closedAt() {
    return Optional.ofNullable(closedAt);
  }

  /**
   * Returns the case this one duplicates.
   *
   * @return the original, empty unless marked duplicate
   */
  public Optional<CaseId> duplicateOf() {
    return Optional.ofNullable(duplicateOf);
  }

  /**
   * Returns the linked child cases.
   *
   * @return the children, not null
   */
  public ImmutableList<CaseId> children() {
    return children;
  }

  /**
   * Returns every department summoned by a whistle.
   *
   * @return the summonses, not null
   */
  public ImmutableList<Summons> summonses() {
    return summonses;
  }

  /**
   * Returns the summoned departments that reported in.
   *
   * @return the departments, not null
   */
  public ImmutableSet<DepartmentId> reportedIn() {
    return reportedIn;
  }

  /**
   * Returns the summoned departments flagged as overdue.
   *
   * @return the departments, not null
   */
  public ImmutableSet<DepartmentId> overdueReportIns() {
    return overdue;
  }

  /**
   * Returns the history, oldest first.
   *
   * @return the events, not null
   */
  public ImmutableList<CaseEvent> events() {
    return EventLog.toList(log);
  }

  /**
   * Returns the time counted on the current step's clock at an instant: elapsed time in the limit's
   * time kind, less the time parked; a parked clock stands still.
   *
   * @param at  the instant, not null
   * @param calendar  the business calendar, not null
   * @return the used time, empty if no clock runs
   */
  public Optional<Duration> usedTime(Instant at, BusinessCalendar calendar) {
    Checks.notNull(at, "at");
    Checks.notNull(calendar, "calendar");
    return clockStep == null ? Optional.empty() : Optional.of(used(at, calendar));
  }

  /**
   * Returns the deadline light of the current step at an instant: green, yellow at 80 % of the limit
   * plus extensions, red when overdue.
   *
   * @param at  the instant, not null
   * @param calendar  the business calendar, not null
   * @return the light, empty if no clock runs
   */
  public Optional<DeadlineLight> deadlineLight(Instant at, BusinessCalendar calendar) {
    Checks.notNull(at, "at");
    Checks.notNull(calendar, "calendar");
    return clockStep == null ? Optional.empty() : Optional.of(light(at, calendar));
  }

  /**
   * Returns the instant the current step falls due, given no further parking or extension.
   *
   * @param calendar  the business calendar, not null
   * @return the due instant, empty if no clock runs or the case is parked
   */
  public Optional<Instant> dueAt(BusinessCalendar calendar) {
    Checks.notNull(calendar, "calendar");
    if (clockStep == null || parked) {
      return Optional.empty();
    }
    return Optional.of(calendar.advance(clockLimit.kind(), clockStart, budget().plus(paused)));
  }

  Duration budget() {
    return clockLimit.budget().plus(extension);
  }

  Duration used(Instant at, BusinessCalendar calendar) {
    Instant end = parked ? parkedAt : at;
    Duration used = calendar.elapsed(clockLimit.kind(), clockStart, end).minus(paused);
    return used.isNegative() ? Duration.ZERO : used;
  }

  DeadlineLight light(Instant at, BusinessCalendar calendar) {
    return DeadlineLight.of(used(at, calendar), budget());
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof CaseState s)) {
      return false;
    }
    return version == s.version && reworks == s.reworks && reopens == s.reopens && escalations == s.escalations
        && parked == s.parked && warned == s.warned && breached == s.breached && caseId.equals(s.caseId)
        && status == s.status && clockStep == s.clockStep && Objects.equals(lastAt, s.lastAt)
        && Objects.equals(details, s.details) && Objects.equals(holder, s.holder)
        && Objects.equals(dispatcher, s.dispatcher) && coHandlers.equals(s.coHandlers)
        && Objects.equals(submittedBy, s.submittedBy) && Objects.equals(parkedAt, s.parkedAt)
        && Objects.equals(clockStart, s.clockStart) && Objects.equals(clockLimit, s.clockLimit)
        && extension.equals(s.extension) && paused.equals(s.paused)
        && Objects.equals(pendingExtension, s.pendingExtension) && evaluations.equals(s.evaluations)
        && Objects.equals(closedAt, s.closedAt) && Objects.equals(duplicateOf, s.duplicateOf)
        && children.equals(s.children) && summonses.equals(s.summonses) && reportedIn.equals(s.reportedIn)
        && overdue.equals(s.overdue) && Objects.equals(log, s.log);
  }

  @Override
  public int hashCode() {
    return Objects.hash(caseId, version, status, holder, reworks);
  }

  @Override
  public String toString() {
    return "CaseState[" + caseId + " v" + version + " " + status + (parked ? " parked" : "") + " holder=" + holder
        + " dispatcher=" + dispatcher + " step=" + clockStep + " reworks=" + reworks + "]";
  }
}
