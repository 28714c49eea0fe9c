package org.gridgov.routing.sim;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.org.DepartmentId;
import org.gridgov.core.org.GridId;
import org.gridgov.core.org.Level;
import org.gridgov.core.org.Organisation;
import org.gridgov.core.org.PlaceId;
import org.gridgov.core.org.Role;
import org.gridgov.core.people.PersonId;
import org.gridgov.routing.CaseFacts;
import org.gridgov.routing.Jurisdiction;
import org.gridgov.routing.RoutingDecision;
import org.gridgov.routing.RoutingException;
import org.gridgov.routing.RoutingPolicy;
import org.gridgov.routing.Urgency;
import org.gridgov.routing.WorkloadView;

/**
 * Plays one replication: the workload's cases arrive, the policy routes them, units and departments
 * (each a pool of handlers working the scenario's hours) handle them in FIFO order, and the case engine
 * records every lifecycle step.
 *
 * <p>The simulator owns only the process side — queues, handlers' busy time, the hidden truth of each
 * case — and keeps no case lifecycle: status, holder, escalations and deadline lights come from the
 * {@link CaseEngine}. A simulator is used once, from one thread.
 */
public final class Simulator {
  private static final int FINISH = 1;
  private static final int LIGHT = 2;
  private static final int MAX_HOPS = 8;
  private static final Level[] LADDER = {Level.GRID, Level.COMMUNITY, Level.SUBDISTRICT, Level.CITY};

  private static final Map<Satisfaction, Optional<Satisfaction>> RATINGS =
      Maps.toMap(Arrays.asList(Satisfaction.values()), Optional::of);

  private final Scenario scenario;
  private final Organisation org;
  private final RoutingPolicy policy;
  private final CaseEngine engine;
  private final Workload workload;
  private final EventList events = new EventList();
  /** The scenario's median handling minutes by level ordinal and limits in seconds by urgency ordinal. */
  private final double[] medianMinutes = new double[Level.values().length];
  private final long[] limitSeconds = new long[Urgency.values().length];
  /** The second of the day handlers start and stop work. */
  private final long workdayOpenSeconds;
  private final long workdayCloseSeconds;
  private long nowSeconds = -1;
  /** What {@link #readAhead} read, kept so that the reads are not optimised away; never used. */
  private long readAheadSum;
  /** Arrivals read ahead together by {@link #readAheadArrivals}, and how far ahead. */
  private static final int GROUP = 8;
  /** Events handled per call of {@link #handleEvents}. */
  private static final int BATCH = 1024;
  /** The next case to arrive. */
  private int nextArrival;
  /** The grid numbers of the group {@link #readAheadArrivals} reads. */
  private final int[] groupGrids = new int[GROUP];
  private Instant nowInstant;

  /** Look-ups in a row returning the instance given after which {@link #keepReason} only samples. */
  private static final int QUIET_LOOKUPS = 4096;
  /** While sampling, {@link #keepReason} looks up one reason in this many (a power of two). */
  private static final int LOOKUP_SAMPLE = 64;
  private boolean lookingUpAll = true;
  private int quietLookUps;
  private int reasonsSinceLookUp;

  private final List<Pool> pools = new ArrayList<>();
  private final IdentityFirstCache<Object, Pool> poolByKey = new IdentityFirstCache<>();
  private final Map<PersonId, Integer> personLoad = new HashMap<>();

  /** The pool of the unit at a level (grid, community, subdistrict, city) above each grid number, as met. */
  private final Pool[][] unitAbove;

  // The process state of each case: STRIDE longs a case in one array, and its two references side by side
  // in another, touched only when a person is assigned and when the case is routed or closed. A case comes
  // back hours of simulated time after it was last touched, when its data has left the processor caches:
  // with a dozen arrays (one per field) each field read was a cache miss of its own.
  private static final int STRIDE = 8;
  private static final int ARRIVAL = 0;
  private static final int CLOSED_AT = 1;
  private static final int LIGHT_AT = 2;
  private static final int TICKET = 3;
  private static final int ATTEMPTS = 4;
  private static final int REWORKS = 5;
  private static final int ESCALATIONS = 6;
  /**
   * Bit 0: in service; bit 1: opened; bit 2: assigned to a person; bits 8–15: rating ordinal + 1 (0 while
   * unrated); bits 16–23: urgency ordinal; bits 24–31: ordinal of the level able to solve the case; bits
   * 32–63: number of the pool the case is at + 1 (0 before it is placed).
   */
  private static final int FLAGS = 7;
  private static final long IN_SERVICE = 1;
  private static final long OPENED = 2;
  private static final long HAS_PERSON = 4;
  private static final int REFS = 2;
  private static final int PERSON = 0;
  private static final int REASON = 1;
  private static final Satisfaction[] SATISFACTIONS = Satisfaction.values();
  private static final Urgency[] URGENCIES = Urgency.values();
  private static final Level[] LEVELS = Level.values();
  private final long[] state;
  /** The person a case is assigned to (or null) and its last reason, per case. */
  private final Object[] refs;

