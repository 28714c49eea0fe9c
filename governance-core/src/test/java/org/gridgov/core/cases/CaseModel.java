package org.gridgov.core.cases;

import static org.gridgov.core.cases.CaseFixture.*;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gridgov.core.calendar.DeadlineLight;
import org.gridgov.core.calendar.TimeLimit;
import org.gridgov.core.cases.CaseCommand.*;
import org.gridgov.core.evaluation.EvaluationDimension;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.org.DepartmentId;
import org.gridgov.core.org.PlaceId;
import org.gridgov.core.people.PersonId;

/**
 * A deliberately plain second implementation of the case loop's rules (CASE-LOOP.md, AUTHORITY.md) for
 * the fixture's small city: who acts for which holder is a hand-written table, containment is a parent
 * table. {@link CaseLoopStatefulTest} checks the real loop against it step by step. Whistles and child
 * links are left out (the property test covers them).
 */
final class CaseModel {

  /** The outcome of the last command. */
  enum Outcome { NONE, ACCEPTED, REJECTED, ALREADY_APPLIED }

  /** What both the model and the real state expose; equality of models is equality of this. */
  record Observed(CaseStatus status, Optional<Holder> holder, Optional<Holder> dispatcher,
      ImmutableList<DepartmentId> coHandlers, Optional<PersonId> submittedBy, int reworks, int reopens,
      int escalations, boolean parked, Optional<Step> step, Optional<TimeLimit> limit, Duration extension,
      Duration paused, boolean warned, boolean breached, Optional<Duration> pending,
      ImmutableMap<EvaluationDimension, Satisfaction> evaluations, Optional<Instant> closedAt,
      Optional<CaseId> duplicateOf, long version, Optional<Instant> lastAt, Outcome outcome) {

    static Observed of(CaseState s, Outcome outcome) {
      return new Observed(s.status(), s.holder(), s.dispatcher(), s.coHandlers(), s.submittedBy(), s.reworkCount(),
          s.reopenCount(), s.escalationCount(), s.isParked(), s.currentStep(), s.currentLimit(), s.extension(),
          s.pausedTime(), s.isWarned(), s.isBreached(), s.pendingExtension(), s.evaluations(), s.closedAt(),
          s.duplicateOf(), s.version(), s.lastEventAt(), outcome);
    }
  }

  /** Which holders each person of the fixture acts for. */
  private static final ImmutableMap<PersonId, ImmutableSet<Holder>> ACTS_FOR = ImmutableMap.<PersonId,
      ImmutableSet<Holder>>builder()
      .put(GW11, ImmutableSet.of(Holder.grid(G11))).put(GW12, ImmutableSet.of(Holder.grid(G12)))
      .put(GW21, ImmutableSet.of(Holder.grid(G21))).put(GW22, ImmutableSet.of(Holder.grid(G22)))
      .put(CD_SHEZHAI, ImmutableSet.of(Holder.center(SHEZHAI)))
      .put(CHIEF_SHEZHAI, ImmutableSet.of(Holder.center(SHEZHAI)))
      .put(CD_XINYUE, ImmutableSet.of(Holder.center(XINYUE))).put(CD_TAIJI, ImmutableSet.of(Holder.center(TAIJI)))
      .put(CD_CITY, ImmutableSet.of(Holder.center(CITY))).put(CD_CITY2, ImmutableSet.of(Holder.center(CITY)))
      .put(DH_SANITATION, ImmutableSet.of(Holder.department(SANITATION)))
      .put(DH_LAW, ImmutableSet.of(Holder.department(LAW))).put(DH_WATER, ImmutableSet.of(Holder.department(WATER)))
      .put(DH_EMERGENCY, ImmutableSet.of(Holder.department(EMERGENCY)))
      .put(DH_HOUSING, ImmutableSet.of(Holder.department(HOUSING))).build();
  private static final ImmutableMap<PlaceId, PlaceId> PARENT = ImmutableMap.of(G11, SHEZHAI, G12, SHEZHAI,
      G21, XINYUE, G22, XINYUE, SHEZHAI, TAIJI, XINYUE, TAIJI, TAIJI, CITY);
  private static final ImmutableSet<PersonId> RESIDENTS = ImmutableSet.of(RES1, RES2);
  private static final ImmutableSet<PersonId> DISPATCHERS = ImmutableSet.of(CD_SHEZHAI, CD_XINYUE, CD_TAIJI, CD_CITY,
      CD_CITY2);
  static final ImmutableSet<DepartmentId> KNOWN_DEPARTMENTS = ImmutableSet.of(SANITATION, LAW, WATER, EMERGENCY,
      HOUSING);

