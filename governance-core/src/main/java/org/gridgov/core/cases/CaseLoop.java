package org.gridgov.core.cases;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.calendar.DeadlineLight;
import org.gridgov.core.calendar.TimeLimit;
import org.gridgov.core.cases.CaseCommand.Accept;
import org.gridgov.core.cases.CaseCommand.Acknowledge;
import org.gridgov.core.cases.CaseCommand.Assign;
import org.gridgov.core.cases.CaseCommand.BlowWhistle;
import org.gridgov.core.cases.CaseCommand.Close;
import org.gridgov.core.cases.CaseCommand.Escalate;
import org.gridgov.core.cases.CaseCommand.Evaluate;
import org.gridgov.core.cases.CaseCommand.LinkChild;
import org.gridgov.core.cases.CaseCommand.MarkDuplicate;
import org.gridgov.core.cases.CaseCommand.Park;
import org.gridgov.core.cases.CaseCommand.Reopen;
import org.gridgov.core.cases.CaseCommand.Report;
import org.gridgov.core.cases.CaseCommand.ReportIn;
import org.gridgov.core.cases.CaseCommand.RequestExtension;
import org.gridgov.core.cases.CaseCommand.Return;
import org.gridgov.core.cases.CaseCommand.SubmitResult;
import org.gridgov.core.cases.CaseCommand.Tick;
import org.gridgov.core.cases.CaseCommand.Verify;
import org.gridgov.core.cases.CaseCommand.VoidReport;
import org.gridgov.core.cases.CaseEvent.Accepted;
import org.gridgov.core.cases.CaseEvent.Acknowledged;
import org.gridgov.core.cases.CaseEvent.Assigned;
import org.gridgov.core.cases.CaseEvent.ChildLinked;
import org.gridgov.core.cases.CaseEvent.Closed;
import org.gridgov.core.cases.CaseEvent.DeadlineBreached;
import org.gridgov.core.cases.CaseEvent.DeadlineWarned;
import org.gridgov.core.cases.CaseEvent.Escalated;
import org.gridgov.core.cases.CaseEvent.Evaluated;
import org.gridgov.core.cases.CaseEvent.ExtensionApproved;
import org.gridgov.core.cases.CaseEvent.ExtensionDenied;
import org.gridgov.core.cases.CaseEvent.ExtensionRequested;
import org.gridgov.core.cases.CaseEvent.MarkedDuplicate;
import org.gridgov.core.cases.CaseEvent.Parked;
import org.gridgov.core.cases.CaseEvent.Reopened;
import org.gridgov.core.cases.CaseEvent.ReportInOverdue;
import org.gridgov.core.cases.CaseEvent.Reported;
import org.gridgov.core.cases.CaseEvent.ReportedIn;
import org.gridgov.core.cases.CaseEvent.ResultSubmitted;
import org.gridgov.core.cases.CaseEvent.Resumed;
import org.gridgov.core.cases.CaseEvent.Returned;
import org.gridgov.core.cases.CaseEvent.Verified;
import org.gridgov.core.cases.CaseEvent.Voided;
import org.gridgov.core.cases.CaseEvent.WhistleBlown;
import org.gridgov.core.evaluation.EvaluationDimension;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.org.CommunityId;
import org.gridgov.core.org.DepartmentId;
import org.gridgov.core.org.GridId;
import org.gridgov.core.org.Level;
import org.gridgov.core.org.Organisation;
import org.gridgov.core.org.PlaceId;
import org.gridgov.core.org.Role;
import org.gridgov.core.org.SubdistrictId;
import org.gridgov.core.people.PersonId;

/**
 * The case loop as two pure functions: {@link #decide} turns a command into events or a rejection and
 * {@link #evolve} applies an event. A case's state is the fold of its events ({@link #replay}).
 *
 * <p>Idempotency: a command whose identifier already produced events of the case yields
 * {@link Decision.AlreadyApplied} with those events and nothing new; the same identifier on a command
 * of another kind is rejected with {@link RejectionReason#DUPLICATE_COMMAND}. A rejection changes
 * nothing, so a rejected command is not remembered: resending it decides it afresh. This class is
 * stateless and thread-safe.
 */
public final class CaseLoop {

  private static final Optional<TimeLimit> NO_CLOCK = Optional.empty();
  private static final Decision NOTHING_RAISED = new Decision.Accepted(ImmutableList.of());

  private CaseLoop() {
  }

  /**
   * Decides a command against a case's state.
   *
   * @param state  the state, not null
   * @param command  the command, not null
   * @param context  the organisation, calendar and deadline table, not null
   * @return the events to append, a rejection, or the original events of a resent command, not null
   * @throws InvalidInputException if an argument is null or the calendar does not cover the command's instant
   */
  public static Decision decide(CaseState state, CaseCommand command, DecisionContext context) {
    Checks.notNull(state, "state");
    Checks.notNull(command, "command");
    Checks.notNull(context, "context");
    // The hot commands are told apart by type tests on their final record classes, most frequent first,
    // instead of a call of kind() through the interface (one of twenty targets); each then reads its parts
    // as fields and knows its kind as a constant.
    if (command instanceof Accept c) {
      return accept(state, c, context);
    } else if (command instanceof Assign c) {
      return assign(state, c, context);
    } else if (command instanceof Acknowledge c) {
      return acknowledge(state, c, context);
    } else if (command instanceof SubmitResult c) {
      return submitResult(state, c, context);
    } else if (command instanceof Verify c) {
      return verify(state, c, context);
    } else if (command instanceof Evaluate c) {
      return evaluate(state, c, context.organisation());
    } else if (command instanceof Close c) {
      return close(state, c, context);
    } else if (command instanceof Escalate c) {
      return escalate(state, c, context);
    } else if (command instanceof Report c) {
      return report(state, c, context);
    }
    return decideRest(state, command, context);
  }