  /** A unit or department: a pool of handlers with one FIFO queue. */
  private static final class Pool {
    final String name;
    final Level level;
    final int servers;
    /** The pool's index in {@link Simulator#pools}. */
    int number;
    int busy;
    long busySeconds;
    int open;
    /** Waiting cases as (ticket << 32 | case); an entry whose ticket is no longer the case's is void. */
    long[] queue = new long[16];
    int head;
    int size;

    /**
     * The reasons of the decisions that placed a case here or put one here under supervision, one instance
     * per text, for the trace: a megacity year has millions of cases but a few hundred thousand distinct
     * reasons, and a unit sees only a few dozen of them (its name in each, the category or failure part
     * varying). An open-addressing table by the text's hash, looked up while the policy's fresh text is
     * still in the processor caches. A probe compares identity first (the built-in policies hand out one
     * instance per distinct decision), then the kept text's cached hash, then its characters.
     */
    String[] reasons = new String[8];
    int reasonCount;
    /**
     * The instance {@link #share} returned last (kept in {@link #reasons}), beside the pool's counters:
     * a policy that hands out one instance per decision often places cases here for the same reason in a
     * row, and the table is then not read at all (in a 20,000-grid city each pool's table is a cache miss).
     */
    String lastShared;

    Pool(String name, Level level, int servers) {
      this.name = name;
      this.level = level;
      this.servers = servers;
    }

    /** Returns the kept instance of a reason text given for this pool, keeping this one if it is new. */
    String share(String text) {
      if (text == lastShared) {
        return text;
      }
      String kept = keep(text);
      lastShared = kept;
      return kept;
    }

    /** Returns the kept instance of the text from the table, keeping this one if it is new. */
    private String keep(String text) {
      int h = text.hashCode();
      int mask = reasons.length - 1;
      for (int i = h & mask; ; i = (i + 1) & mask) {
        String kept = reasons[i];
        if (kept == null) {
          break;
        }
        if (kept == text || kept.hashCode() == h && kept.equals(text)) {
          return kept;
        }
      }
      if (2 * (reasonCount + 1) > reasons.length) {
        String[] old = reasons;
        reasons = new String[old.length * 2];
        for (String r : old) {
          if (r != null) {
            put(r, r.hashCode());
          }
        }
      }
      put(text, h);
      reasonCount++;
      return text;
    }

    private void put(String text, int h) {
      int mask = reasons.length - 1;
      int i = h & mask;
      while (reasons[i] != null) {
        i = (i + 1) & mask;
      }
      reasons[i] = text;
    }
  }

  private Simulator(Scenario scenario, Organisation org, RoutingPolicy policy, CaseEngine engine,
      Workload workload) {
    this.scenario = scenario;
    this.org = org;
    this.policy = policy;
    this.engine = engine;
    this.workload = workload;
    int n = workload.size();
    unitAbove = new Pool[LADDER.length][workload.gridCount()];
    workdayOpenSeconds = scenario.workdayStartHour() * 3600L;
    workdayCloseSeconds = scenario.workdayEndHour() * 3600L;
    scenario.medianHandlingMinutes().forEach((level, minutes) -> medianMinutes[level.ordinal()] = minutes);
    for (Urgency u : Urgency.values()) {
      limitSeconds[u.ordinal()] = Math.max(1, (long) (scenario.limitHours().get(u) * 3600));
    }
    state = new long[n * STRIDE];
    refs = new Object[n * REFS];
    for (int c = 0; c < n; c++) {
      state[c * STRIDE + ARRIVAL] = workload.arrival(c);
      state[c * STRIDE + CLOSED_AT] = -1;
      state[c * STRIDE + LIGHT_AT] = -1;
      state[c * STRIDE + FLAGS] = (long) workload.urgency(c).ordinal() << 16
          | (long) workload.solvableAt(c).ordinal() << 24;
      refs[c * REFS + REASON] = "";
    }
  }

  private long get(int c, int field) {
    return state[c * STRIDE + field];
  }

  private void set(int c, int field, long value) {
    state[c * STRIDE + field] = value;
  }

  private int increment(int c, int field) {
    return (int) ++state[c * STRIDE + field];
  }