  final CaseId id;
  Observed seen;
  // model-only data
  CaseDetails details;
  Instant clockStart;
  Instant parkedAt;
  Map<CommandId, CommandKind> ids = new HashMap<>();
  // the test driver's clock, command counter and sent commands
  Instant now = T0;
  int n;
  List<CaseCommand> sent = new ArrayList<>();

  CaseModel(CaseId id) {
    this.id = id;
    this.seen = new Observed(CaseStatus.NEW, Optional.empty(), Optional.empty(), ImmutableList.of(), Optional.empty(),
        0, 0, 0, false, Optional.empty(), Optional.empty(), Duration.ZERO, Duration.ZERO, false, false,
        Optional.empty(), ImmutableMap.of(), Optional.empty(), Optional.empty(), 0, Optional.empty(), Outcome.NONE);
  }

  private CaseModel(CaseModel m) {
    this.id = m.id;
    this.seen = m.seen;
    this.details = m.details;
    this.clockStart = m.clockStart;
    this.parkedAt = m.parkedAt;
    this.ids = new HashMap<>(m.ids);
    this.now = m.now;
    this.n = m.n;
    this.sent = m.sent;
  }

  static boolean actsFor(PersonId p, Holder h) {
    return h != null && ACTS_FOR.getOrDefault(p, ImmutableSet.of()).contains(h);
  }

  static boolean within(PlaceId inner, PlaceId outer) {
    for (PlaceId p = inner; p != null; p = PARENT.get(p)) {
      if (p.equals(outer)) {
        return true;
      }
    }
    return false;
  }

  private static boolean open(CaseStatus s) {
    return s != CaseStatus.NEW && s != CaseStatus.CLOSED && s != CaseStatus.VOIDED && s != CaseStatus.DUPLICATE;
  }

  /** The working copy of the observed fields while a command is applied. */
  private static final class W {
    CaseStatus status;
    Holder holder;
    Holder dispatcher;
    ImmutableList<DepartmentId> coHandlers;
    PersonId submittedBy;
    int reworks;
    int reopens;
    int escalations;
    boolean parked;
    Step step;
    TimeLimit limit;
    Duration extension;
    Duration paused;
    boolean warned;
    boolean breached;
    Duration pending;
    Map<EvaluationDimension, Satisfaction> evaluations;
    Instant closedAt;
    CaseId duplicateOf;
    long version;
    Instant lastAt;

    W(Observed o) {
      status = o.status();
      holder = o.holder().orElse(null);
      dispatcher = o.dispatcher().orElse(null);
      coHandlers = o.coHandlers();
      submittedBy = o.submittedBy().orElse(null);
      reworks = o.reworks();
      reopens = o.reopens();
      escalations = o.escalations();
      parked = o.parked();
      step = o.step().orElse(null);
      limit = o.limit().orElse(null);
      extension = o.extension();
      paused = o.paused();
      warned = o.warned();
      breached = o.breached();
      pending = o.pending().orElse(null);
      evaluations = new HashMap<>(o.evaluations());
      closedAt = o.closedAt().orElse(null);
      duplicateOf = o.duplicateOf().orElse(null);
      version = o.version();
      lastAt = o.lastAt().orElse(null);
    }