  /** Decides the commands not told apart by {@link #decide}: through their kind. */
  private static Decision decideRest(CaseState state, CaseCommand command, DecisionContext context) {
    CommandKind kind = command.kind();
    Decision d = admit(state, command.caseId(), command.id(), command.at(), kind);
    if (d != null) {
      return d;
    }
    return kind == CommandKind.TICK ? tick(state, (Tick) command, context)
        : decideReported(state, command, kind, context);
  }

  /**
   * The checks every command passes before its own rules, in order: the case, a resent identifier, the
   * instant, then (but for a report) that the case was reported and (but for a tick and the commands a
   * parked case takes) that it is not parked. Returns null if the command passes them. The common pass is
   * tested here; anything else goes through {@link #refuseAdmission}, which repeats the checks in order.
   */
  private static Decision admit(CaseState state, CaseId caseId, CommandId id, Instant at, CommandKind kind) {
    EventHeader last = state.last;
    if ((caseId == state.caseId || caseId.equals(state.caseId)) && !EventLog.mayHold(state.log, id)) {
      if (last == null) {
        if (kind == CommandKind.REPORT) {
          return null;
        }
      } else if (!at.isBefore(last.at()) && (kind == CommandKind.REPORT
          || last.to() != CaseStatus.NEW && (kind == CommandKind.TICK || !state.parked()))) {
        return null;
      }
    }
    return refuseAdmission(state, caseId, id, at, kind);
  }

  /** The checks of {@link #admit}, one by one: the rejection of the first that fails, null if none does. */
  private static Decision refuseAdmission(CaseState state, CaseId caseId, CommandId id, Instant at,
      CommandKind kind) {
    if (caseId != state.caseId && !caseId.equals(state.caseId)) {
      return reject(RejectionReason.WRONG_CASE, "the command is for case " + caseId + ", not " + state.caseId);
    }
    if (EventLog.mayHold(state.log, id)) {
      Decision resent = resent(state, id, kind);
      if (resent != null) {
        return resent;
      }
    }
    EventHeader last = state.last;
    if (last != null && at.isBefore(last.at())) {
      return reject(RejectionReason.STALE_INSTANT, "the command's instant " + at
          + " lies before the case's last event at " + last.at());
    }
    if (kind == CommandKind.REPORT) {
      return null;
    }
    if (state.status() == CaseStatus.NEW) {
      return reject(RejectionReason.INVALID_TRANSITION, "the case has not been reported");
    }
    if (kind != CommandKind.TICK && state.parked() && kind != CommandKind.RESUME && kind != CommandKind.REPORT_IN
        && kind != CommandKind.LINK_CHILD) {
      return reject(RejectionReason.INVALID_TRANSITION, "the case is parked; resume it first");
    }
    return null;
  }

  /**
   * Applies an event to a state.
   *
   * @param state  the state, not null
   * @param event  the next event of the case, not null
   * @return the new state, not null
   * @throws InvalidInputException if the event does not follow the state (other case, sequence gap,
   *     time running backward, or a transition from another status)
   */
  public static CaseState evolve(CaseState state, CaseEvent event) {
    Checks.notNull(state, "state");
    Checks.notNull(event, "event");
    // The frequent events are applied to the fresh copy in the same type test that finds their header;
    // the copy is dropped if a check below fails. The rest are applied after the checks (applyRest may
    // itself refuse an event, and the checks' reasons come first).
    CaseState s = state.copy();
    EventHeader h = applyFrequent(s, event);
    boolean rest = h == null;
    if (rest) {
      h = headerOf(event);
    }
    if (h.caseId() != state.caseId && !h.caseId().equals(state.caseId)) {
      throw new InvalidInputException("event", "must belong to case " + state.caseId, h.caseId());
    }
    long version = state.version();
    if (h.sequence() != version + 1) {
      throw new InvalidInputException("event", "must have sequence number " + (version + 1), h.sequence());
    }
    Instant lastAt = state.lastAt();
    if (lastAt != null && h.at().isBefore(lastAt)) {
      throw new InvalidInputException("event", "must not be before " + lastAt, h.at());
    }
    if (h.from() != state.status()) {
      throw new InvalidInputException("event", "must start from status " + state.status(), h.from());
    }
    s.last = h;
    if (rest) {
      applyRest(s, event);
    }
    s.log = EventLog.append(state.log, version, event, h);
    if (h.clock().isPresent()) {
      s.clockHeader = h;
      s.adjust(CaseState.ClockAdjustments.NONE);
    } else if (h.to().stepOrNull() == null) {
      s.clockHeader = null;
      s.adjust(CaseState.ClockAdjustments.NONE);
    }
    return s;
  }