  private boolean is(int c, long flag) {
    return (state[c * STRIDE + FLAGS] & flag) != 0;
  }

  private void flag(int c, long flag, boolean on) {
    int i = c * STRIDE + FLAGS;
    state[i] = on ? state[i] | flag : state[i] & ~flag;
  }

  private Pool at(int c) {
    int number = (int) (get(c, FLAGS) >>> 32);
    return number == 0 ? null : pools.get(number - 1);
  }

  private String reason(int c) {
    return (String) refs[c * REFS + REASON];
  }

  private void reason(int c, String text) {
    refs[c * REFS + REASON] = text;
  }

  private Urgency urgency(int c) {
    return URGENCIES[(int) (get(c, FLAGS) >>> 16 & 0xFF)];
  }

  private Level solvableAt(int c) {
    return LEVELS[(int) (get(c, FLAGS) >>> 24 & 0xFF)];
  }

  /** Returns the rating kept in a case's flags, null while unrated. */
  private static Satisfaction rating(long flags) {
    int r = (int) (flags >>> 8 & 0xFF);
    return r == 0 ? null : SATISFACTIONS[r - 1];
  }

  /**
   * Runs one replication to the scenario's horizon.
   *
   * @param scenario  the scenario, not null
   * @param organisation  the city, not null
   * @param policy  the routing policy, not null
   * @param engine  a fresh case engine for this replication, not null
   * @param workload  the replication's cases, not null
   * @return the trace and metrics, not null
   * @throws org.gridgov.core.InvalidInputException if a value is null or the workload places a case in a grid
   *     the organisation does not have
   * @throws RoutingException if the policy breaks a jurisdiction rule or the engine rejects a lifecycle step
   */
  public static Replication run(Scenario scenario, Organisation organisation, RoutingPolicy policy,
      CaseEngine engine, Workload workload) {
    if (scenario == null || organisation == null || policy == null || engine == null || workload == null) {
      throw new org.gridgov.core.InvalidInputException("simulator", "scenario, organisation, policy, engine and "
          + "workload are required");
    }
    for (int g = 0; g < workload.gridCount(); g++) {
      if (!organisation.contains(workload.gridOfNumber(g))) {
        throw new org.gridgov.core.InvalidInputException("workload", "must place its cases in grids of the "
            + "organisation; " + workload.gridOfNumber(g) + " is not one", workload.gridOfNumber(g));
      }
    }
    return new Simulator(scenario, organisation, policy, engine, workload).run();
  }

  /**
   * Reads what the next two events will read first, while this one is handled: their cases' process
   * state here and, through the engine, their slots, states and actors. A case comes back hours of
   * simulated time after it was last touched, when in a large city its data has left the processor
   * caches; a read issued an event early lets the processor fetch it while this event's work goes on,
   * instead of stalling on it then (about 1.04× on a megacity, {@code docs/SIMULATOR.md}, seventh round).
   * It only reads: the sum it keeps is never used.
   */
  private void readAhead() {
    if (events.isEmpty() || !(engine instanceof CoreCaseEngine core)) {
      return;
    }
    int next = events.peekSubject();
    core.readAhead(next, true);
    long sum = state[next * STRIDE + FLAGS];
    int second = events.peekSecondSubject();
    if (second >= 0) {
      core.readAhead(second, false);
      sum += state[second * STRIDE + FLAGS];
    }
    int third = events.peekThirdSubject();
    if (third >= 0) {
      core.readAheadSlot(third);
      sum += state[third * STRIDE + FLAGS];
    }
    readAheadSum += sum;
  }

  /**
   * Reads what arrivals will read first, changing nothing: for the next arrival its actors' identifiers;
   * every {@link #GROUP}th arrival, for the group of arrivals {@code GROUP} to {@code 2 × GROUP - 1} places
   * later, their actors' role assignments, their grids' entries in the organisation and their grid and
   * community pools, in one burst. Several independent chains of cache misses issued together overlap in
   * the memory system; one read a step ahead only moves the stall (docs/SIMULATOR.md, ninth round).
   */
  private void readAheadArrivals(int arriving) {
    if (!(engine instanceof CoreCaseEngine core)) {
      return;
    }
    core.readAheadGrid(workload.gridNumber(arriving + 1));
    if (arriving % GROUP == 0) {
      int n = 0;
      for (int j = arriving + GROUP; j < arriving + 2 * GROUP && j < workload.size(); j++) {
        groupGrids[n++] = workload.gridNumber(j);
      }
      core.readAheadGrids(groupGrids, n);
      readAheadPools(groupGrids, n);
    }
  }