    Observed done(Outcome outcome) {
      return new Observed(status, Optional.ofNullable(holder), Optional.ofNullable(dispatcher), coHandlers,
          Optional.ofNullable(submittedBy), reworks, reopens, escalations, parked, Optional.ofNullable(step),
          Optional.ofNullable(limit), extension, paused, warned, breached, Optional.ofNullable(pending),
          ImmutableMap.copyOf(evaluations), Optional.ofNullable(closedAt), Optional.ofNullable(duplicateOf), version,
          Optional.ofNullable(lastAt), outcome);
    }
  }

  /** Returns the model after a command; a rejected command changes nothing but the outcome. */
  CaseModel apply(CaseCommand c) {
    CaseModel next = new CaseModel(this);
    W w = new W(seen);
    Outcome outcome = next.decide(w, c);
    if (outcome == Outcome.REJECTED || outcome == Outcome.ALREADY_APPLIED) {
      next.seen = new W(seen).done(outcome);
      next.details = details;
      next.clockStart = clockStart;
      next.parkedAt = parkedAt;
      next.ids = ids;
    } else {
      next.seen = w.done(outcome);
    }
    return next;
  }

  private Outcome decide(W w, CaseCommand c) {
    CommandKind used = ids.get(c.id());
    if (used != null) {
      return used == c.kind() ? Outcome.ALREADY_APPLIED : Outcome.REJECTED;
    }
    if (w.lastAt != null && c.at().isBefore(w.lastAt)) {
      return Outcome.REJECTED;
    }
    if (c instanceof Report r) {
      return report(w, r);
    }
    if (w.status == CaseStatus.NEW) {
      return Outcome.REJECTED;
    }
    if (c instanceof Tick) {
      return tick(w, c);
    }
    if (w.parked && !(c instanceof Resume)) {
      return Outcome.REJECTED;
    }
    PersonId a = c.actor();
    Holder parkAuthority = w.dispatcher != null ? w.dispatcher
        : w.holder instanceof Holder.CenterHolder ? w.holder : null;
    if (c instanceof Accept && w.status == CaseStatus.REPORTED && actsFor(a, w.holder)) {
      return event(w, c, CaseStatus.ACCEPTED, true);
    }
    if (c instanceof VoidReport && (w.status == CaseStatus.REPORTED || w.status == CaseStatus.ACCEPTED)
        && actsFor(a, w.holder)) {
      return event(w, c, CaseStatus.VOIDED, false);
    }
    if (c instanceof MarkDuplicate m && (w.status == CaseStatus.REPORTED || w.status == CaseStatus.ACCEPTED)
        && actsFor(a, w.holder) && !m.original().equals(id)) {
      w.duplicateOf = m.original();
      return event(w, c, CaseStatus.DUPLICATE, false);
    }
    if (c instanceof Assign x && w.status == CaseStatus.ACCEPTED && actsFor(a, w.holder)
        && w.holder instanceof Holder.CenterHolder center && validTarget(x, center)) {
      CaseStatus to = x.target() instanceof Holder.CenterHolder t && !t.equals(center) ? CaseStatus.ACCEPTED
          : CaseStatus.ASSIGNED;
      w.dispatcher = center;
      w.holder = x.target();
      w.coHandlers = x.coHandlers();
      w.submittedBy = null;
      return event(w, c, to, true);
    }
    if (c instanceof Acknowledge && w.status == CaseStatus.ASSIGNED && actsFor(a, w.holder)) {
      return event(w, c, CaseStatus.HANDLING, true);
    }
    if (c instanceof SubmitResult && w.status == CaseStatus.HANDLING && actsFor(a, w.holder)) {
      w.submittedBy = a;
      return event(w, c, CaseStatus.RESULT_SUBMITTED, true);
    }
    if (c instanceof Verify v && w.status == CaseStatus.RESULT_SUBMITTED && actsFor(a, w.dispatcher)
        && !a.equals(w.submittedBy)) {
      if (v.passed()) {
        return event(w, c, CaseStatus.VERIFIED, false);
      }
      w.reworks++;
      w.submittedBy = null;
      return event(w, c, CaseStatus.HANDLING, true);
    }
    if (c instanceof Evaluate e && (w.status == CaseStatus.VERIFIED || w.status == CaseStatus.CLOSED)
        && !w.evaluations.containsKey(e.dimension()) && mayEvaluate(w, e)) {
      w.evaluations.put(e.dimension(), e.rating());
      return event(w, c, w.status, false);
    }
    if (c instanceof Close && w.status == CaseStatus.VERIFIED && actsFor(a, w.dispatcher)) {
      Outcome o = event(w, c, CaseStatus.CLOSED, false);
      w.closedAt = c.at();
      return o;
    }
    if (c instanceof Escalate e && (w.status == CaseStatus.ACCEPTED || w.status == CaseStatus.ASSIGNED
        || w.status == CaseStatus.HANDLING) && actsFor(a, w.holder) && !w.holder.equals(Holder.center(CITY))) {
      Holder up;
      if (e.toCityCenter()) {
        up = Holder.center(CITY);
      } else if (w.holder instanceof Holder.GridHolder g) {
        up = Holder.center(PARENT.get(g.grid()));
      } else if (w.holder instanceof Holder.CenterHolder ch) {
        up = Holder.center(PARENT.get(ch.place()));
      } else {
        return Outcome.REJECTED;
      }
      w.holder = up;
      w.dispatcher = null;
      w.coHandlers = ImmutableList.of();
      w.submittedBy = null;
      w.escalations++;
      return event(w, c, CaseStatus.ACCEPTED, true);
    }
    if (c instanceof Return && (w.status == CaseStatus.ASSIGNED || w.status == CaseStatus.HANDLING)
        && actsFor(a, w.holder) && w.dispatcher != null && !w.dispatcher.equals(w.holder)) {
      w.holder = w.dispatcher;
      w.coHandlers = ImmutableList.of();
      w.submittedBy = null;
      return event(w, c, CaseStatus.ACCEPTED, true);
    }
    if (c instanceof RequestExtension r && w.status == CaseStatus.HANDLING && w.pending == null
        && actsFor(a, w.holder)) {
      w.pending = r.amount();
      return event(w, c, w.status, false);
    }
    if ((c instanceof ApproveExtension || c instanceof DenyExtension) && w.status == CaseStatus.HANDLING
        && w.pending != null && actsFor(a, w.dispatcher)) {
      if (c instanceof ApproveExtension) {
        w.extension = w.extension.plus(w.pending);
      }
      w.pending = null;
      return event(w, c, w.status, false);
    }
    if (c instanceof Park && !w.parked && (w.status == CaseStatus.ACCEPTED || w.status == CaseStatus.ASSIGNED
        || w.status == CaseStatus.HANDLING) && actsFor(a, parkAuthority)) {
      w.parked = true;
      parkedAt = c.at();
      return event(w, c, w.status, false);
    }
    if (c instanceof Resume && w.parked && actsFor(a, parkAuthority)) {
      w.parked = false;
      if (w.limit != null) {
        w.paused = w.paused.plus(CALENDAR.elapsed(w.limit.kind(), parkedAt, c.at()));
      }
      parkedAt = null;
      return event(w, c, w.status, false);
    }
    if (c instanceof Reopen && w.status == CaseStatus.CLOSED
        && w.evaluations.get(EvaluationDimension.RESIDENT_SATISFACTION) == Satisfaction.DISSATISFIED
        && (reporter().map(a::equals).orElse(false) || actsFor(a, w.dispatcher))
        && !c.at().isAfter(w.closedAt.plus(CONTEXT.reopenWindow()))) {
      w.holder = w.dispatcher;
      w.coHandlers = ImmutableList.of();
      w.submittedBy = null;
      w.evaluations.clear();
      w.closedAt = null;
      w.reopens++;
      return event(w, c, CaseStatus.ACCEPTED, true);
    }
    return Outcome.REJECTED;
  }