  /**
   * Returns the header of an event {@link #applyFrequent} does not apply: escalations and evaluations (the
   * rest of the lifecycle) read from their final record class after a type test, others through the
   * interface.
   */
  private static EventHeader headerOf(CaseEvent event) {
    if (event instanceof Escalated e) {
      return e.header();
    } else if (event instanceof Evaluated e) {
      return e.header();
    }
    return event.header();
  }

  /**
   * Applies the new events of a decision to the state it was decided against: those of an accepted
   * command, none for a rejection or a resend. The same as calling {@link #evolve(CaseState, CaseEvent)}
   * for each of {@link Decision#newEvents()}, without making the list of a single event.
   *
   * @param state  the state the decision was made against, not null
   * @param decision  the decision, not null
   * @return the new state, the same state if the decision adds no events, not null
   * @throws InvalidInputException if the events do not follow the state
   */
  public static CaseState evolve(CaseState state, Decision decision) {
    Checks.notNull(decision, "decision");
    if (decision instanceof Decision.Accepted accepted) {
      CaseEvent single = accepted.singleOrNull();
      if (single != null) {
        return evolve(state, single);
      }
    }
    CaseState s = Checks.notNull(state, "state");
    for (CaseEvent e : decision.newEvents()) {
      s = evolve(s, e);
    }
    return s;
  }

  /**
   * Folds a history into a state.
   *
   * @param caseId  the case, not null
   * @param events  the events, oldest first, not null
   * @return the state, not null
   * @throws InvalidInputException if the events do not form a valid history
   */
  public static CaseState replay(CaseId caseId, Iterable<CaseEvent> events) {
    CaseState s = CaseState.initial(caseId);
    for (CaseEvent e : Checks.notNull(events, "events")) {
      s = evolve(s, e);
    }
    return s;
  }

  /**
   * Applies one of the frequent events to a fresh copy of the state and returns its header, read in the
   * same type test; returns null, changing nothing, for any other event (see {@link #applyRest}).
   */
  private static EventHeader applyFrequent(CaseState s, CaseEvent event) {
    if (event instanceof Assigned e) {
      s.dispatcher = e.dispatcher();
      s.holder = e.holder();
      s.submittedBy = null;
      if (!e.coHandlers().equals(s.rare.coHandlers)) {
        s.editRare().coHandlers = e.coHandlers();
      }
      return e.header();
    } else if (event instanceof Accepted e) {
      return e.header();
    } else if (event instanceof Acknowledged e) {
      return e.header();
    } else if (event instanceof ResultSubmitted e) {
      s.submittedBy = e.header().actor();
      return e.header();
    } else if (event instanceof Verified e) {
      if (!e.passed()) {
        s.editRare().reworks++;
        s.submittedBy = null;
      }
      return e.header();
    } else if (event instanceof Closed e) {
      return e.header();
    } else if (event instanceof Reported e) {
      s.details = e.details();
      s.holder = e.holder();
      return e.header();
    }
    return null;
  }

  /** Applies the events that change the rarely changed part of the state or the clock adjustments. */
  private static void applyRest(CaseState s, CaseEvent event) {
    if (event instanceof Escalated e) {
      s.holder = e.holder();
      s.dispatcher = null;
      s.submittedBy = null;
      CaseState.Rare r = s.editRare();
      r.coHandlers = ImmutableList.of();
      r.escalations++;
    } else if (event instanceof Evaluated e) {
      if (s.rare.evaluations.containsKey(e.dimension())) {
        throw new InvalidInputException("event", "must not rate " + e.dimension() + " twice in one round",
            e.header().sequence());
      }
      CaseState.Rare r = s.editRare();
      if (r.evaluations.isEmpty()) {
        r.evaluations = ImmutableMap.of(e.dimension(), e.rating());
      } else {
        ImmutableMap.Builder<EvaluationDimension, Satisfaction> m = ImmutableMap.builderWithExpectedSize(4);
        m.putAll(r.evaluations).put(e.dimension(), e.rating());
        r.evaluations = m.build();
      }
    } else if (event instanceof Returned e) {
      s.holder = e.holder();
      s.submittedBy = null;
      if (!s.rare.coHandlers.isEmpty()) {
        s.editRare().coHandlers = ImmutableList.of();
      }
    } else if (event instanceof DeadlineWarned) {
      s.adjust(s.adjustments().warn());
    } else if (event instanceof DeadlineBreached) {
      s.adjust(s.adjustments().breach());
    } else if (event instanceof ExtensionRequested e) {
      s.adjust(s.adjustments().withPending(e.amount()));
    } else if (event instanceof ExtensionApproved e) {
      s.adjust(s.adjustments().approve(e.amount()));
    } else if (event instanceof ExtensionDenied) {
      s.adjust(s.adjustments().withPending(null));
    } else if (event instanceof Parked) {
      CaseState.Rare r = s.editRare();
      r.parked = true;
      r.parkedAt = event.header().at();
    } else if (event instanceof Resumed e) {
      CaseState.Rare r = s.editRare();
      r.parked = false;
      r.parkedAt = null;
      r.adjustments = r.adjustments.pausedFor(e.pausedElapsed());
    } else if (event instanceof Reopened e) {
      s.holder = e.holder();
      s.submittedBy = null;
      CaseState.Rare r = s.editRare();
      r.coHandlers = ImmutableList.of();
      r.evaluations = ImmutableMap.of();
      r.reopens++;
    } else if (event instanceof MarkedDuplicate e) {
      s.editRare().duplicateOf = e.original();
    } else if (event instanceof WhistleBlown e) {
      CaseState.Rare r = s.editRare();
      r.summonses = ImmutableList.<Summons>builder().addAll(r.summonses).addAll(e.summonses()).build();
    } else if (event instanceof ReportedIn e) {
      CaseState.Rare r = s.editRare();
      r.reportedIn = ImmutableSet.<DepartmentId>builder().addAll(r.reportedIn).add(e.department()).build();
    } else if (event instanceof ReportInOverdue e) {
      CaseState.Rare r = s.editRare();
      r.overdue = ImmutableSet.<DepartmentId>builder().addAll(r.overdue).add(e.department()).build();
    } else if (event instanceof ChildLinked e) {
      CaseState.Rare r = s.editRare();
      r.children = ImmutableList.<CaseId>builder().addAll(r.children).add(e.child()).build();
    } else if (!(event instanceof Voided)) {
      // A voided report changes nothing but the status; every other event is applyFrequent's.
      throw new IllegalStateException("a " + event.getClass().getSimpleName() + " is applied by applyFrequent");
    }
  }