  /**
   * Handles up to {@code max} events in time order: arrivals straight from the workload (in arrival order,
   * as if all were scheduled first, so an arrival leaves before any other event at the same time), the
   * rest from the event list. Returns false once the next event lies at or past the horizon.
   */
  private boolean handleEvents(long horizon, int max) {
    int cases = workload.size();
    for (int i = 0; i < max; i++) {
      long arrival = nextArrival < cases ? workload.arrival(nextArrival) : Long.MAX_VALUE;
      boolean arrives = events.isEmpty() || arrival <= events.peekTime();
      long now = arrives ? arrival : events.peekTime();
      if (now >= horizon) {
        return false;
      }
      setNow(now);
      if (arrives) {
        if (nextArrival + 1 < cases) {
          readAheadArrivals(nextArrival);
        }
        arrive(nextArrival++, now);
        continue;
      }
      events.next();
      int c = events.subject();
      readAhead();
      if (events.kind() == FINISH) {
        finish(c, now);
      } else {
        light(c, now);
      }
    }
    return true;
  }

  /** Reads the grid and community pools of a group of grids, changing nothing; for the read-ahead. */
  private void readAheadPools(int[] grids, int count) {
    long sum = 0;
    Pool[] gridPools = unitAbove[0]; // LADDER[0], the grid
    Pool[] communityPools = unitAbove[1]; // LADDER[1], the community
    for (int i = 0; i < count; i++) {
      int g = grids[i];
      Pool p = gridPools[g];
      if (p != null) {
        sum += p.open + p.queue.length;
      }
      Pool q = communityPools[g];
      if (q != null) {
        sum += q.open;
      }
    }
    readAheadSum += sum;
  }

  private Replication run() {
    long horizon = scenario.horizonDays() * 86_400L;
    int cases = workload.size();
    // The events are handled in batches by a method called again and again, not in one loop here: a
    // loop that runs for a whole replication is compiled on the stack (OSR) from the profile of its first
    // iterations, and a megacity year in a fresh JVM ran up to a third slower that way.
    while (handleEvents(horizon, BATCH)) {
      // next batch
    }
    // One pass over the cases computes the metrics and fixes each case's final figures: the engine's
    // status, and for a case still open at the horizon its escalation count, go into the process state.
    // The trace is built from that state only when asked for (Replication.trace): the metrics need no
    // rows, and a megacity year's 4.4 million rows took about 0.4 s to build.
    Metrics.Tally tally = new Metrics.Tally(cases, horizon);
    byte[] statuses = new byte[cases];
    Instant end = instant(horizon);
    for (int i = 0; i < cases; i++) {
      boolean opened = is(i, OPENED);
      SimulatedStatus status = SimulatedStatus.OPEN;
      if (opened) {
        CaseRef ref = new CaseRef(i);
        status = engine.status(ref);
        if (get(i, CLOSED_AT) < 0) {
          set(i, ESCALATIONS, engine.escalations(ref, end));
        }
      }
      statuses[i] = (byte) status.ordinal();
      tally.add(status, workload.arrival(i), get(i, CLOSED_AT), limitSeconds[urgency(i).ordinal()],
          (int) get(i, ESCALATIONS),
          (int) get(i, REWORKS), rating(state[i * STRIDE + FLAGS]));
    }
    String[] poolNames = new String[pools.size()];
    for (int p = 0; p < poolNames.length; p++) {
      poolNames[p] = pools.get(p).name;
    }
    return new Replication(new TraceColumns(workload, state, refs, statuses, poolNames, limitSeconds),
        tally.metrics(utilisation(horizon)));
  }

  /**
   * Returns the busy share of each level's units (and of the departments, as DEPARTMENT) over the run's
   * working time: busy seconds over the servers of every unit of the level in the city, whether or not a
   * case reached it. Every level has its entry, so every policy's replication names the same metrics and
   * a unit the policy never used counts as idle. (Before, only the units that had received a case were
   * counted, so the levels listed, and the share of a level few cases reached, depended on the policy.)
   * Levels below the grid, which only a policy assigning cases to buildings would reach, count the units
   * that received a case.
   */
  private Map<String, Double> utilisation(long horizon) {
    double hoursPerDay = scenario.workdayEndHour() - scenario.workdayStartHour();
    double workSeconds = scenario.horizonDays() * hoursPerDay * 3600;
    Map<String, long[]> busy = new TreeMap<>();
    for (Level level : LADDER) {
      busy.put(level.name(), new long[] {0, servers(org, level)});
    }
    long departmentServers = 0;
    for (var d : org.departments()) {
      departmentServers += servers(org, d.id());
    }
    busy.put(DEPARTMENT, new long[] {0, departmentServers});
    for (Pool p : pools) {
      long[] acc = busy.get(p.name.startsWith("dept:") ? DEPARTMENT : p.level.name());
      if (acc == null) {
        // a unit below the grid that a policy assigned a case to: such levels count the units used
        acc = busy.computeIfAbsent(p.level.name(), k -> new long[2]);
        acc[1] += p.servers;
      }
      acc[0] += p.busySeconds;
    }
    Map<String, Double> out = new TreeMap<>();
    busy.forEach((k, v) -> out.put(k, v[1] == 0 ? 0 : v[0] / (v[1] * workSeconds)));
    return out;
  }

