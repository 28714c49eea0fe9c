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
  /** The events; this state sees the first {@link #version()} of them. */
  EventLog log;
  /** The header of the last event, null before the first: the status and instant decisions check. */
  EventHeader last;
  CaseDetails details;
  Holder holder;
  Holder dispatcher;
  PersonId submittedBy;
  /** The header of the event that started the running step clock, null if none runs. */
  EventHeader clockHeader;
  Rare rare = Rare.NONE;

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
    s.log = log;
    s.last = last;
    s.details = details;
    s.holder = holder;
    s.dispatcher = dispatcher;
    s.submittedBy = submittedBy;
    s.clockHeader = clockHeader;
    s.rare = rare;
    return s;
  }

  /** Returns the clock adjustments of the current step (kept in the rare part: most steps have none). */
  ClockAdjustments adjustments() {
    return rare.adjustments;
  }

  /** Sets the clock adjustments of a fresh copy, copying the rare part only if they change. */
  void adjust(ClockAdjustments adjustments) {
    if (adjustments != rare.adjustments) {
      editRare().adjustments = adjustments;
    }
  }

  /** Returns the rare part for writing: a private copy, so that the previous state keeps its own. */
  Rare editRare() {
    rare = rare.copy();
    return rare;
  }

  /** Returns the step whose clock runs, null if none. */
  Step clockStep() {
    return clockHeader == null ? null : clockHeader.to().stepOrNull();
  }

  /** Returns the instant the running clock started, null if none runs. */
  Instant clockStart() {
    return clockHeader == null ? null : clockHeader.at();
  }

  /** Returns the limit of the running clock, null if none runs. */
  TimeLimit clockLimit() {
    return clockHeader == null ? null : clockHeader.clock().get();
  }

  Instant lastAt() {
    return last == null ? null : last.at();
  }

  /** Returns the instant of the closing event while the case is closed (only a reopening leaves CLOSED). */
  Instant closedAtOrNull() {
    if (status() != CaseStatus.CLOSED) {
      return null;
    }
    for (long i = version(); ; i--) {
      CaseEvent e = EventLog.get(log, i);
      if (e instanceof CaseEvent.Closed) {
        return e.header().at();
      }
    }
  }

  boolean parked() {
    return rare.parked;
  }

  /**
   * The clock adjustments of the current step: approved extensions, time parked, a pending extension
   * request and the raised deadline flags. Reset to {@link #NONE} whenever a step clock starts or stops.
   */
  record ClockAdjustments(Duration extension, Duration paused, Duration pendingOrNull, boolean warned,
      boolean breached) {
    static final ClockAdjustments NONE = new ClockAdjustments(Duration.ZERO, Duration.ZERO, null, false, false);

    ClockAdjustments withPending(Duration pending) {
      return new ClockAdjustments(extension, paused, pending, warned, breached);
    }

    ClockAdjustments approve(Duration amount) {
      return new ClockAdjustments(extension.plus(amount), paused, null, warned, breached);
    }

    ClockAdjustments pausedFor(Duration elapsed) {
      return new ClockAdjustments(extension, paused.plus(elapsed), pendingOrNull, warned, breached);
    }

    ClockAdjustments warn() {
      return new ClockAdjustments(extension, paused, pendingOrNull, true, breached);
    }

    ClockAdjustments breach() {
      return new ClockAdjustments(extension, paused, pendingOrNull, warned, true);
    }
  }

  /**
   * The parts of a state that most events leave alone (counters, parking, clock adjustments, evaluations,
   * co-handlers, children, whistle summonses). The closing instant is not kept: it is the closing event's.
   * Successive states share one instance until an event changes it; the shared {@link #NONE} and any
   * instance reachable from a published state are never written.
   */
  static final class Rare {
    static final Rare NONE = new Rare();

    int reworks;
    int reopens;
    int escalations;
    boolean parked;
    Instant parkedAt;
    ImmutableList<DepartmentId> coHandlers = ImmutableList.of();
    ImmutableMap<EvaluationDimension, Satisfaction> evaluations = ImmutableMap.of();
    CaseId duplicateOf;
    ImmutableList<CaseId> children = ImmutableList.of();
    ImmutableList<Summons> summonses = ImmutableList.of();
    ImmutableSet<DepartmentId> reportedIn = ImmutableSet.of();
    ImmutableSet<DepartmentId> overdue = ImmutableSet.of();
    ClockAdjustments adjustments = ClockAdjustments.NONE;

    Rare copy() {
      Rare r = new Rare();
      r.reworks = reworks;
      r.reopens = reopens;
      r.escalations = escalations;
      r.parked = parked;
      r.parkedAt = parkedAt;
      r.coHandlers = coHandlers;
      r.evaluations = evaluations;
      r.duplicateOf = duplicateOf;
      r.children = children;
      r.summonses = summonses;
      r.reportedIn = reportedIn;
      r.overdue = overdue;
      r.adjustments = adjustments;
      return r;
    }

    @Override
    public boolean equals(Object o) {
      if (this == o) {
        return true;
      }
      if (!(o instanceof Rare r)) {
        return false;
      }
      return reworks == r.reworks && reopens == r.reopens && escalations == r.escalations && parked == r.parked
          && Objects.equals(parkedAt, r.parkedAt) && coHandlers.equals(r.coHandlers)
          && evaluations.equals(r.evaluations)
          && Objects.equals(duplicateOf, r.duplicateOf) && children.equals(r.children)
          && summonses.equals(r.summonses) && reportedIn.equals(r.reportedIn) && overdue.equals(r.overdue)
          && adjustments.equals(r.adjustments);
    }

    @Override
    public int hashCode() {
      return Objects.hash(reworks, reopens, escalations, parked);
    }
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
    return last == null ? 0 : last.sequence();
  }

  /**
   * Returns the instant of the last event.
   *
   * @return the instant, empty before the first event
   */
  public Optional<Instant> lastEventAt() {
    return Optional.ofNullable(lastAt());
  }

  /**
   * Returns the status.
   *
   * @return the status, not null
   */
  public CaseStatus status() {
    return last == null ? CaseStatus.NEW : last.to();
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
    return rare.coHandlers;
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
    return rare.reworks;
  }

  /**
   * Returns how often the case was reopened.
   *
   * @return the reopen count
   */
  public int reopenCount() {
    return rare.reopens;
  }

  /**
   * Returns how often the case was escalated.
   *
   * @return the escalation count
   */
  public int escalationCount() {
    return rare.escalations;
  }

  /**
   * Returns whether the case is parked (挂账).
   *
   * @return true if parked
   */
  public boolean isParked() {
    return rare.parked;
  }

  /**
   * Returns the step whose clock runs.
   *
   * @return the step, empty if no clock runs
   */
  public Optional<Step> currentStep() {
    return Optional.ofNullable(clockStep());
  }

  /**
   * Returns the time limit of the current step, without extensions.
   *
   * @return the limit, empty if no clock runs
   */
  public Optional<TimeLimit> currentLimit() {
    return Optional.ofNullable(clockLimit());
  }

  /**
   * Returns the approved extensions of the current step.
   *
   * @return the extra time, not null
   */
  public Duration extension() {
    return rare.adjustments.extension();
  }

  /**
   * Returns the time the current step's clock did not count because the case was parked.
   *
   * @return the paused time, in the limit's time kind, not null
   */
  public Duration pausedTime() {
    return rare.adjustments.paused();
  }

  /**
   * Returns whether the current step's deadline warning (yellow) was raised.
   *
   * @return true if warned
   */
  public boolean isWarned() {
    return rare.adjustments.warned();
  }

  /**
   * Returns whether the current step's deadline breach (red) was raised.
   *
   * @return true if breached
   */
  public boolean isBreached() {
    return rare.adjustments.breached();
  }

  /**
   * Returns the extension awaiting approval.
   *
   * @return the requested extra time, empty if none pending
   */
  public Optional<Duration> pendingExtension() {
    return Optional.ofNullable(rare.adjustments.pendingOrNull());
  }

  /**
   * Returns the evaluations of the current round.
   *
   * @return the ratings by dimension, not null
   */
  public ImmutableMap<EvaluationDimension, Satisfaction> evaluations() {
    return rare.evaluations;
  }

  /**
   * Returns the instant of the last closure.
   *
   * @return the instant, empty if never closed or reopened since
   */
  public Optional<Instant> closedAt() {
    return Optional.ofNullable(closedAtOrNull());
  }

  /**
   * Returns the case this one duplicates.
   *
   * @return the original, empty unless marked duplicate
   */
  public Optional<CaseId> duplicateOf() {
    return Optional.ofNullable(rare.duplicateOf);
  }

  /**
   * Returns the linked child cases.
   *
   * @return the children, not null
   */
  public ImmutableList<CaseId> children() {
    return rare.children;
  }

  /**
   * Returns every department summoned by a whistle.
   *
   * @return the summonses, not null
   */
  public ImmutableList<Summons> summonses() {
    return rare.summonses;
  }

  /**
   * Returns the summoned departments that reported in.
   *
   * @return the departments, not null
   */
  public ImmutableSet<DepartmentId> reportedIn() {
    return rare.reportedIn;
  }

  /**
   * Returns the summoned departments flagged as overdue.
   *
   * @return the departments, not null
   */
  public ImmutableSet<DepartmentId> overdueReportIns() {
    return rare.overdue;
  }

  /**
   * Returns the history, oldest first.
   *
   * @return the events, not null
   */
  public ImmutableList<CaseEvent> events() {
    return EventLog.toList(log, version());
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
    return clockStep() == null ? Optional.empty() : Optional.of(used(at, calendar));
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
    return clockStep() == null ? Optional.empty() : Optional.of(light(at, calendar));
  }

  /**
   * Returns the instant the current step falls due, given no further parking or extension.
   *
   * @param calendar  the business calendar, not null
   * @return the due instant, empty if no clock runs or the case is parked
   */
  public Optional<Instant> dueAt(BusinessCalendar calendar) {
    Checks.notNull(calendar, "calendar");
    if (clockStep() == null || rare.parked) {
      return Optional.empty();
    }
    return Optional.of(calendar.advance(clockLimit().kind(), clockStart(), budget().plus(rare.adjustments.paused())));
  }

  Duration budget() {
    return clockLimit().budget().plus(rare.adjustments.extension());
  }

  Duration used(Instant at, BusinessCalendar calendar) {
    Instant end = rare.parked ? rare.parkedAt : at;
    Duration used = calendar.elapsed(clockLimit().kind(), clockStart(), end).minus(rare.adjustments.paused());
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
    return caseId.equals(s.caseId) && status() == s.status() && clockStep() == s.clockStep()
        && Objects.equals(details, s.details) && Objects.equals(holder, s.holder)
        && Objects.equals(dispatcher, s.dispatcher) && Objects.equals(submittedBy, s.submittedBy)
        && Objects.equals(clockStart(), s.clockStart()) && Objects.equals(clockLimit(), s.clockLimit())
        && rare.equals(s.rare) && EventLog.equal(log, version(), s.log, s.version());
  }

  @Override
  public int hashCode() {
    return Objects.hash(caseId, version(), status(), holder, rare.reworks);
  }

  @Override
  public String toString() {
    return "CaseState[" + caseId + " v" + version() + " " + status() + (rare.parked ? " parked" : "") + " holder="
        + holder + " dispatcher=" + dispatcher + " step=" + clockStep() + " reworks=" + rare.reworks + "]";
  }
}