  // ---------------------------------------------------------------- decide helpers

  static Decision.Rejected reject(RejectionReason reason, String message) {
    return new Decision.Rejected(reason, message);
  }

  /** Scans the log for a resent command whose identifier's bit is set in the state's filter. */
  private static Decision resent(CaseState state, CommandId id, CommandKind kind) {
    List<CaseEvent> found = EventLog.withCommand(state.log, state.version(), id);
    for (CaseEvent e : found) {
      if (e.header().kind() != kind) {
        return reject(RejectionReason.DUPLICATE_COMMAND, "command id " + id + " was already used by a "
            + e.header().kind() + " command");
      }
    }
    return found.isEmpty() ? null : new Decision.AlreadyApplied(ImmutableList.copyOf(found).reverse());
  }

  static EventHeader header(CaseState s, CaseCommand c, int offset, CaseStatus to, Optional<TimeLimit> clock) {
    return header(s, c.at(), c.actor(), c.id(), c.kind(), offset, to, clock);
  }

  /** The header from the command's parts, read by a caller that knows the command's record type. */
  private static EventHeader header(CaseState s, Instant at, PersonId actor, CommandId id, CommandKind kind,
      int offset, CaseStatus to, Optional<TimeLimit> clock) {
    return new EventHeader(s.caseId, s.version() + 1 + offset, at, actor, id, kind, s.status(), to, clock);
  }

  static Decision one(CaseEvent e) {
    return Decision.Accepted.of(e);
  }

  private static Optional<TimeLimit> clock(CaseState s, DecisionContext ctx, Step step) {
    return ctx.deadlines().clock(s.details.category(), s.details.urgency(), step);
  }

  private static Decision report(CaseState s, Report r, DecisionContext ctx) {
    Decision admitted = admit(s, r.caseId(), r.id(), r.at(), CommandKind.REPORT);
    if (admitted != null) {
      return admitted;
    }
    if (s.status() != CaseStatus.NEW) {
      return reject(RejectionReason.INVALID_TRANSITION, "case " + s.caseId + " was already reported");
    }
    Organisation org = ctx.organisation();
    CaseDetails d = r.details();
    PlaceId place = d.place();
    PersonId actor = r.actor();
    if (place instanceof GridId g && d.source() == Source.GRID_PATROL && Authority.patrols(org, actor, g)) {
      // The common report, by a grid's own worker or chief on patrol there. A role is held only at a place
      // of the organisation, so the grid is one and the checks below would pass; skipping them saves the
      // grid's look-up, which in a large city misses the caches.
      return reported(s, r, d, g, org, ctx);
    }
    GridId grid = place instanceof GridId g && org.contains(g) ? g
        : org.contains(place) ? org.gridOf(place).orElse(null) : null;
    if (grid == null) {
      return reject(RejectionReason.INVALID_ARGUMENT, "the place " + place + " is not a grid or a place within one");
    }
    RejectionReason denied;
    switch (d.source()) {
      case GRID_PATROL:
        denied = Authority.reportsOnPatrol(org, actor, place);
        break;
      case RESIDENT_SNAPSHOT:
        denied = Authority.hasRole(org, actor, Role.RESIDENT) ? null : RejectionReason.NOT_AUTHORISED;
        break;
      case HOTLINE:
        denied = Authority.hasRole(org, actor, Role.CENTER_DISPATCHER) ? null : RejectionReason.NOT_AUTHORISED;
        break;
      case LEADER_ASSIGNMENT:
        denied = Authority.hasRole(org, actor, Role.SUBDISTRICT_LEADER)
            || Authority.hasRole(org, actor, Role.DEPUTY_COUNTY_LEADER) ? null : RejectionReason.NOT_AUTHORISED;
        break;
      default:
        denied = Authority.hasRole(org, actor, Role.SINKING_CADRE) ? null : RejectionReason.NOT_AUTHORISED;
        break;
    }
    if (denied != null) {
      return reject(denied, actor + " may not report a " + d.source() + " case at " + place);
    }
    return reported(s, r, d, grid, org, ctx);
  }

