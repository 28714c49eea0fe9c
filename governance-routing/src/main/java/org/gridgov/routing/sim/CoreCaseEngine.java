package org.gridgov.routing.sim;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Maps;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.calendar.BusinessCalendar;
import org.gridgov.core.calendar.DeadlineLight;
import org.gridgov.core.calendar.TimeLimit;
import org.gridgov.core.cases.CaseCommand;
import org.gridgov.core.cases.CaseDetails;
import org.gridgov.core.cases.CaseEvent;
import org.gridgov.core.cases.CaseId;
import org.gridgov.core.cases.CaseLoop;
import org.gridgov.core.cases.CaseState;
import org.gridgov.core.cases.CaseStatus;
import org.gridgov.core.cases.CommandId;
import org.gridgov.core.cases.DeadlineTable;
import org.gridgov.core.cases.Decision;
import org.gridgov.core.cases.DecisionContext;
import org.gridgov.core.cases.Holder;
import org.gridgov.core.cases.Source;
import org.gridgov.core.evaluation.EvaluationDimension;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.org.DepartmentId;
import org.gridgov.core.org.GridId;
import org.gridgov.core.org.Level;
import org.gridgov.core.org.Organisation;
import org.gridgov.core.org.PlaceId;
import org.gridgov.core.org.Role;
import org.gridgov.core.org.RoleAssignment;
import org.gridgov.core.people.PersonId;
import org.gridgov.routing.CaseFacts;
import org.gridgov.routing.RoutingDecision;
import org.gridgov.routing.RoutingException;
import org.gridgov.routing.Urgency;

/**
 * The case engine backed by the core's case loop: each simulated case is a {@link CaseState} advanced
 * only by {@link CaseLoop#decide} and {@link CaseLoop#evolve}, with commands carrying an identifier, an
 * actor of the organisation holding the right role, and the simulated instant.
 *
 * <p>Actors: the grid worker reports and acts for a grid; a community center is acted for by its
 * general grid chief (总网格长) and, to verify the chief's own results, by a community center dispatcher;
 * subdistrict and city centers by their center dispatchers; a department by its handlers. The resident
 * who raised the case with the grid worker is its reporter and rates it.
 *
 * <p>{@link CaseFacts} are projected from the state: holder (a department counts as the city), escalation
 * count, the current step's deadline light on the business calendar, and the highest level that gave the
 * case up — folded from {@code Returned} events and from {@code Escalated} events sent while the holder
 * had signed for the case. Closed cases are released (only their status is kept) unless the engine was
 * made to retain them. A rejection by the case loop throws {@link RoutingException} with its reason.
 *
 * <p>One engine serves one replication, from one thread.
 */
public final class CoreCaseEngine implements CaseEngine {
  private static final String DESCRIPTION = "simulated report";
  /** Durations below this many seconds (about 58 years) times 5 still fit in long nanoseconds. */
  private static final long MAX_EXACT_SECONDS = Long.MAX_VALUE / 5 / 1_000_000_000L - 1;
  private static final CommandId[] IDS = new CommandId[128];

  static {
    for (int i = 0; i < IDS.length; i++) {
      IDS[i] = CommandId.of("k" + i);
    }
  }

  private final Organisation organisation;
  private final BusinessCalendar calendar;
  private final DecisionContext context;
  private final boolean retainClosed;
  private final IdentityFirstCache<PlaceId, PersonId[]> centerActors = new IdentityFirstCache<>();
  private final java.util.function.Function<PlaceId, PersonId[]> centerStaff = this::centerStaff;
  private final IdentityFirstCache<GridId, PersonId[]> gridActors = new IdentityFirstCache<>();
  private final IdentityFirstCache<DepartmentId, PersonId[]> departmentActors = new IdentityFirstCache<>();
  /** The grid actors by the caller's grid number, filled as grids are met. */
  private PersonId[][] gridActorsByNumber = new PersonId[64][];
  /**
   * The staff of each grid's community center by the caller's grid number, filled as grids are met: a
   * reported case goes to its grid's community center first, and the center's identifier in the case state
   * is the grid identifier's own community instance, which the center cache (keyed first by the instance
   * it saw first) mostly misses, hashing the identifier's parent chain instead.
   */
  private PersonId[][] communityStaffByNumber = new PersonId[64][];
  /** The grid of each grid number met, for the read-ahead. */
  private GridId[] gridOfNumber = new GridId[64];
  private Slot[] slots = new Slot[1024];
  private byte[] released = new byte[1024];
  private long commands;
  private long transitions;
  /** What the read-ahead methods read, kept so that the reads are not optimised away; never used. */
  private long readAheadSum;