  private static final String DEPARTMENT = "DEPARTMENT";

  /**
   * Returns the servers of all units of a level of the ladder: each unit's handlers, at least one. Counted
   * from the level's role assignments (one look-up per role) rather than unit by unit: a megacity has
   * 20,000 grids, and asking each for its handlers took 40-300 ms at the end of a run.
   */
  static long servers(Organisation org, Level level) {
    int units = switch (level) {
      case GRID -> org.grids().size();
      case COMMUNITY -> org.communities().size();
      case SUBDISTRICT -> org.subdistricts().size();
      case CITY -> 1;
      default -> throw new IllegalArgumentException("not a level of the ladder: " + level);
    };
    long handlers = 0;
    java.util.Set<PlaceId> staffed = new java.util.HashSet<>();
    for (Role role : Jurisdiction.handlingRoles(level)) {
      for (var a : org.assignmentsWithin(role, org.city())) {
        if (a.place().level() == level) {
          handlers++;
          staffed.add(a.place());
        }
      }
    }
    return handlers + units - staffed.size();
  }

  /** Returns a unit's servers: its handlers, at least one. */
  private static int servers(Organisation org, PlaceId unit) {
    return Math.max(1, Jurisdiction.handlersAt(org, unit).size());
  }

  /** Returns a department's servers: its handlers, at least one. */
  private static int servers(Organisation org, DepartmentId department) {
    return Math.max(1, (int) org.assignmentsWithin(Role.DEPARTMENT_HANDLER, org.city()).stream()
        .filter(a -> a.department().equals(Optional.of(department))).count());
  }

  /**
   * Returns the instance of a reason text to keep for the trace: one instance per text, as far as that
   * saves memory, without looking every text up.
   *
   * <p>A pool's table ({@link Pool#share}) finds the kept instance of a text, at the cost of two cache misses
   * per decision in a large city: about 7 % of a megacity run ({@code docs/SIMULATOR.md}, tenth round). The
   * built-in policies hand out one instance per distinct decision, so for them every look-up returns the
   * instance it was given; a policy that builds a fresh text per decision (the load-aware ones, naming
   * open-case counts) repeats texts in new instances, and without the look-ups a megacity year would keep
   * one text per case (in a 60-day run 241 MB retained instead of 94 MB). So every text is looked up until
   * {@link #QUIET_LOOKUPS} look-ups in a row have returned the instance given; then only one decision in
   * {@link #LOOKUP_SAMPLE}, and every one again as soon as a look-up returns an earlier instance. The kept
   * texts are equal either way, and which decisions are looked up depends only on the decisions, so runs
   * stay reproducible.
   */
  private String keepReason(Pool p, String text) {
    if (!lookingUpAll && (++reasonsSinceLookUp & (LOOKUP_SAMPLE - 1)) != 0) {
      return text;
    }
    String kept = p.share(text);
    if (kept != text) {
      lookingUpAll = true;
      quietLookUps = 0;
    } else if (lookingUpAll && ++quietLookUps >= QUIET_LOOKUPS) {
      lookingUpAll = false;
    }
    return kept;
  }

  private void setNow(long seconds) {
    if (seconds != nowSeconds) {
      nowSeconds = seconds;
      nowInstant = scenario.start().plusSeconds(seconds);
    }
  }

  private Instant instant(long seconds) {
    return seconds == nowSeconds ? nowInstant : scenario.start().plusSeconds(seconds);
  }

  private void arrive(int c, long now) {
    Urgency urgency = workload.urgency(c);
    GridId grid = workload.grid(c);
    flag(c, OPENED, true);
    CaseRef ref = new CaseRef(c);
    engine.open(ref, new NewCase(workload.category(c), grid, grid, urgency, instant(now)), workload.gridNumber(c));
    route(c, ref, now);
  }