  Optional<PersonId> reporter() {
    return details == null ? Optional.empty() : details.reporter();
  }

  private boolean mayEvaluate(W w, Evaluate e) {
    PersonId a = e.actor();
    switch (e.dimension()) {
      case RESIDENT_SATISFACTION:
        return reporter().map(a::equals).orElse(false);
      case EFFICIENCY:
      case RESULT:
        return actsFor(a, w.dispatcher) && !a.equals(w.submittedBy);
      default:
        return actsFor(a, w.holder) && !actsFor(a, w.dispatcher);
    }
  }

  private static boolean validTarget(Assign x, Holder.CenterHolder center) {
    Holder t = x.target();
    if (!x.coHandlers().isEmpty() && !(t instanceof Holder.DepartmentHolder)) {
      return false;
    }
    if (t instanceof Holder.GridHolder g) {
      return within(g.grid(), center.place());
    }
    if (t instanceof Holder.CenterHolder ch) {
      return within(ch.place(), center.place());
    }
    DepartmentId lead = ((Holder.DepartmentHolder) t).department();
    return KNOWN_DEPARTMENTS.contains(lead) && !x.coHandlers().contains(lead)
        && ImmutableSet.copyOf(x.coHandlers()).size() == x.coHandlers().size()
        && KNOWN_DEPARTMENTS.containsAll(x.coHandlers());
  }