  /** The engine's record of one case: its state and the facts folded from its events. */
  private static final class Slot {
    CaseState state;
    final GridId grid;
    final PersonId gridWorker;
    final PersonId reporter;
    final Instant reportedAt;
    Instant clockStart;
    Level failed;
    /** The center that acted for the case last and its staff: a case mostly stays with one center. */
    PlaceId center;
    PersonId[] centerStaff;

    Slot(CaseState state, GridId grid, PersonId[] gridActors, Instant reportedAt) {
      this.state = state;
      this.grid = grid;
      this.gridWorker = gridActors[0];
      this.reporter = gridActors[1];
      this.reportedAt = reportedAt;
    }
  }

  private static final Map<Level, String> SOLVED = Maps.toMap(Arrays.asList(Level.values()), l -> "solved at " + l);
  private static final Map<Level, String> UNSOLVED = Maps.toMap(Arrays.asList(Level.values()),
      l -> "cannot be solved at " + l.name().toLowerCase(java.util.Locale.ROOT) + " level");
  private static final Map<Level, Optional<Level>> FAILED =
      Maps.toMap(Arrays.asList(Level.values()), Optional::of);

  private CoreCaseEngine(Organisation org, BusinessCalendar calendar, DeadlineTable deadlines,
      boolean retainClosed) {
    this.organisation = org;
    this.calendar = calendar;
    this.context = new DecisionContext(org, calendar, deadlines, Duration.ofDays(15));
    this.retainClosed = retainClosed;
  }

  /**
   * Returns an engine on the China mainland calendar (2025–2027) with the standard deadline table that
   * releases closed cases.
   *
   * @param organisation  the city, staffed as {@link org.gridgov.routing.city.CityGenerator} staffs it, not null
   * @return the engine, not null
   * @throws InvalidInputException if the organisation is null
   */
  public static CoreCaseEngine of(Organisation organisation) {
    return of(organisation, BusinessCalendar.chinaMainland(), DeadlineTable.standard(), false);
  }

  /**
   * Returns an engine.
   *
   * @param organisation  the city, not null
   * @param calendar  the business calendar covering the simulated period, not null
   * @param deadlines  the deadline table, not null
   * @param retainClosed  whether closed cases keep their state (for inspection) instead of being released
   * @return the engine, not null
   * @throws InvalidInputException if a value is null
   */
  public static CoreCaseEngine of(Organisation organisation, BusinessCalendar calendar, DeadlineTable deadlines,
      boolean retainClosed) {
    if (organisation == null || calendar == null || deadlines == null) {
      throw new InvalidInputException("coreCaseEngine", "organisation, calendar and deadlines are required");
    }
    return new CoreCaseEngine(organisation, calendar, deadlines, retainClosed);
  }

  /**
   * Returns the state of a case, if it is still held (open, or closed in an engine retaining closed cases).
   *
   * @param ref  the case, not null
   * @return the state, empty if unknown or released
   */
  public Optional<CaseState> state(CaseRef ref) {
    Slot s = ref.index() < slots.length ? slots[ref.index()] : null;
    return s == null ? Optional.empty() : Optional.of(s.state);
  }

  /**
   * Returns how many commands the case loop has accepted so far.
   *
   * @return the count
   */
  public long commandCount() {
    return commands;
  }

  /**
   * Returns how many events (state transitions) have been applied so far.
   *
   * @return the count
   */
  public long transitionCount() {
    return transitions;
  }

  @Override
  public void open(CaseRef ref, NewCase report) {
    accept(open(ref, report, gridActors(report.grid())), report.reportedAt());
  }

  @Override
  public void open(CaseRef ref, NewCase report, int gridNumber) {
    if (gridNumber < 0) {
      throw new InvalidInputException("gridNumber", "must be at least 0", gridNumber);
    }
    if (gridNumber >= gridActorsByNumber.length) {
      int n = Math.max(gridNumber + 1, gridActorsByNumber.length * 2);
      gridActorsByNumber = Arrays.copyOf(gridActorsByNumber, n);
      communityStaffByNumber = Arrays.copyOf(communityStaffByNumber, n);
      gridOfNumber = Arrays.copyOf(gridOfNumber, n);
    }
    PersonId[] actors = gridActorsByNumber[gridNumber];
    if (actors == null) {
      actors = gridActors(report.grid());
      gridActorsByNumber[gridNumber] = actors;
      gridOfNumber[gridNumber] = report.grid();
      communityStaffByNumber[gridNumber] = centerActors.get(report.grid().community(), centerStaff);
    }
    Slot s = open(ref, report, actors);
    s.center = report.grid().community();
    s.centerStaff = communityStaffByNumber[gridNumber];
    accept(s, report.reportedAt());
  }