  /** The event of an admitted report in a grid of the organisation: the case goes to its first center. */
  private static Decision reported(CaseState s, Report r, CaseDetails d, GridId grid, Organisation org,
      DecisionContext ctx) {
    Holder first = d.source() == Source.HOTLINE ? Holder.center(org.city()) : Holder.center(grid.community());
    Optional<TimeLimit> limit = ctx.deadlines().clock(d.category(), d.urgency(), Step.ACCEPT);
    return one(new Reported(header(s, r.at(), r.actor(), r.id(), CommandKind.REPORT, 0, CaseStatus.REPORTED, limit),
        d, first));
  }

  private static Decision tick(CaseState s, Tick t, DecisionContext ctx) {
    List<CaseEvent> out = null;
    int n = 0;
    CaseState.ClockAdjustments adj = s.adjustments();
    Step step = s.clockStep();
    if (step != null && !s.parked() && !adj.breached()) {
      DeadlineLight light = s.light(t.at(), ctx.calendar());
      if (light != DeadlineLight.GREEN && !adj.warned()) {
        out = new ArrayList<>(2);
        out.add(new DeadlineWarned(header(s, t, n++, s.status(), NO_CLOCK), step));
      }
      if (light == DeadlineLight.RED) {
        if (out == null) {
          out = new ArrayList<>(1);
        }
        out.add(new DeadlineBreached(header(s, t, n++, s.status(), NO_CLOCK), step));
      }
    }
    CaseState.Rare rare = s.rare;
    for (Summons m : rare.summonses) {
      if (t.at().isAfter(m.due()) && !rare.reportedIn.contains(m.department())
          && !rare.overdue.contains(m.department())) {
        if (out == null) {
          out = new ArrayList<>(1);
        }
        out.add(new ReportInOverdue(header(s, t, n++, s.status(), NO_CLOCK), m.department()));
      }
    }
    return out == null ? NOTHING_RAISED : new Decision.Accepted(ImmutableList.copyOf(out));
  }

  /** Decides the less frequent commands but tick, for a reported, unparked (or resuming) case. */
  private static Decision decideReported(CaseState s, CaseCommand c, CommandKind kind, DecisionContext ctx) {
    Organisation org = ctx.organisation();
    switch (kind) {
      case VOID: {
        Decision d = gate(s, c, org, s.status() == CaseStatus.REPORTED || s.status() == CaseStatus.ACCEPTED, s.holder);
        return d != null ? d : one(new Voided(header(s, c, 0, CaseStatus.VOIDED, NO_CLOCK), ((VoidReport) c).reason()));
      }
      case MARK_DUPLICATE: {
        Decision d = gate(s, c, org, s.status() == CaseStatus.REPORTED || s.status() == CaseStatus.ACCEPTED, s.holder);
        if (d != null) {
          return d;
        }
        CaseId original = ((MarkDuplicate) c).original();
        if (original.equals(s.caseId)) {
          return reject(RejectionReason.INVALID_ARGUMENT, "a case cannot duplicate itself");
        }
        return one(new MarkedDuplicate(header(s, c, 0, CaseStatus.DUPLICATE, NO_CLOCK), original));
      }
      case RETURN: {
        Decision d = gate(s, c, org, s.status() == CaseStatus.ASSIGNED || s.status() == CaseStatus.HANDLING, s.holder);
        if (d != null) {
          return d;
        }
        if (s.dispatcher == null || s.dispatcher.equals(s.holder)) {
          return reject(RejectionReason.INVALID_TRANSITION, "the case has no other dispatcher to return to");
        }
        return one(new Returned(header(s, c, 0, CaseStatus.ACCEPTED, clock(s, ctx, Step.DISPATCH)), s.holder,
            s.dispatcher, ((Return) c).reason()));
      }
      case REQUEST_EXTENSION: {
        Decision d = gate(s, c, org, s.status() == CaseStatus.HANDLING && s.adjustments().pendingOrNull() == null,
            s.holder);
        RequestExtension r = (RequestExtension) c;
        return d != null ? d
            : one(new ExtensionRequested(header(s, c, 0, s.status(), NO_CLOCK), r.amount(), r.reason()));
      }
      case APPROVE_EXTENSION: {
        Duration pending = s.adjustments().pendingOrNull();
        Decision d = gate(s, c, org, s.status() == CaseStatus.HANDLING && pending != null, s.dispatcher);
        return d != null ? d : one(new ExtensionApproved(header(s, c, 0, s.status(), NO_CLOCK), pending));
      }
      case DENY_EXTENSION: {
        Decision d = gate(s, c, org, s.status() == CaseStatus.HANDLING && s.adjustments().pendingOrNull() != null,
            s.dispatcher);
        return d != null ? d : one(new ExtensionDenied(header(s, c, 0, s.status(), NO_CLOCK)));
      }
      case PARK: {
        Decision d = gate(s, c, org, !s.parked() && (s.status() == CaseStatus.ACCEPTED
            || s.status() == CaseStatus.ASSIGNED || s.status() == CaseStatus.HANDLING), parkAuthority(s));
        return d != null ? d : one(new Parked(header(s, c, 0, s.status(), NO_CLOCK), ((Park) c).reason()));
      }
      case RESUME: {
        Decision d = gate(s, c, org, s.parked(), parkAuthority(s));
        if (d != null) {
          return d;
        }
        TimeLimit limit = s.clockLimit();
        Duration pausedElapsed = limit == null ? Duration.ZERO
            : ctx.calendar().elapsed(limit.kind(), s.rare.parkedAt, c.at());
        return one(new Resumed(header(s, c, 0, s.status(), NO_CLOCK), pausedElapsed));
      }
      case REOPEN:
        return reopen(s, (Reopen) c, ctx);
      case BLOW_WHISTLE:
        return whistle(s, (BlowWhistle) c, ctx);
      case REPORT_IN:
        return reportIn(s, (ReportIn) c, org);
      case LINK_CHILD: {
        Decision d = gate(s, c, org, s.status().isOpen() && s.holder instanceof Holder.CenterHolder, s.holder);
        if (d != null) {
          return d;
        }
        CaseId child = ((LinkChild) c).child();
        if (child.equals(s.caseId) || s.rare.children.contains(child)) {
          return reject(RejectionReason.INVALID_ARGUMENT, "case " + child + " cannot be linked as a new child");
        }
        return one(new ChildLinked(header(s, c, 0, s.status(), NO_CLOCK), child));
      }
      default:
        throw new IllegalStateException("unhandled command " + c.kind());
    }
  }