  private void route(int c, CaseRef ref, long now) {
    for (int hop = 0; hop < MAX_HOPS; hop++) {
      CaseFacts facts = engine.facts(ref, instant(now));
      RoutingDecision d = decide(facts, now);
      engine.route(ref, d, instant(now));
      if (d instanceof RoutingDecision.Escalate || d instanceof RoutingDecision.HandToCenter) {
        continue;
      }
      Pool p;
      Optional<PersonId> handler = Optional.empty();
      if (d instanceof RoutingDecision.HandleHere h) {
        p = pool(c, facts.holder());
        handler = h.handler();
      } else if (d instanceof RoutingDecision.AssignDown a) {
        p = pool(c, a.unit());
        handler = a.handler();
      } else if (d instanceof RoutingDecision.AssignDepartments a) {
        p = pool(a.lead());
      } else if (d instanceof RoutingDecision.BlowWhistle w) {
        p = pool(w.summoned().get(0));
      } else {
        p = pool(c, facts.holder());
      }
      reason(c, keepReason(p, d.reason()));
      enqueue(c, ref, p, handler, now);
      return;
    }
    throw new RoutingException("policy " + policy + " moved case " + c + " " + MAX_HOPS + " times without placing it");
  }

  private RoutingDecision decide(CaseFacts facts, long now) {
    RoutingDecision d = policy.decide(facts, org, load, instant(now));
    Optional<String> broken = Jurisdiction.check(d, facts, org);
    if (broken.isPresent()) {
      throw new RoutingException("policy " + policy + " broke a jurisdiction rule: " + broken.get());
    }
    return d;
  }

  /**
   * Asks the policy again when the deadline light of a waiting case changes colour.
   *
   * <p>Only waiting cases are watched: the policy is not asked about a case in service, and a case leaves
   * service only by finishing, after which it is closed or placed again ({@link #enqueue}, which watches
   * its light afresh). So a case's light is not watched while it is in service.
   */
  private void light(int c, long now) {
    if (get(c, LIGHT_AT) != now) {
      return;
    }
    set(c, LIGHT_AT, -1);
    if (is(c, IN_SERVICE)) {
      return;
    }
    CaseRef ref = new CaseRef(c);
    if (engine.status(ref).isFinal()) {
      return;
    }
    CaseFacts facts = engine.facts(ref, instant(now));
    RoutingDecision d = decide(facts, now);
    if (d instanceof RoutingDecision.Escalate) {
      increment(c, TICKET);
      leave(c);
      engine.route(ref, d, instant(now));
      route(c, ref, now);
      return;
    } else if (d instanceof RoutingDecision.Supervise) {
      engine.route(ref, d, instant(now));
      reason(c, keepReason(at(c), d.reason()));
    }
    scheduleLight(c, ref, now);
  }

  private void scheduleLight(int c, CaseRef ref, long now) {
    Optional<Instant> next = engine.nextLightChange(ref, instant(now));
    if (next.isPresent()) {
      long t = next.get().getEpochSecond() - scenario.start().getEpochSecond();
      set(c, LIGHT_AT, t);
      events.schedule(t, LIGHT, c);
    } else {
      set(c, LIGHT_AT, -1);
    }
  }

  private void enqueue(int c, CaseRef ref, Pool p, Optional<PersonId> handler, long now) {
    set(c, FLAGS, get(c, FLAGS) & 0xFFFF_FFFFL | (long) (p.number + 1) << 32);
    p.open++;
    if (handler.isPresent()) {
      refs[c * REFS + PERSON] = handler.get();
      flag(c, HAS_PERSON, true);
      personLoad.merge(handler.get(), 1, Integer::sum);
    }
    if (p.busy < p.servers) {
      start(c, ref, p, now);
      set(c, LIGHT_AT, -1);
    } else {
      push(p, c);
      scheduleLight(c, ref, now);
    }
  }

  private void push(Pool p, int c) {
    if (p.size == p.queue.length) {
      long[] grown = new long[p.size * 2];
      for (int i = 0; i < p.size; i++) {
        grown[i] = p.queue[(p.head + i) % p.size];
      }
      p.queue = grown;
      p.head = 0;
    }
    p.queue[(p.head + p.size) % p.queue.length] = (long) increment(c, TICKET) << 32 | c;
    p.size++;
  }

  /** Returns the first case still waiting in the pool's queue, removing it and any void entries, or -1. */
  private int poll(Pool p) {
    while (p.size > 0) {
      long e = p.queue[p.head];
      p.head = (p.head + 1) % p.queue.length;
      p.size--;
      int c = (int) e;
      if ((int) (e >>> 32) == (int) get(c, TICKET)) {
        increment(c, TICKET);
        return c;
      }
    }
    return -1;
  }