  private Slot open(CaseRef ref, NewCase report, PersonId[] actors) {
    int i = ref.index();
    if (i >= slots.length) {
      int n = Math.max(i + 1, slots.length * 2);
      slots = Arrays.copyOf(slots, n);
      released = Arrays.copyOf(released, n);
    }
    if (slots[i] != null || released[i] != 0) {
      throw new RoutingException("case " + i + " was already opened");
    }
    Slot s = new Slot(CaseState.initial(CaseId.of("case-" + i)), report.grid(), actors, report.reportedAt());
    slots[i] = s;
    Instant at = report.reportedAt();
    CaseDetails details = CaseDetails.of(report.category(), Source.GRID_PATROL, report.place(),
        urgency(report.urgency()), DESCRIPTION, Optional.of(s.reporter));
    apply(s, new CaseCommand.Report(id(s), caseId(s), s.gridWorker, at, details));
    return s;
  }

  private void accept(Slot s, Instant at) {
    apply(s, new CaseCommand.Accept(id(s), caseId(s), actor(s, s.state.holder().orElseThrow(), null), at));
  }

  @Override
  public void route(CaseRef ref, RoutingDecision decision, Instant at) {
    Slot s = slot(ref);
    Holder holder = s.state.holder().orElseThrow();
    PersonId actor = actor(s, holder, null);
    if (decision instanceof RoutingDecision.HandleHere) {
      if (s.state.status() == CaseStatus.ACCEPTED) {
        assign(s, holder, holder, ImmutableList.of(), at);
      }
      signFor(s, at);
    } else if (decision instanceof RoutingDecision.AssignDown a) {
      Holder target = a.unit().level() == Level.GRID ? Holder.grid((GridId) a.unit()) : Holder.center(a.unit());
      assign(s, holder, target, ImmutableList.of(), at);
      if (target instanceof Holder.CenterHolder) {
        assign(s, target, target, ImmutableList.of(), at);
      }
      signFor(s, at);
    } else if (decision instanceof RoutingDecision.Escalate e) {
      apply(s, new CaseCommand.Escalate(id(s), caseId(s), actor, at, false, decision.reason()));
      PlaceId now = place(s.state.holder().orElseThrow());
      if (!now.equals(e.to())) {
        throw new RoutingException("case " + caseId(s) + " escalated to " + now + ", the policy said " + e.to());
      }
    } else if (decision instanceof RoutingDecision.HandToCenter) {
      apply(s, new CaseCommand.Escalate(id(s), caseId(s), actor, at, true, decision.reason()));
    } else if (decision instanceof RoutingDecision.AssignDepartments d) {
      assign(s, holder, Holder.department(d.lead()), d.coHandlers(), at);
      signFor(s, at);
    } else if (decision instanceof RoutingDecision.BlowWhistle w) {
      apply(s, new CaseCommand.BlowWhistle(id(s), caseId(s), actor, at, w.summoned()));
      for (DepartmentId d : w.summoned()) {
        apply(s, new CaseCommand.ReportIn(id(s), caseId(s), departmentActors(d)[0], at, d));
      }
      assign(s, holder, Holder.department(w.summoned().get(0)), w.summoned().subList(1, w.summoned().size()), at);
      signFor(s, at);
    } else if (decision instanceof RoutingDecision.Supervise) {
      apply(s, new CaseCommand.Tick(id(s), caseId(s), actor, at));
    } else {
      throw new IllegalStateException("unknown decision " + decision);
    }
  }

  private void assign(Slot s, Holder by, Holder target, ImmutableList<DepartmentId> coHandlers, Instant at) {
    apply(s, new CaseCommand.Assign(id(s), caseId(s), actor(s, by, null), at, target, coHandlers));
  }

  private void signFor(Slot s, Instant at) {
    if (s.state.status() == CaseStatus.ASSIGNED) {
      apply(s, new CaseCommand.Acknowledge(id(s), caseId(s), actor(s, s.state.holder().orElseThrow(), null), at));
    }
  }