  // The hot commands get methods of their own, typed by their record: the JIT then reads the
  // command's fields directly instead of calling through the interface on every access.

  private static Decision accept(CaseState s, Accept c, DecisionContext ctx) {
    Decision admitted = admit(s, c.caseId(), c.id(), c.at(), CommandKind.ACCEPT);
    if (admitted != null) {
      return admitted;
    }
    Decision d = gate(s, c, c.actor(), ctx.organisation(), s.status() == CaseStatus.REPORTED, s.holder);
    return d != null ? d : one(new Accepted(header(s, c.at(), c.actor(), c.id(), CommandKind.ACCEPT, 0,
        CaseStatus.ACCEPTED, clock(s, ctx, Step.DISPATCH))));
  }

  private static Decision acknowledge(CaseState s, Acknowledge c, DecisionContext ctx) {
    Decision admitted = admit(s, c.caseId(), c.id(), c.at(), CommandKind.ACKNOWLEDGE);
    if (admitted != null) {
      return admitted;
    }
    Decision d = gate(s, c, c.actor(), ctx.organisation(), s.status() == CaseStatus.ASSIGNED, s.holder);
    return d != null ? d : one(new Acknowledged(header(s, c.at(), c.actor(), c.id(), CommandKind.ACKNOWLEDGE, 0,
        CaseStatus.HANDLING, clock(s, ctx, Step.HANDLE))));
  }

  private static Decision submitResult(CaseState s, SubmitResult c, DecisionContext ctx) {
    Decision admitted = admit(s, c.caseId(), c.id(), c.at(), CommandKind.SUBMIT_RESULT);
    if (admitted != null) {
      return admitted;
    }
    Decision d = gate(s, c, c.actor(), ctx.organisation(), s.status() == CaseStatus.HANDLING, s.holder);
    return d != null ? d : one(new ResultSubmitted(header(s, c.at(), c.actor(), c.id(), CommandKind.SUBMIT_RESULT, 0,
        CaseStatus.RESULT_SUBMITTED, clock(s, ctx, Step.VERIFY)), c.summary()));
  }

  private static Decision verify(CaseState s, Verify v, DecisionContext ctx) {
    Decision admitted = admit(s, v.caseId(), v.id(), v.at(), CommandKind.VERIFY);
    if (admitted != null) {
      return admitted;
    }
    Decision d = gate(s, v, v.actor(), ctx.organisation(), s.status() == CaseStatus.RESULT_SUBMITTED,
        s.dispatcher);
    if (d != null) {
      return d;
    }
    if (v.actor().equals(s.submittedBy)) {
      return reject(RejectionReason.NOT_AUTHORISED, "nobody verifies their own result");
    }
    return v.passed()
        ? one(new Verified(header(s, v.at(), v.actor(), v.id(), CommandKind.VERIFY, 0, CaseStatus.VERIFIED,
            NO_CLOCK), true, v.note()))
        : one(new Verified(header(s, v.at(), v.actor(), v.id(), CommandKind.VERIFY, 0, CaseStatus.HANDLING,
            clock(s, ctx, Step.HANDLE)), false, v.note()));
  }

  private static Decision close(CaseState s, Close c, DecisionContext ctx) {
    Decision admitted = admit(s, c.caseId(), c.id(), c.at(), CommandKind.CLOSE);
    if (admitted != null) {
      return admitted;
    }
    Decision d = gate(s, c, c.actor(), ctx.organisation(), s.status() == CaseStatus.VERIFIED, s.dispatcher);
    return d != null ? d
        : one(new Closed(header(s, c.at(), c.actor(), c.id(), CommandKind.CLOSE, 0, CaseStatus.CLOSED, NO_CLOCK)));
  }

  /** Returns null if the status allows the command and the actor acts for the authority. */
  private static Decision gate(CaseState s, CaseCommand c, Organisation org, boolean statusAllows, Holder authority) {
    return gate(s, c, c.actor(), org, statusAllows, authority);
  }

  /** As above, with the actor read by a caller that knows the command's record type. */
  private static Decision gate(CaseState s, CaseCommand c, PersonId actor, Organisation org, boolean statusAllows,
      Holder authority) {
    if (statusAllows && authority != null && Authority.actsFor(org, actor, authority) == null) {
      return null;
    }
    return refuse(s, c, actor, org, statusAllows, authority);
  }