  private Outcome report(W w, Report r) {
    if (w.status != CaseStatus.NEW) {
      return Outcome.REJECTED;
    }
    CaseDetails d = r.details();
    boolean allowed;
    switch (d.source()) {
      case GRID_PATROL:
        allowed = actsFor(r.actor(), Holder.grid(G11)) && d.place().equals(G11);
        break;
      case RESIDENT_SNAPSHOT:
        allowed = RESIDENTS.contains(r.actor());
        break;
      case HOTLINE:
        allowed = DISPATCHERS.contains(r.actor());
        break;
      default:
        throw new IllegalArgumentException("the model reports only by patrol, snapshot or hotline");
    }
    if (!allowed) {
      return Outcome.REJECTED;
    }
    details = d;
    w.holder = d.source() == Source.HOTLINE ? Holder.center(CITY) : Holder.center(SHEZHAI);
    return event(w, r, CaseStatus.REPORTED, true);
  }

  private Outcome tick(W w, CaseCommand c) {
    if (w.step == null || w.parked || w.breached) {
      return Outcome.ACCEPTED;
    }
    Duration used = CALENDAR.elapsed(w.limit.kind(), clockStart, c.at()).minus(w.paused);
    DeadlineLight light = DeadlineLight.of(used.isNegative() ? Duration.ZERO : used,
        w.limit.budget().plus(w.extension));
    if (light != DeadlineLight.GREEN && !w.warned) {
      w.warned = true;
      record(w, c);
    }
    if (light == DeadlineLight.RED) {
      w.breached = true;
      record(w, c);
    }
    return Outcome.ACCEPTED;
  }

  private void record(W w, CaseCommand c) {
    w.version++;
    w.lastAt = c.at();
    ids.put(c.id(), c.kind());
  }

  /** Records one event moving to a status; a clock starts when asked, and stops in a status without a step. */
  private Outcome event(W w, CaseCommand c, CaseStatus to, boolean startsClock) {
    record(w, c);
    w.status = to;
    if (startsClock || to.step().isEmpty()) {
      w.step = to.step().orElse(null);
      w.limit = w.step == null ? null : CONTEXT.deadlines().limit(details.category(), details.urgency(), w.step);
      clockStart = w.step == null ? null : c.at();
      w.extension = Duration.ZERO;
      w.paused = Duration.ZERO;
      w.warned = false;
      w.breached = false;
      w.pending = null;
    }
    return Outcome.ACCEPTED;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CaseModel m && seen.equals(m.seen);
  }

  @Override
  public int hashCode() {
    return Objects.hash(seen);
  }

  @Override
  public String toString() {
    return seen.toString();
  }
}