  /**
   * Reads what the next step of case {@code index} reads first, changing nothing: its slot, its state
   * with the last event's header, and when {@code deep} the identifiers of its grid worker and of the
   * first staff member of its center. Unknown and released cases are skipped. For the simulator's
   * read-ahead.
   */
  void readAhead(int index, boolean deep) {
    Slot s = index >= 0 && index < slots.length ? slots[index] : null;
    if (s == null) {
      return;
    }
    CaseState st = s.state;
    long sum = st.version();
    if (deep) {
      sum += st.escalationCount() + s.gridWorker.hashCode();
      PersonId[] staff = s.centerStaff;
      if (staff != null && staff.length > 0) {
        sum += staff[0].hashCode();
      }
    }
    readAheadSum += sum;
  }

  /** Reads case {@code index}'s slot only, changing nothing. For the simulator's read-ahead. */
  void readAheadSlot(int index) {
    Slot s = index >= 0 && index < slots.length ? slots[index] : null;
    if (s != null) {
      readAheadSum += s.state == null ? 0 : 1;
    }
  }

  /**
   * Reads the identifiers of the actors a case opened in grid number {@code gridNumber} will need
   * first, changing nothing; grids not met yet are skipped. For the simulator's read-ahead.
   */
  void readAheadGrid(int gridNumber) {
    PersonId[] actors = gridNumber >= 0 && gridNumber < gridActorsByNumber.length
        ? gridActorsByNumber[gridNumber] : null;
    if (actors == null) {
      return;
    }
    long sum = actors[0].hashCode();
    PersonId[] staff = communityStaffByNumber[gridNumber];
    if (staff != null && staff.length > 0) {
      sum += staff[0].hashCode();
    }
    readAheadSum += sum;
  }

  /**
   * Reads, for a group of grids, what cases opened there will read first, changing nothing: the grid
   * worker's and the community's first staff member's identifiers and role assignments. The grids are
   * read in one burst so that the processor fetches their cache lines side by side rather than one chain
   * at a time. For the simulator's read-ahead.
   */
  void readAheadGrids(int[] gridNumbers, int count) {
    long sum = 0;
    for (int i = 0; i < count; i++) {
      int g = gridNumbers[i];
      PersonId[] actors = g >= 0 && g < gridActorsByNumber.length ? gridActorsByNumber[g] : null;
      if (actors == null) {
        continue;
      }
      sum += touchRoles(actors[0]);
      GridId grid = gridOfNumber[g];
      if (grid != null && organisation.contains(grid)) {
        sum++;
      }
      PersonId[] staff = communityStaffByNumber[g];
      if (staff != null && staff.length > 0) {
        sum += touchRoles(staff[0]);
      }
    }
    readAheadSum += sum;
  }

  private long touchRoles(PersonId person) {
    ImmutableList<RoleAssignment> roles = organisation.rolesOf(person);
    return roles.isEmpty() ? 0 : roles.get(0).place().hashCode();
  }

  @Override
  public void startHandling(CaseRef ref, Instant at) {
    Slot s = slot(ref);
    if (s.state.status() != CaseStatus.HANDLING) {
      throw new RoutingException("case " + caseId(s) + " is " + s.state.status() + ", not in handling");
    }
  }

  @Override
  public void finishHandling(CaseRef ref, Level level, boolean solved, Instant at) {
    Slot s = slot(ref);
    Holder holder = s.state.holder().orElseThrow();
    PersonId actor = actor(s, holder, null);
    if (solved) {
      apply(s, new CaseCommand.SubmitResult(id(s), caseId(s), actor, at, SOLVED.get(level)));
      return;
    }
    Optional<Holder> dispatcher = s.state.dispatcher();
    String why = UNSOLVED.get(level);
    if (dispatcher.isPresent() && !dispatcher.get().equals(holder)) {
      apply(s, new CaseCommand.Return(id(s), caseId(s), actor, at, why));
    } else {
      apply(s, new CaseCommand.Escalate(id(s), caseId(s), actor, at, false, why));
    }
  }

  @Override
  public void verify(CaseRef ref, boolean passed, Instant at) {
    Slot s = slot(ref);
    Holder dispatcher = s.state.dispatcher().orElseThrow(() -> new RoutingException("case " + caseId(s)
        + " has no dispatching center to verify it"));
    PersonId verifier = actor(s, dispatcher, s.state.submittedBy().orElse(null));
    apply(s, new CaseCommand.Verify(id(s), caseId(s), verifier, at, passed, passed ? "verified" : "rework"));
  }