  /** Why gate refuses; kept out of gate (and deciding authority again) so that gate is small enough to inline. */
  private static Decision refuse(CaseState s, CaseCommand c, PersonId actor, Organisation org, boolean statusAllows,
      Holder authority) {
    if (!statusAllows) {
      return reject(RejectionReason.INVALID_TRANSITION, "a " + c.kind() + " command is not allowed in status "
          + s.status() + (s.parked() ? " (parked)" : ""));
    }
    if (authority == null) {
      return reject(RejectionReason.NOT_AUTHORISED, "nobody may send a " + c.kind() + " command now");
    }
    return reject(Authority.actsFor(org, actor, authority), actor + " does not act for " + authority);
  }



  private static Holder parkAuthority(CaseState s) {
    if (s.dispatcher != null) {
      return s.dispatcher;
    }
    return s.holder instanceof Holder.CenterHolder ? s.holder : null;
  }

  private static Decision assign(CaseState s, Assign a, DecisionContext ctx) {
    Decision admitted = admit(s, a.caseId(), a.id(), a.at(), CommandKind.ASSIGN);
    if (admitted != null) {
      return admitted;
    }
    Organisation org = ctx.organisation();
    Decision d = gate(s, a, a.actor(), org, s.status() == CaseStatus.ACCEPTED, s.holder);
    if (d != null) {
      return d;
    }
    if (!(s.holder instanceof Holder.CenterHolder center)) {
      return reject(RejectionReason.INVALID_TRANSITION, "only a center dispatches");
    }
    Holder target = a.target();
    CaseStatus to = CaseStatus.ASSIGNED;
    ImmutableList<DepartmentId> coHandlers = a.coHandlers();
    if (!coHandlers.isEmpty() && !(target instanceof Holder.DepartmentHolder)) {
      return reject(RejectionReason.INVALID_ARGUMENT, "co-handlers go only with a lead department");
    }
    if (target instanceof Holder.GridHolder g) {
      if (!org.containsWithin(g.grid(), center.place())) {
        return reject(RejectionReason.INVALID_ARGUMENT, "grid " + g.grid() + " is not within " + center.place());
      }
    } else if (target instanceof Holder.CenterHolder t) {
      if (!org.containsWithin(t.place(), center.place())) {
        return reject(RejectionReason.INVALID_ARGUMENT, "center " + t.place() + " is not within " + center.place());
      }
      if (!t.equals(center)) {
        to = CaseStatus.ACCEPTED;
      }
    } else if (target instanceof Holder.DepartmentHolder dep) {
      if (org.department(dep.department()).isEmpty()) {
        return reject(RejectionReason.INVALID_ARGUMENT, "department " + dep.department() + " is unknown");
      }
      for (int i = 0; i < coHandlers.size(); i++) {
        DepartmentId co = coHandlers.get(i);
        if (org.department(co).isEmpty() || co.equals(dep.department()) || coHandlers.subList(0, i).contains(co)) {
          return reject(RejectionReason.INVALID_ARGUMENT, "co-handler " + co
              + " is unknown, repeated or the lead itself");
        }
      }
    }
    return one(new Assigned(header(s, a.at(), a.actor(), a.id(), CommandKind.ASSIGN, 0, to,
        clock(s, ctx, to.stepOrNull())), center, target, coHandlers));
  }

  private static Decision evaluate(CaseState s, Evaluate e, Organisation org) {
    Decision admitted = admit(s, e.caseId(), e.id(), e.at(), CommandKind.EVALUATE);
    if (admitted != null) {
      return admitted;
    }
    if (s.status() != CaseStatus.VERIFIED && s.status() != CaseStatus.CLOSED) {
      return reject(RejectionReason.INVALID_TRANSITION, "only a verified or closed case is evaluated");
    }
    EvaluationDimension dim = e.dimension();
    if (s.rare.evaluations.containsKey(dim)) {
      return reject(RejectionReason.INVALID_TRANSITION, "the case was already evaluated on " + dim);
    }
    PersonId actor = e.actor();
    switch (dim) {
      case RESIDENT_SATISFACTION:
        if (s.details.reporter().isEmpty() || !s.details.reporter().get().equals(actor)) {
          return reject(RejectionReason.NOT_AUTHORISED, "a resident evaluates only their own case");
        }
        break;
      case EFFICIENCY:
      case RESULT: {
        RejectionReason denied = Authority.actsFor(org, actor, s.dispatcher);
        if (denied != null) {
          return reject(denied, actor + " does not act for the dispatcher " + s.dispatcher);
        }
        if (actor.equals(s.submittedBy)) {
          return reject(RejectionReason.NOT_AUTHORISED, "nobody evaluates their own work");
        }
        break;
      }
      default: {
        RejectionReason denied = Authority.actsFor(org, actor, s.holder);
        if (denied != null) {
          return reject(denied, actor + " does not act for the handler " + s.holder);
        }
        if (Authority.actsFor(org, actor, s.dispatcher) == null) {
          return reject(RejectionReason.NOT_AUTHORISED, "nobody evaluates their own work");
        }
        break;
      }
    }
    return one(new Evaluated(header(s, e.at(), e.actor(), e.id(), CommandKind.EVALUATE, 0, s.status(), NO_CLOCK),
        dim, e.rating()));
  }