  private void leave(int c) {
    Pool p = at(c);
    p.open--;
    if (is(c, HAS_PERSON)) {
      personLoad.merge((PersonId) refs[c * REFS + PERSON], -1, Integer::sum);
      refs[c * REFS + PERSON] = null;
      flag(c, HAS_PERSON, false);
    }
  }

  private void start(int c, CaseRef ref, Pool p, long now) {
    engine.startHandling(ref, instant(now));
    p.busy++;
    flag(c, IN_SERVICE, true);
    double minutes = medianMinutes[p.level.ordinal()]
        * Math.exp(scenario.handlingSigma() * workload.handlingNormal(c, (int) get(c, ATTEMPTS)));
    if (solvableAt(c).isAbove(p.level)) {
      minutes *= scenario.failedAttemptFraction();
    }
    long work = Math.max(1, Math.round(minutes * 60));
    p.busySeconds += work;
    increment(c, ATTEMPTS);
    long end = urgency(c) == Urgency.EMERGENCY ? now + work
        : workingFinish(now, work, workdayOpenSeconds, workdayCloseSeconds);
    events.schedule(end, FINISH, c);
  }

  /**
   * Returns when {@code work} seconds of working time started at {@code from} end, counting only the
   * scenario's working hours of each day: the rest of the first working day, then as many whole working
   * days as needed, computed directly (handling often spans several days).
   *
   * @param from  seconds after the start when the work starts
   * @param work  the working seconds needed, at least 1
   * @param open  the second of the day work starts, at least 0
   * @param close  the second of the day work stops, after {@code open}, at most 86,400
   * @return seconds after the start when the work is done
   */
  static long workingFinish(long from, long work, long open, long close) {
    long day = Math.floorDiv(from, 86_400L) * 86_400L;
    long t = Math.max(from, day + open);
    if (t >= day + close) {
      day += 86_400L;
      t = day + open;
    }
    long available = day + close - t;
    if (work <= available) {
      return t + work;
    }
    long left = work - available;
    long perDay = close - open;
    long wholeDays = (left - 1) / perDay;
    return day + (wholeDays + 1) * 86_400L + open + (left - wholeDays * perDay);
  }

  private void finish(int c, long now) {
    Pool p = at(c);
    CaseRef ref = new CaseRef(c);
    p.busy--;
    flag(c, IN_SERVICE, false);
    leave(c);
    int waiting = poll(p);
    if (waiting >= 0) {
      start(waiting, new CaseRef(waiting), p, now);
    }
    boolean solved = !solvableAt(c).isAbove(p.level);
    engine.finishHandling(ref, p.level, solved, instant(now));
    if (!solved) {
      route(c, ref, now);
      return;
    }
    int reworks = (int) get(c, REWORKS);
    boolean passed = workload.verificationUniform(c, reworks) >= scenario.reworkProbability();
    engine.verify(ref, passed, instant(now));
    if (!passed) {
      increment(c, REWORKS);
      enqueue(c, ref, p, Optional.empty(), now);
      return;
    }
    int escalations = engine.escalations(ref, instant(now));
    boolean overdue = now - get(c, ARRIVAL) > limitSeconds[urgency(c).ordinal()];
    double pSat = scenario.satisfaction().satisfiedProbability(overdue, reworks, escalations);
    double u = workload.satisfactionUniform(c);
    Satisfaction r = u < pSat ? Satisfaction.SATISFIED
        : u < pSat + (1 - pSat) / 2 ? Satisfaction.BASICALLY_SATISFIED : Satisfaction.DISSATISFIED;
    engine.close(ref, r, instant(now));
    set(c, ESCALATIONS, escalations);
    set(c, FLAGS, get(c, FLAGS) & ~0xFF00L | (long) (r.ordinal() + 1) << 8);
    set(c, CLOSED_AT, now);
  }

  /**
   * Returns the pool of a unit holding case {@code c} or assigned it: the unit contains the case's grid (the
   * jurisdiction check saw to that), so it is the one unit at its level above that grid, found by the grid's
   * number without hashing identifiers.
   */
  private Pool pool(int c, PlaceId unit) {
    int rung = rung(unit.level());
    if (rung < 0) {
      return pool(unit);
    }
    Pool[] byGrid = unitAbove[rung];
    int g = workload.gridNumber(c);
    Pool p = byGrid[g];
    if (p == null) {
      p = pool(unit);
      byGrid[g] = p;
    }
    return p;
  }

  private static int rung(Level level) {
    for (int i = 0; i < LADDER.length; i++) {
      if (LADDER[i] == level) {
        return i;
      }
    }
    return -1;
  }