  @Override
  public void close(CaseRef ref, Satisfaction rating, Instant at) {
    Slot s = slot(ref);
    apply(s, new CaseCommand.Evaluate(id(s), caseId(s), s.reporter, at, EvaluationDimension.RESIDENT_SATISFACTION,
        rating));
    Holder dispatcher = s.state.dispatcher().orElseThrow();
    apply(s, new CaseCommand.Close(id(s), caseId(s), actor(s, dispatcher, null), at));
    if (!retainClosed) {
      slots[ref.index()] = null;
      released[ref.index()] = 1;
    }
  }

  @Override
  public CaseFacts facts(CaseRef ref, Instant at) {
    Slot s = slot(ref);
    CaseState st = s.state;
    CaseDetails d = st.details().orElseThrow();
    DeadlineLight light = light(st, at);
    return new CaseFacts(d.category(), d.place(), urgency(d.urgency()), place(st.holder().orElseThrow()),
        st.escalationCount(), light == null ? DeadlineLight.GREEN : light, false,
        s.failed == null ? Optional.empty() : FAILED.get(s.failed), s.reportedAt);
  }

  @Override
  public int escalations(CaseRef ref, Instant at) {
    return slot(ref).state.escalationCount();
  }

  @Override
  public Optional<Instant> nextLightChange(CaseRef ref, Instant at) {
    Slot s = slot(ref);
    CaseState st = s.state;
    if (st.currentStep().isEmpty() || st.isParked() || s.clockStart == null) {
      return Optional.empty();
    }
    DeadlineLight light = light(st, at);
    if (light == null || light == DeadlineLight.RED) {
      return Optional.empty();
    }
    TimeLimit limit = st.currentLimit().orElseThrow();
    Duration budget = limit.budget().plus(st.extension());
    Duration counted = light == DeadlineLight.YELLOW ? budget.plusSeconds(1) : yellowBudget(budget);
    Instant t = calendar.advance(limit.kind(), s.clockStart, counted.plus(st.pausedTime()));
    if (!t.isAfter(at)) {
      throw new RoutingException("the deadline light of case " + caseId(s) + " would change at " + t
          + ", not after " + at);
    }
    return Optional.of(t);
  }

  /** Returns the current step's deadline light, null if no clock runs. */
  private DeadlineLight light(CaseState st, Instant at) {
    return st.deadlineLight(at, calendar).orElse(null);
  }

  /** Returns 80 % of the budget plus 0.8 s, truncated to nanoseconds, as {@code (budget × 4 + 4 s) / 5}. */
  private static Duration yellowBudget(Duration budget) {
    if (budget.isNegative() || budget.getSeconds() >= MAX_EXACT_SECONDS) {
      return budget.multipliedBy(4).plus(Duration.ofSeconds(4)).dividedBy(5);
    }
    return Duration.ofNanos((budget.toNanos() * 4 + 4_000_000_000L) / 5);
  }

  @Override
  public SimulatedStatus status(CaseRef ref) {
    int i = ref.index();
    if (i < released.length && released[i] != 0) {
      return SimulatedStatus.CLOSED;
    }
    CaseState st = slot(ref).state;
    if (st.isParked()) {
      return SimulatedStatus.PARKED;
    }
    switch (st.status()) {
      case CLOSED:
        return SimulatedStatus.CLOSED;
      case VOIDED:
      case DUPLICATE:
        return SimulatedStatus.VOIDED;
      case HANDLING:
      case RESULT_SUBMITTED:
      case VERIFIED:
        return SimulatedStatus.IN_HANDLING;
      default:
        return SimulatedStatus.OPEN;
    }
  }

  // ---------------------------------------------------------------- commands and events

  private void apply(Slot s, CaseCommand command) {
    Decision d = CaseLoop.decide(s.state, command, context);
    if (d instanceof Decision.Accepted a) {
      // By position: events() makes a list (and the loop an iterator) for the single event of nearly every
      // command, a tenth of the bytes a simulated case allocated.
      int n = a.size();
      for (int i = 0; i < n; i++) {
        CaseEvent e = a.event(i);
        s.state = CaseLoop.evolve(s.state, e);
        observe(s, e);
      }
      commands++;
      transitions += n;
      return;
    }
    String outcome = d instanceof Decision.Rejected r ? "rejected it: " + r.reason() + " — " + r.message()
        : "had already applied its identifier " + command.id();
    throw new RoutingException("the case loop " + outcome + " (" + command.kind() + " of " + command.caseId()
        + " by " + command.actor() + " at " + command.at() + ", state " + s.state + ")");
  }