  private static Decision escalate(CaseState s, Escalate e, DecisionContext ctx) {
    Decision admitted = admit(s, e.caseId(), e.id(), e.at(), CommandKind.ESCALATE);
    if (admitted != null) {
      return admitted;
    }
    Organisation org = ctx.organisation();
    Decision d = gate(s, e, e.actor(), org, s.status() == CaseStatus.ACCEPTED || s.status() == CaseStatus.ASSIGNED
        || s.status() == CaseStatus.HANDLING, s.holder);
    if (d != null) {
      return d;
    }
    Holder up;
    if (s.holder instanceof Holder.CenterHolder top && top.place().equals(org.city())) {
      return reject(RejectionReason.INVALID_TRANSITION, "the city center is the top level");
    }
    if (e.toCityCenter()) {
      up = Holder.center(org.city());
    } else if (s.holder instanceof Holder.GridHolder g) {
      up = Holder.center(g.grid().community());
    } else if (s.holder instanceof Holder.CenterHolder ch && ch.place() instanceof CommunityId cm) {
      up = Holder.center(cm.subdistrict());
    } else if (s.holder instanceof Holder.CenterHolder ch && ch.place() instanceof SubdistrictId sd) {
      up = Holder.center(sd.city());
    } else {
      return reject(RejectionReason.INVALID_TRANSITION, "a department escalates only to the city center");
    }
    return one(new Escalated(header(s, e.at(), e.actor(), e.id(), CommandKind.ESCALATE, 0, CaseStatus.ACCEPTED,
        clock(s, ctx, Step.DISPATCH)), s.holder, up));
  }

  private static Decision reopen(CaseState s, Reopen r, DecisionContext ctx) {
    if (s.status() != CaseStatus.CLOSED) {
      return reject(RejectionReason.INVALID_TRANSITION, "only a closed case is reopened");
    }
    if (s.rare.evaluations.get(EvaluationDimension.RESIDENT_SATISFACTION) != Satisfaction.DISSATISFIED) {
      return reject(RejectionReason.INVALID_TRANSITION, "only a case the resident is dissatisfied with is reopened");
    }
    boolean reporter = s.details.reporter().isPresent() && s.details.reporter().get().equals(r.actor());
    if (!reporter) {
      RejectionReason denied = Authority.actsFor(ctx.organisation(), r.actor(), s.dispatcher);
      if (denied != null) {
        return reject(denied, r.actor() + " is neither the reporter nor acts for " + s.dispatcher);
      }
    }
    Instant closedAt = s.closedAtOrNull();
    if (r.at().isAfter(closedAt.plus(ctx.reopenWindow()))) {
      return reject(RejectionReason.OUTSIDE_WINDOW, "the reopening window of " + ctx.reopenWindow()
          + " after closure at " + closedAt + " has passed");
    }
    return one(new Reopened(header(s, r, 0, CaseStatus.ACCEPTED, clock(s, ctx, Step.DISPATCH)), s.dispatcher,
        r.reason()));
  }

  private static Decision whistle(CaseState s, BlowWhistle w, DecisionContext ctx) {
    Organisation org = ctx.organisation();
    boolean community = s.holder instanceof Holder.CenterHolder ch && ch.place().level() == Level.COMMUNITY;
    Decision d = gate(s, w, org, s.status().isOpen() && community, s.holder);
    if (d != null) {
      return d;
    }
    if (w.departments().isEmpty()) {
      return reject(RejectionReason.INVALID_ARGUMENT, "a whistle summons at least one department");
    }
    Set<DepartmentId> pending = new HashSet<>();
    for (Summons m : s.rare.summonses) {
      if (!s.rare.reportedIn.contains(m.department())) {
        pending.add(m.department());
      }
    }
    TimeLimit limit = ctx.deadlines().limit(s.details.category(), s.details.urgency(), Step.REPORT_IN);
    Instant due = ctx.calendar().advance(limit.kind(), w.at(), limit.budget());
    ImmutableList.Builder<Summons> out = ImmutableList.builder();
    for (DepartmentId dep : w.departments()) {
      if (org.department(dep).isEmpty() || !pending.add(dep)) {
        return reject(RejectionReason.INVALID_ARGUMENT, "department " + dep + " is unknown or already summoned");
      }
      out.add(new Summons(dep, due));
    }
    return one(new WhistleBlown(header(s, w, 0, s.status(), NO_CLOCK), out.build()));
  }

  private static Decision reportIn(CaseState s, ReportIn r, Organisation org) {
    if (!s.status().isOpen()) {
      return reject(RejectionReason.INVALID_TRANSITION, "the case is no longer open");
    }
    boolean summoned = false;
    for (Summons m : s.rare.summonses) {
      summoned |= m.department().equals(r.department());
    }
    if (!summoned || s.rare.reportedIn.contains(r.department())) {
      return reject(RejectionReason.INVALID_TRANSITION, "department " + r.department()
          + " was not summoned or already reported in");
    }
    RejectionReason denied = Authority.actsFor(org, r.actor(), Holder.department(r.department()));
    if (denied != null) {
      return reject(denied, r.actor() + " does not act for department " + r.department());
    }
    return one(new ReportedIn(header(s, r, 0, s.status(), NO_CLOCK), r.department()));
  }
}