  private Pool pool(PlaceId unit) {
    return poolByKey.get(unit, k -> add(new Pool(unit.level().name().toLowerCase(java.util.Locale.ROOT)
        + ":" + unit.code(), unit.level(), servers(org, unit))));
  }

  private Pool pool(DepartmentId department) {
    return poolByKey.get(department, k -> add(new Pool("dept:" + department.value(), Level.CITY,
        servers(org, department))));
  }

  private Pool add(Pool p) {
    p.number = pools.size();
    pools.add(p);
    return p;
  }

  private final WorkloadView load = new WorkloadView() {
    @Override
    public int openCases(PersonId p) {
      return personLoad.getOrDefault(p, 0);
    }

    @Override
    public int openCases(PlaceId unit) {
      Pool p = poolByKey.peek(unit);
      return p == null ? 0 : p.open;
    }

    @Override
    public int openCases(DepartmentId department) {
      Pool p = poolByKey.peek(department);
      return p == null ? 0 : p.open;
    }
  };

  /**
   * What a replication's trace is built from, kept after the run instead of the rows: the workload, each
   * case's process state (with its final escalation count) and final status, and the pools' names.
   */
  private static final class TraceColumns {
    private final Workload workload;
    private final long[] state;
    private final Object[] refs;
    private final byte[] statuses;
    private final String[] poolNames;
    private final long[] limitSeconds;

    TraceColumns(Workload workload, long[] state, Object[] refs, byte[] statuses, String[] poolNames,
        long[] limitSeconds) {
      this.workload = workload;
      this.state = state;
      this.refs = refs;
      this.statuses = statuses;
      this.poolNames = poolNames;
      this.limitSeconds = limitSeconds;
    }

    ImmutableList<TraceRow> rows() {
      int cases = workload.size();
      String[] gridCodes = new String[workload.gridCount()];
      ImmutableList.Builder<TraceRow> rows = ImmutableList.builderWithExpectedSize(cases);
      for (int i = 0; i < cases; i++) {
        int at = i * STRIDE;
        long flags = state[at + FLAGS];
        Urgency urgency = workload.urgency(i);
        int g = workload.gridNumber(i);
        if (gridCodes[g] == null) {
          gridCodes[g] = workload.grid(i).code();
        }
        int pool = (int) (flags >>> 32);
        Satisfaction rating = rating(flags);
        rows.add(new TraceRow(i, workload.arrival(i), workload.category(i).value(), gridCodes[g], urgency.name(),
            workload.solvableAt(i).name(), SimulatedStatus.values()[statuses[i]], state[at + CLOSED_AT],
            limitSeconds[urgency.ordinal()], (int) state[at + ESCALATIONS],
            (int) state[at + REWORKS], (int) state[at + ATTEMPTS], pool == 0 ? "" : poolNames[pool - 1],
            rating == null ? Optional.empty() : RATINGS.get(rating), (String) refs[i * REFS + REASON]));
      }
      return rows.build();
    }
  }

  /**
   * The result of one replication: its metrics, and its per-case trace built on first request.
   *
   * <p>The metrics are computed during the run. The trace's rows (one per generated case, 4.4 million in a
   * megacity year) are built from the replication's compact columns the first time {@link #trace} or
   * {@link #traceCsv} is called, and kept from then on; a caller that needs only the metrics, as
   * {@link Experiment} does, never builds them. Thread-safe.
   */
  public static final class Replication {
    private final ImmutableMap<String, Double> metrics;
    /** What the trace is built from; null once it is built. */
    private TraceColumns columns;
    private ImmutableList<TraceRow> trace;

    private Replication(TraceColumns columns, ImmutableMap<String, Double> metrics) {
      this.columns = columns;
      this.metrics = metrics;
    }

    /**
     * Returns the per-case trace, building it on the first call.
     *
     * @return one row per generated case, in workload order, not null
     */
    public synchronized ImmutableList<TraceRow> trace() {
      if (trace == null) {
        trace = columns.rows();
        columns = null;
      }
      return trace;
    }

    /**
     * Returns the metrics.
     *
     * @return the metrics by name, sorted by name, not null
     */
    public ImmutableMap<String, Double> metrics() {
      return metrics;
    }

    /**
     * Returns the trace as CSV with a header line, lines ending in {@code \n}.
     *
     * @return the CSV text, not null
     */
    public String traceCsv() {
      StringBuilder sb = new StringBuilder(TraceRow.CSV_HEADER).append('\n');
      for (TraceRow r : trace()) {
        sb.append(r.toCsv()).append('\n');
      }
      return sb.toString();
    }
  }
}