  private void observe(Slot s, CaseEvent e) {
    if (e.header().clock().isPresent()) {
      s.clockStart = e.header().at();
    }
    Holder gaveUp = null;
    if (e instanceof CaseEvent.Returned r) {
      gaveUp = r.previous();
    } else if (e instanceof CaseEvent.Escalated x && (e.header().from() == CaseStatus.HANDLING
        || e.header().from() == CaseStatus.ASSIGNED)) {
      gaveUp = x.previous();
    }
    if (gaveUp != null && (s.failed == null || gaveUp.level().isAbove(s.failed))) {
      s.failed = gaveUp.level();
    }
  }

  private static CommandId id(Slot s) {
    long next = s.state.version() + 1;
    return next < IDS.length ? IDS[(int) next] : CommandId.of("k" + next);
  }

  private static CaseId caseId(Slot s) {
    return s.state.caseId();
  }

  private Slot slot(CaseRef ref) {
    Slot s = ref.index() < slots.length ? slots[ref.index()] : null;
    if (s == null) {
      throw new RoutingException("case " + ref.index() + " is not open in this engine");
    }
    return s;
  }

  // ---------------------------------------------------------------- projection and actors

  private PlaceId place(Holder h) {
    if (h instanceof Holder.GridHolder g) {
      return g.grid();
    }
    if (h instanceof Holder.CenterHolder c) {
      return c.place();
    }
    return organisation.city();
  }

  private static org.gridgov.core.cases.Urgency urgency(Urgency u) {
    switch (u) {
      case URGENT:
        return org.gridgov.core.cases.Urgency.URGENT;
      case EMERGENCY:
        return org.gridgov.core.cases.Urgency.EMERGENCY;
      default:
        return org.gridgov.core.cases.Urgency.NORMAL;
    }
  }

  private static Urgency urgency(org.gridgov.core.cases.Urgency u) {
    switch (u) {
      case URGENT:
        return Urgency.URGENT;
      case EMERGENCY:
        return Urgency.EMERGENCY;
      default:
        return Urgency.ROUTINE;
    }
  }

  /** Returns a person acting for a holder of the case other than {@code not}. */
  private PersonId actor(Slot s, Holder h, PersonId not) {
    PersonId[] candidates;
    if (h instanceof Holder.GridHolder g) {
      PersonId worker = g.grid() == s.grid || g.grid().equals(s.grid) ? s.gridWorker : gridActors(g.grid())[0];
      if (!worker.equals(not)) {
        return worker;
      }
      candidates = new PersonId[0];
    } else if (h instanceof Holder.CenterHolder c) {
      if (c.place() != s.center) {
        s.centerStaff = centerActors.get(c.place(), centerStaff);
        s.center = c.place();
      }
      candidates = s.centerStaff;
    } else {
      candidates = departmentActors(((Holder.DepartmentHolder) h).department());
    }
    for (PersonId p : candidates) {
      if (!p.equals(not)) {
        return p;
      }
    }
    throw new RoutingException("the organisation has no one " + (not == null ? "" : "besides " + not + " ")
        + "to act for " + h);
  }

  private PersonId[] centerStaff(PlaceId place) {
    ImmutableList.Builder<PersonId> out = ImmutableList.builder();
    if (place.level() == Level.COMMUNITY) {
      out.addAll(organisation.holders(Role.GENERAL_GRID_CHIEF, place));
    }
    out.addAll(organisation.holders(Role.CENTER_DISPATCHER, place));
    return out.build().toArray(new PersonId[0]);
  }

  /** Returns the grid's worker (who reports and acts for the grid) and the grid's resident reporter. */
  private PersonId[] gridActors(GridId grid) {
    return gridActors.get(grid, g -> {
      ImmutableList<PersonId> workers = organisation.holders(Role.GRID_WORKER, g);
      PersonId worker = workers.isEmpty() ? organisation.holders(Role.GRID_CHIEF, g).stream().findFirst()
          .orElseThrow(() -> new RoutingException("grid " + g + " has no grid worker or chief")) : workers.get(0);
      return new PersonId[] {worker, PersonId.of("resident-" + g.code())};
    });
  }

  private PersonId[] departmentActors(DepartmentId department) {
    return departmentActors.get(department, d -> organisation.assignmentsWithin(Role.DEPARTMENT_HANDLER,
        organisation.city()).stream().filter(a -> a.department().equals(Optional.of(d))).map(RoleAssignment::person)
        .toArray(PersonId[]::new));
  }
}
