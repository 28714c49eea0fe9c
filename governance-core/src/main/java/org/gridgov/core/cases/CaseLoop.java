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
import org.gridgov.core.cases.CaseCommand.ApproveExtension;
import org.gridgov.core.cases.CaseCommand.Assign;
import org.gridgov.core.cases.CaseCommand.BlowWhistle;
import org.gridgov.core.cases.CaseCommand.Close;
import org.gridgov.core.cases.CaseCommand.DenyExtension;
import org.gridgov.core.cases.CaseCommand.Escalate;
import org.gridgov.core.cases.CaseCommand.Evaluate;
import org.gridgov.core.cases.CaseCommand.LinkChild;
import org.gridgov.core.cases.CaseCommand.MarkDuplicate;
import org.gridgov.core.cases.CaseCommand.Park;
import org.gridgov.core.cases.CaseCommand.Reopen;
import org.gridgov.core.cases.CaseCommand.Report;
import org.gridgov.core.cases.CaseCommand.ReportIn;
import org.gridgov.core.cases.CaseCommand.RequestExtension;
import org.gridgov.core.cases.CaseCommand.Resume;
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
    if (!command.caseId().equals(state.caseId)) {
      return reject(RejectionReason.WRONG_CASE, "the command is for case " + command.caseId() + ", not " + state.caseId);
    }
    Decision resent = resent(state, command);
    if (resent != null) {
      return resent;
    }
    if (state.lastAt != null && command.at().isBefore(state.lastAt)) {
      return reject(RejectionReason.STALE_INSTANT, "the command's instant " + command.at()
          + " lies before the case's last event at " + state.lastAt);
    }
    if (command instanceof Report r) {
      return report(state, r, context);
    }
    if (state.status == CaseStatus.NEW) {
      return reject(RejectionReason.INVALID_TRANSITION, "the case has not been reported");
    }
    if (command instanceof Tick t) {
      return tick(state, t, context);
    }
    if (state.parked && !(command instanceof Resume || command instanceof ReportIn || command instanceof LinkChild)) {
      return reject(RejectionReason.INVALID_TRANSITION, "the case is parked; resume it first");
    }
    return new Decider(state, command, context).decide();
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
    EventHeader h = event.header();
    if (!h.caseId().equals(state.caseId)) {
      throw new InvalidInputException("event", "must belong to case " + state.caseId, h.caseId());
    }
    if (h.sequence() != state.version + 1) {
      throw new InvalidInputException("event", "must have sequence number " + (state.version + 1), h.sequence());
    }
    if (state.lastAt != null && h.at().isBefore(state.lastAt)) {
      throw new InvalidInputException("event", "must not be before " + state.lastAt, h.at());
    }
    if (h.from() != state.status) {
      throw new InvalidInputException("event", "must start from status " + state.status, h.from());
    }
    CaseState s = state.copy();
    s.version = h.sequence();
    s.lastAt = h.at();
    s.status = h.to();
    s.log = EventLog.append(state.log, event);
    apply(s, event);
    if (h.clock().isPresent()) {
      s.clockStep = h.to().stepOrNull();
      s.clockStart = h.at();
      s.clockLimit = h.clock().get();
      s.extension = Duration.ZERO;
      s.paused = Duration.ZERO;
      s.warned = false;
      s.breached = false;
      s.pendingExtension = null;
    } else if (h.to().stepOrNull() == null) {
      s.clockStep = null;
      s.clockStart = null;
      s.clockLimit = null;
      s.extension = Duration.ZERO;
      s.paused = Duration.ZERO;
      s.warned = false;
      s.breached = false;
      s.pendingExtension = null;
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

  private static void apply(CaseState s, CaseEvent event) {
    if (event instanceof Reported e) {
      s.details = e.details();
      s.holder = e.holder();
    } else if (event instanceof Assigned e) {
      s.dispatcher = e.dispatcher();
      s.holder = e.holder();
      s.coHandlers = e.coHandlers();
      s.submittedBy = null;
    } else if (event instanceof ResultSubmitted) {
      s.submittedBy = event.header().actor();
    } else if (event instanceof Verified e) {
      if (!e.passed()) {
        s.reworks++;
        s.submittedBy = null;
      }
    } else if (event instanceof Evaluated e) {
      ImmutableMap.Builder<EvaluationDimension, Satisfaction> m = ImmutableMap.builderWithExpectedSize(4);
      m.putAll(s.evaluations).put(e.dimension(), e.rating());
      s.evaluations = m.build();
    } else if (event instanceof Closed) {
      s.closedAt = event.header().at();
    } else if (event instanceof Escalated e) {
      s.holder = e.holder();
      s.dispatcher = null;
      s.coHandlers = ImmutableList.of();
      s.submittedBy = null;
      s.escalations++;
    } else if (event instanceof Returned e) {
      s.holder = e.holder();
      s.coHandlers = ImmutableList.of();
      s.submittedBy = null;
    } else if (event instanceof ExtensionRequested e) {
      s.pendingExtension = e.amount();
    } else if (event instanceof ExtensionApproved e) {
      s.extension = s.extension.plus(e.amount());
      s.pendingExtension = null;
    } else if (event instanceof ExtensionDenied) {
      s.pendingExtension = null;
    } else if (event instanceof Parked) {
      s.parked = true;
      s.parkedAt = event.header().at();
    } else if (event instanceof Resumed e) {
      s.parked = false;
      s.parkedAt = null;
      s.paused = s.paused.plus(e.pausedElapsed());
    } else if (event instanceof Reopened e) {
      s.holder = e.holder();
      s.coHandlers = ImmutableList.of();
      s.submittedBy = null;
      s.evaluations = ImmutableMap.of();
      s.closedAt = null;
      s.reopens++;
    } else if (event instanceof MarkedDuplicate e) {
      s.duplicateOf = e.original();
    } else if (event instanceof WhistleBlown e) {
      s.summonses = ImmutableList.<Summons>builder().addAll(s.summonses).addAll(e.summonses()).build();
    } else if (event instanceof ReportedIn e) {
      s.reportedIn = ImmutableSet.<DepartmentId>builder().addAll(s.reportedIn).add(e.department()).build();
    } else if (event instanceof ReportInOverdue e) {
      s.overdue = ImmutableSet.<DepartmentId>builder().addAll(s.overdue).add(e.department()).build();
    } else if (event instanceof ChildLinked e) {
      s.children = ImmutableList.<CaseId>builder().addAll(s.children).add(e.child()).build();
    } else if (event instanceof DeadlineWarned) {
      s.warned = true;
    } else if (event instanceof DeadlineBreached) {
      s.breached = true;
    }
    // Accepted, Voided, Acknowledged: status change only
  }

  // ---------------------------------------------------------------- decide helpers

  static Decision.Rejected reject(RejectionReason reason, String message) {
    return new Decision.Rejected(reason, message);
  }

  private static Decision resent(CaseState state, CaseCommand command) {
    List<CaseEvent> found = null;
    for (EventLog l = state.log; l != null; l = l.previous()) {
      EventHeader h = l.event().header();
      if (h.command().equals(command.id())) {
        if (h.kind() != command.kind()) {
          return reject(RejectionReason.DUPLICATE_COMMAND, "command id " + command.id() + " was already used by a "
              + h.kind() + " command");
        }
        if (found == null) {
          found = new ArrayList<>(2);
        }
        found.add(0, l.event());
      }
    }
    return found == null ? null : new Decision.AlreadyApplied(ImmutableList.copyOf(found));
  }

  static EventHeader header(CaseState s, CaseCommand c, int offset, CaseStatus to, TimeLimit clock) {
    return new EventHeader(s.caseId, s.version + 1 + offset, c.at(), c.actor(), c.id(), c.kind(), s.status, to,
        clock == null ? Optional.empty() : Optional.of(clock));
  }

  static Decision one(CaseEvent e) {
    return new Decision.Accepted(ImmutableList.of(e));
  }

  private static Decision report(CaseState s, Report r, DecisionContext ctx) {
    if (s.status != CaseStatus.NEW) {
      return reject(RejectionReason.INVALID_TRANSITION, "case " + s.caseId + " was already reported");
    }
    Organisation org = ctx.organisation();
    CaseDetails d = r.details();
    PlaceId place = d.place();
    if (!org.contains(place) || org.gridOf(place).isEmpty()) {
      return reject(RejectionReason.INVALID_ARGUMENT, "the place " + place + " is not a grid or a place within one");
    }
    GridId grid = org.gridOf(place).get();
    PersonId actor = r.actor();
    RejectionReason denied;
    switch (d.source()) {
      case GRID_PATROL:
        if (org.hasJurisdiction(actor, Role.GRID_WORKER, place) || org.hasJurisdiction(actor, Role.GRID_CHIEF, place)) {
          denied = null;
        } else {
          denied = Authority.hasRole(org, actor, Role.GRID_WORKER) || Authority.hasRole(org, actor, Role.GRID_CHIEF)
              ? RejectionReason.OUT_OF_JURISDICTION : RejectionReason.NOT_AUTHORISED;
        }
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
    Holder first = d.source() == Source.HOTLINE ? Holder.center(org.city()) : Holder.center(grid.community());
    TimeLimit limit = ctx.deadlines().limit(d.category(), d.urgency(), Step.ACCEPT);
    return one(new Reported(header(s, r, 0, CaseStatus.REPORTED, limit), d, first));
  }

  private static Decision tick(CaseState s, Tick t, DecisionContext ctx) {
    List<CaseEvent> out = null;
    int n = 0;
    if (s.clockStep != null && !s.parked && !s.breached) {
      DeadlineLight light = s.light(t.at(), ctx.calendar());
      if (light != DeadlineLight.GREEN && !s.warned) {
        out = new ArrayList<>(2);
        out.add(new DeadlineWarned(header(s, t, n++, s.status, null), s.clockStep));
      }
      if (light == DeadlineLight.RED) {
        if (out == null) {
          out = new ArrayList<>(1);
        }
        out.add(new DeadlineBreached(header(s, t, n++, s.status, null), s.clockStep));
      }
    }
    for (Summons m : s.summonses) {
      if (t.at().isAfter(m.due()) && !s.reportedIn.contains(m.department()) && !s.overdue.contains(m.department())) {
        if (out == null) {
          out = new ArrayList<>(1);
        }
        out.add(new ReportInOverdue(header(s, t, n++, s.status, null), m.department()));
      }
    }
    return new Decision.Accepted(out == null ? ImmutableList.of() : ImmutableList.copyOf(out));
  }

  /** Decides every command but report and tick, for a reported, unparked (or resuming) case. */
  private static final class Decider {
    private final CaseState s;
    private final CaseCommand c;
    private final DecisionContext ctx;
    private final Organisation org;

    Decider(CaseState s, CaseCommand c, DecisionContext ctx) {
      this.s = s;
      this.c = c;
      this.ctx = ctx;
      this.org = ctx.organisation();
    }

    Decision decide() {
      if (c instanceof Accept) {
        return simple(CaseStatus.REPORTED, s.holder, CaseStatus.ACCEPTED, true, Accepted::new);
      }
      if (c instanceof VoidReport v) {
        Decision d = gate(s.status == CaseStatus.REPORTED || s.status == CaseStatus.ACCEPTED, s.holder);
        return d != null ? d : one(new Voided(header(s, c, 0, CaseStatus.VOIDED, null), v.reason()));
      }
      if (c instanceof MarkDuplicate m) {
        Decision d = gate(s.status == CaseStatus.REPORTED || s.status == CaseStatus.ACCEPTED, s.holder);
        if (d != null) {
          return d;
        }
        if (m.original().equals(s.caseId)) {
          return reject(RejectionReason.INVALID_ARGUMENT, "a case cannot duplicate itself");
        }
        return one(new MarkedDuplicate(header(s, c, 0, CaseStatus.DUPLICATE, null), m.original()));
      }
      if (c instanceof Assign a) {
        return assign(a);
      }
      if (c instanceof Acknowledge) {
        return simple(CaseStatus.ASSIGNED, s.holder, CaseStatus.HANDLING, true, Acknowledged::new);
      }
      if (c instanceof SubmitResult r) {
        Decision d = gate(s.status == CaseStatus.HANDLING, s.holder);
        return d != null ? d
            : one(new ResultSubmitted(header(s, c, 0, CaseStatus.RESULT_SUBMITTED, limit(Step.VERIFY)), r.summary()));
      }
      if (c instanceof Verify v) {
        Decision d = gate(s.status == CaseStatus.RESULT_SUBMITTED, s.dispatcher);
        if (d != null) {
          return d;
        }
        if (c.actor().equals(s.submittedBy)) {
          return reject(RejectionReason.NOT_AUTHORISED, "nobody verifies their own result");
        }
        return v.passed()
            ? one(new Verified(header(s, c, 0, CaseStatus.VERIFIED, null), true, v.note()))
            : one(new Verified(header(s, c, 0, CaseStatus.HANDLING, limit(Step.HANDLE)), false, v.note()));
      }
      if (c instanceof Evaluate e) {
        return evaluate(e);
      }
      if (c instanceof Close) {
        return simple(CaseStatus.VERIFIED, s.dispatcher, CaseStatus.CLOSED, false, Closed::new);
      }
      if (c instanceof Escalate e) {
        return escalate(e);
      }
      if (c instanceof Return r) {
        Decision d = gate(s.status == CaseStatus.ASSIGNED || s.status == CaseStatus.HANDLING, s.holder);
        if (d != null) {
          return d;
        }
        if (s.dispatcher == null || s.dispatcher.equals(s.holder)) {
          return reject(RejectionReason.INVALID_TRANSITION, "the case has no other dispatcher to return to");
        }
        return one(new Returned(header(s, c, 0, CaseStatus.ACCEPTED, limit(Step.DISPATCH)), s.holder, s.dispatcher,
            r.reason()));
      }
      if (c instanceof RequestExtension r) {
        Decision d = gate(s.status == CaseStatus.HANDLING && s.pendingExtension == null, s.holder);
        return d != null ? d
            : one(new ExtensionRequested(header(s, c, 0, s.status, null), r.amount(), r.reason()));
      }
      if (c instanceof ApproveExtension) {
        Decision d = gate(s.status == CaseStatus.HANDLING && s.pendingExtension != null, s.dispatcher);
        return d != null ? d : one(new ExtensionApproved(header(s, c, 0, s.status, null), s.pendingExtension));
      }
      if (c instanceof DenyExtension) {
        Decision d = gate(s.status == CaseStatus.HANDLING && s.pendingExtension != null, s.dispatcher);
        return d != null ? d : one(new ExtensionDenied(header(s, c, 0, s.status, null)));
      }
      if (c instanceof Park p) {
        Decision d = gate(!s.parked && (s.status == CaseStatus.ACCEPTED || s.status == CaseStatus.ASSIGNED
            || s.status == CaseStatus.HANDLING), parkAuthority());
        return d != null ? d : one(new Parked(header(s, c, 0, s.status, null), p.reason()));
      }
      if (c instanceof Resume) {
        Decision d = gate(s.parked, parkAuthority());
        if (d != null) {
          return d;
        }
        Duration pausedElapsed = s.clockLimit == null ? Duration.ZERO
            : ctx.calendar().elapsed(s.clockLimit.kind(), s.parkedAt, c.at());
        return one(new Resumed(header(s, c, 0, s.status, null), pausedElapsed));
      }
      if (c instanceof Reopen r) {
        return reopen(r);
      }
      if (c instanceof BlowWhistle w) {
        return whistle(w);
      }
      if (c instanceof ReportIn r) {
        return reportIn(r);
      }
      if (c instanceof LinkChild l) {
        Decision d = gate(s.status.isOpen() && s.holder instanceof Holder.CenterHolder, s.holder);
        if (d != null) {
          return d;
        }
        if (l.child().equals(s.caseId) || s.children.contains(l.child())) {
          return reject(RejectionReason.INVALID_ARGUMENT, "case " + l.child() + " cannot be linked as a new child");
        }
        return one(new ChildLinked(header(s, c, 0, s.status, null), l.child()));
      }
      throw new IllegalStateException("unhandled command " + c.kind());
    }

    interface Simple {
      CaseEvent make(EventHeader h);
    }

    private Decision simple(CaseStatus from, Holder authority, CaseStatus to, boolean clock, Simple make) {
      Decision d = gate(s.status == from, authority);
      if (d != null) {
        return d;
      }
      return one(make.make(header(s, c, 0, to, clock ? limit(to.stepOrNull()) : null)));
    }

    /** Returns null if the status allows the command and the actor acts for the authority. */
    private Decision gate(boolean statusAllows, Holder authority) {
      if (!statusAllows) {
        return reject(RejectionReason.INVALID_TRANSITION, "a " + c.kind() + " command is not allowed in status "
            + s.status + (s.parked ? " (parked)" : ""));
      }
      if (authority == null) {
        return reject(RejectionReason.NOT_AUTHORISED, "nobody may send a " + c.kind() + " command now");
      }
      RejectionReason denied = Authority.actsFor(org, c.actor(), authority);
      return denied == null ? null : reject(denied, c.actor() + " does not act for " + authority);
    }

    private Holder parkAuthority() {
      if (s.dispatcher != null) {
        return s.dispatcher;
      }
      return s.holder instanceof Holder.CenterHolder ? s.holder : null;
    }

    private TimeLimit limit(Step step) {
      return ctx.deadlines().limit(s.details.category(), s.details.urgency(), step);
    }

    private Decision assign(Assign a) {
      Decision d = gate(s.status == CaseStatus.ACCEPTED, s.holder);
      if (d != null) {
        return d;
      }
      if (!(s.holder instanceof Holder.CenterHolder center)) {
        return reject(RejectionReason.INVALID_TRANSITION, "only a center dispatches");
      }
      Holder target = a.target();
      CaseStatus to = CaseStatus.ASSIGNED;
      if (!a.coHandlers().isEmpty() && !(target instanceof Holder.DepartmentHolder)) {
        return reject(RejectionReason.INVALID_ARGUMENT, "co-handlers go only with a lead department");
      }
      if (target instanceof Holder.GridHolder g) {
        if (!org.contains(g.grid()) || !org.isWithin(g.grid(), center.place())) {
          return reject(RejectionReason.INVALID_ARGUMENT, "grid " + g.grid() + " is not within " + center.place());
        }
      } else if (target instanceof Holder.CenterHolder t) {
        if (!org.contains(t.place()) || !org.isWithin(t.place(), center.place())) {
          return reject(RejectionReason.INVALID_ARGUMENT, "center " + t.place() + " is not within " + center.place());
        }
        if (!t.equals(center)) {
          to = CaseStatus.ACCEPTED;
        }
      } else if (target instanceof Holder.DepartmentHolder dep) {
        if (org.department(dep.department()).isEmpty()) {
          return reject(RejectionReason.INVALID_ARGUMENT, "department " + dep.department() + " is unknown");
        }
        Set<DepartmentId> seen = new HashSet<>();
        for (DepartmentId co : a.coHandlers()) {
          if (org.department(co).isEmpty() || co.equals(dep.department()) || !seen.add(co)) {
            return reject(RejectionReason.INVALID_ARGUMENT, "co-handler " + co
                + " is unknown, repeated or the lead itself");
          }
        }
      }
      return one(new Assigned(header(s, c, 0, to, limit(to.stepOrNull())), center, target, a.coHandlers()));
    }

    private Decision evaluate(Evaluate e) {
      if (s.status != CaseStatus.VERIFIED && s.status != CaseStatus.CLOSED) {
        return reject(RejectionReason.INVALID_TRANSITION, "only a verified or closed case is evaluated");
      }
      EvaluationDimension dim = e.dimension();
      if (s.evaluations.containsKey(dim)) {
        return reject(RejectionReason.INVALID_TRANSITION, "the case was already evaluated on " + dim);
      }
      PersonId actor = c.actor();
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
      return one(new Evaluated(header(s, c, 0, s.status, null), dim, e.rating()));
    }

    private Decision escalate(Escalate e) {
      Decision d = gate(s.status == CaseStatus.ACCEPTED || s.status == CaseStatus.ASSIGNED
          || s.status == CaseStatus.HANDLING, s.holder);
      if (d != null) {
        return d;
      }
      Holder up;
      Holder city = Holder.center(org.city());
      if (s.holder.equals(city)) {
        return reject(RejectionReason.INVALID_TRANSITION, "the city center is the top level");
      }
      if (e.toCityCenter()) {
        up = city;
      } else if (s.holder instanceof Holder.GridHolder g) {
        up = Holder.center(g.grid().community());
      } else if (s.holder instanceof Holder.CenterHolder ch && ch.place() instanceof CommunityId cm) {
        up = Holder.center(cm.subdistrict());
      } else if (s.holder instanceof Holder.CenterHolder ch && ch.place() instanceof SubdistrictId sd) {
        up = Holder.center(sd.city());
      } else {
        return reject(RejectionReason.INVALID_TRANSITION, "a department escalates only to the city center");
      }
      return one(new Escalated(header(s, c, 0, CaseStatus.ACCEPTED, limit(Step.DISPATCH)), s.holder, up));
    }

    private Decision reopen(Reopen r) {
      if (s.status != CaseStatus.CLOSED) {
        return reject(RejectionReason.INVALID_TRANSITION, "only a closed case is reopened");
      }
      if (s.evaluations.get(EvaluationDimension.RESIDENT_SATISFACTION) != Satisfaction.DISSATISFIED) {
        return reject(RejectionReason.INVALID_TRANSITION, "only a case the resident is dissatisfied with is reopened");
      }
      boolean reporter = s.details.reporter().isPresent() && s.details.reporter().get().equals(c.actor());
      if (!reporter) {
        RejectionReason denied = Authority.actsFor(org, c.actor(), s.dispatcher);
        if (denied != null) {
          return reject(denied, c.actor() + " is neither the reporter nor acts for " + s.dispatcher);
        }
      }
      if (c.at().isAfter(s.closedAt.plus(ctx.reopenWindow()))) {
        return reject(RejectionReason.OUTSIDE_WINDOW, "the reopening window of " + ctx.reopenWindow()
            + " after closure at " + s.closedAt + " has passed");
      }
      return one(new Reopened(header(s, c, 0, CaseStatus.ACCEPTED, limit(Step.DISPATCH)), s.dispatcher, r.reason()));
    }

    private Decision whistle(BlowWhistle w) {
      boolean community = s.holder instanceof Holder.CenterHolder ch && ch.place().level() == Level.COMMUNITY;
      Decision d = gate(s.status.isOpen() && community, s.holder);
      if (d != null) {
        return d;
      }
      if (w.departments().isEmpty()) {
        return reject(RejectionReason.INVALID_ARGUMENT, "a whistle summons at least one department");
      }
      Set<DepartmentId> pending = new HashSet<>();
      for (Summons m : s.summonses) {
        if (!s.reportedIn.contains(m.department())) {
          pending.add(m.department());
        }
      }
      TimeLimit limit = limit(Step.REPORT_IN);
      Instant due = ctx.calendar().advance(limit.kind(), c.at(), limit.budget());
      ImmutableList.Builder<Summons> out = ImmutableList.builder();
      for (DepartmentId dep : w.departments()) {
        if (org.department(dep).isEmpty() || !pending.add(dep)) {
          return reject(RejectionReason.INVALID_ARGUMENT, "department " + dep + " is unknown or already summoned");
        }
        out.add(new Summons(dep, due));
      }
      return one(new WhistleBlown(header(s, c, 0, s.status, null), out.build()));
    }

    private Decision reportIn(ReportIn r) {
      if (!s.status.isOpen()) {
        return reject(RejectionReason.INVALID_TRANSITION, "the case is no longer open");
      }
      boolean summoned = false;
      for (Summons m : s.summonses) {
        summoned |= m.department().equals(r.department());
      }
      if (!summoned || s.reportedIn.contains(r.department())) {
        return reject(RejectionReason.INVALID_TRANSITION, "department " + r.department()
            + " was not summoned or already reported in");
      }
      RejectionReason denied = Authority.actsFor(org, c.actor(), Holder.department(r.department()));
      if (denied != null) {
        return reject(denied, c.actor() + " does not act for department " + r.department());
      }
      return one(new ReportedIn(header(s, c, 0, s.status, null), r.department()));
    }
  }

}
