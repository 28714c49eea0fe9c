package org.gridgov.core.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.core.cases.CaseFixture.*;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.calendar.DeadlineLight;
import org.gridgov.core.cases.CaseCommand.*;
import org.gridgov.core.category.CategoryCode;
import org.gridgov.core.evaluation.EvaluationDimension;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.org.DepartmentId;
import org.gridgov.core.people.PersonId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.stateful.Sequential;

/**
 * Stateful model test: random sequences of symbolic steps (a command kind, an actor role, a choice and a
 * time step) run against the real loop and against {@link CaseModel}, a plain second implementation of
 * the rules; after every step both must agree and the real state must keep the loop's invariants.
 *
 * <p>Steps are resolved against the current state (the actor "holder" means a person acting for the
 * current holder), so random sequences reach deep states; {@link #deepStatesAreReached} asserts that
 * they do. Sequences: {@code -Dgridgov.cases.stateful=N} (default 500).
 */
class CaseLoopStatefulTest {

  private static final int SEQUENCES = Integer.getInteger("gridgov.cases.stateful", 500);
  private static final ImmutableList<DepartmentId> DEPTS = ImmutableList.copyOf(CaseModel.KNOWN_DEPARTMENTS);
  private static final Coverage COVERAGE = new Coverage();

  /** How often runs reached which deep state (test bookkeeping, not library state). */
  static final class Coverage {
    int sequences;
    int steps;
    int accepted;
    int closed;
    int reopened;
    int reworked;
    int escalatedToCity;
    int parkedAndResumed;
    int extended;
    int breached;
    int resent;

    void record(Sut s) {
      ImmutableList<CaseEvent> events = s.state.events();
      sequences++;
      steps += s.sent.size();
      accepted += (int) s.outcomes.stream().filter(d -> !d.newEvents().isEmpty()).count();
      closed += events.stream().anyMatch(CaseEvent.Closed.class::isInstance) ? 1 : 0;
      reopened += s.state.reopenCount() > 0 ? 1 : 0;
      reworked += s.state.reworkCount() > 0 ? 1 : 0;
      escalatedToCity += s.escalatedToCity ? 1 : 0;
      parkedAndResumed += s.resumed ? 1 : 0;
      extended += s.extended ? 1 : 0;
      breached += events.stream().anyMatch(CaseEvent.DeadlineBreached.class::isInstance) ? 1 : 0;
      resent += s.resent ? 1 : 0;
    }

    @Override
    public String toString() {
      return sequences + " sequences, " + steps + " steps, " + accepted + " accepted; sequences reaching: closed "
          + closed + ", reopened " + reopened + ", reworked " + reworked + ", escalated to city " + escalatedToCity
          + ", parked and resumed " + parkedAndResumed + ", extension approved " + extended + ", breached " + breached
          + ", idempotent resend " + resent;
    }
  }

  private static boolean ran;

  /** Runs the sequences once per test run; both tests below share the run. */
  private static synchronized Coverage runSequences() {
    if (!ran) {
      ran = true;
      qt().withFixedSeed(20250602L).withExamples(SEQUENCES).withShrinkCycles(200)
          .forAll(lists().of(steps()).ofSizeBetween(10, 60))
          .checkAssert(steps -> {
            CaseId id = CaseId.of("s" + Integer.toHexString(System.identityHashCode(steps)));
            Sequential.modelCheck(new CaseModel(id), steps, m -> new Sut(id), Sut::observe);
            COVERAGE.record(steps.get(0).sut);
          });
    }
    return COVERAGE;
  }

  @Test
  void theLoopAgreesWithTheModelAndKeepsItsInvariants() {
    assertThat(runSequences().sequences).as("distinct sequences run").isGreaterThan(SEQUENCES * 9 / 10);
  }

  @Test
  void deepStatesAreReached() {
    Coverage c = runSequences();
    int percent = c.sequences / 100;
    assertThat(c.closed).as("%s", c).isGreaterThan(percent * 10);
    assertThat(c.reopened).as("%s", c).isGreaterThan(percent * 2);
    assertThat(c.reworked).as("%s", c).isGreaterThan(percent * 5);
    assertThat(c.escalatedToCity).as("%s", c).isGreaterThan(percent * 10);
    assertThat(c.parkedAndResumed).as("%s", c).isGreaterThan(percent * 10);
    assertThat(c.extended).as("%s", c).isGreaterThan(percent * 3);
    assertThat(c.breached).as("%s", c).isGreaterThan(percent * 3);
    assertThat(c.resent).as("%s", c).isGreaterThan(percent * 10);
  }

  @AfterAll
  static void printCoverage() {
    System.out.println("CaseLoopStatefulTest coverage: " + COVERAGE);
  }

  // ---------------------------------------------------------------- steps

  private static Gen<StepCommand> steps() {
    return integers().between(0, 34).zip(integers().between(0, 9), integers().between(0, 999),
        integers().between(0, 599), integers().between(0, 19),
        (what, who, arg, minutes, back) -> new StepCommand(what, who, arg, back == 0 ? -5 : minutes));
  }

  /** The current view a step resolves against: the same for the model and the real state. */
  record View(CaseStatus status, Holder holder, Holder dispatcher, Optional<PersonId> reporter, boolean parked,
      boolean pending, Instant now, int n, List<CaseCommand> sent) {
  }

  /**
   * A symbolic step: {@code what} picks a command kind (0–11: the natural next command for the status),
   * {@code who} an actor role, {@code arg} the command's choices, {@code minutes} the time step.
   */
  static final class StepCommand implements org.quicktheories.core.stateful.Command<Sut, CaseModel> {
    final int what;
    final int who;
    final int arg;
    final int minutes;
    Sut sut;

    StepCommand(int what, int who, int arg, int minutes) {
      this.what = what;
      this.who = who;
      this.arg = arg;
      this.minutes = minutes;
    }

    @Override
    public void run(Sut s) {
      sut = s;
      s.now = s.now.plus(Duration.ofMinutes(minutes));
      CaseState st = s.state;
      s.send(resolve(new View(st.status(), st.holder().orElse(null), st.dispatcher().orElse(null),
          st.details().flatMap(CaseDetails::reporter), st.isParked(), st.pendingExtension().isPresent(), s.now, s.n++,
          s.sent)));
    }

    @Override
    public CaseModel nextState(CaseModel m) {
      m.now = m.now.plus(Duration.ofMinutes(minutes));
      CaseModel.Observed o = m.seen;
      CaseCommand c = resolve(new View(o.status(), o.holder().orElse(null), o.dispatcher().orElse(null),
          m.reporter(), o.parked(), o.pending().isPresent(), m.now, m.n++, m.sent));
      m.sent.add(c);
      return m.apply(c);
    }

    CaseCommand resolve(View v) {
      if (what == 34 && !v.sent().isEmpty()) {
        return v.sent().get(arg % v.sent().size());
      }
      CommandKind kind = what < 12 ? natural(v) : CommandKind.values()[Math.min(what - 12, CommandKind.values().length - 1)];
      CommandId cid = CommandId.of("c" + v.n());
      return command(kind, v, cid, v.now());
    }

    private CommandKind natural(View v) {
      if (v.parked()) {
        return CommandKind.RESUME;
      }
      switch (v.status()) {
        case NEW:
          return CommandKind.REPORT;
        case REPORTED:
          return arg % 12 == 0 ? CommandKind.VOID : CommandKind.ACCEPT;
        case ACCEPTED:
          return arg % 4 == 0 ? CommandKind.ESCALATE : arg % 15 == 1 ? CommandKind.PARK : CommandKind.ASSIGN;
        case ASSIGNED:
          return arg % 6 == 0 ? CommandKind.ESCALATE : arg % 6 == 1 ? CommandKind.RETURN : CommandKind.ACKNOWLEDGE;
        case HANDLING:
          if (v.pending()) {
            return arg % 3 == 0 ? CommandKind.DENY_EXTENSION : CommandKind.APPROVE_EXTENSION;
          }
          return arg % 7 == 0 ? CommandKind.REQUEST_EXTENSION : arg % 7 == 1 ? CommandKind.PARK
              : arg % 7 == 2 ? CommandKind.TICK : CommandKind.SUBMIT_RESULT;
        case RESULT_SUBMITTED:
          return CommandKind.VERIFY;
        case VERIFIED:
          return arg % 3 == 0 ? CommandKind.EVALUATE : CommandKind.CLOSE;
        case CLOSED:
          return arg % 2 == 0 ? CommandKind.EVALUATE : CommandKind.REOPEN;
        default:
          return CommandKind.TICK;
      }
    }

    private PersonId actor(CommandKind kind, View v) {
      Holder dispatcherSide = v.dispatcher() != null ? v.dispatcher()
          : v.holder() instanceof Holder.CenterHolder ? v.holder() : null;
      switch (who) {
        case 0:
        case 1:
        case 2:
        case 3:
        case 4:
          switch (kind) {
            case REPORT:
              return arg % 3 == 0 ? GW11 : arg % 3 == 1 ? RES1 : CD_CITY;
            case VERIFY:
            case CLOSE:
            case APPROVE_EXTENSION:
            case DENY_EXTENSION:
            case PARK:
            case RESUME:
              return dispatcherSide == null ? OUTSIDER : actorFor(dispatcherSide);
            case EVALUATE:
            case REOPEN:
              return v.reporter().orElse(v.dispatcher() == null ? OUTSIDER : actorFor(v.dispatcher()));
            default:
              return v.holder() == null ? OUTSIDER : actorFor(v.holder());
          }
        case 5:
        case 6:
          return v.holder() == null ? OUTSIDER : actorFor(v.holder());
        case 7:
          return v.dispatcher() == null ? CD_CITY2 : arg % 2 == 0 ? actorFor(v.dispatcher()) : CD_CITY2;
        case 8:
          return v.reporter().orElse(CHIEF_SHEZHAI);
        default:
          return EVERYONE.get(arg % EVERYONE.size());
      }
    }

    private CaseCommand command(CommandKind kind, View v, CommandId cid, Instant at) {
      CaseId id = sut.id;
      PersonId a = actor(kind, v);
      switch (kind) {
        case REPORT: {
          Source src = a.equals(GW11) ? Source.GRID_PATROL : a.equals(CD_CITY) ? Source.HOTLINE
              : Source.RESIDENT_SNAPSHOT;
          Optional<PersonId> reporter = src == Source.RESIDENT_SNAPSHOT ? Optional.of(a) : Optional.empty();
          return new Report(cid, id, a, at, CaseDetails.of(CategoryCode.of(arg % 2 == 0 ? "0102" : "0401"), src, G11,
              Urgency.values()[arg % 3], "问题", reporter));
        }
        case ACCEPT:
          return new Accept(cid, id, a, at);
        case VOID:
          return new VoidReport(cid, id, a, at, "无效");
        case MARK_DUPLICATE:
          return new MarkDuplicate(cid, id, a, at, arg % 5 == 0 ? id : CaseId.of("other"));
        case ASSIGN:
          return assign(v, cid, id, a, at);
        case ACKNOWLEDGE:
          return new Acknowledge(cid, id, a, at);
        case SUBMIT_RESULT:
          return new SubmitResult(cid, id, a, at, "已处理");
        case VERIFY:
          return new Verify(cid, id, a, at, arg % 3 != 0, "核查");
        case EVALUATE: {
          EvaluationDimension dim = a.equals(v.reporter().orElse(null)) && arg % 4 != 3
              ? EvaluationDimension.RESIDENT_SATISFACTION : EvaluationDimension.values()[arg % 4];
          return new Evaluate(cid, id, a, at, dim, arg % 2 == 0 ? Satisfaction.DISSATISFIED
              : Satisfaction.values()[arg % 3]);
        }
        case CLOSE:
          return new Close(cid, id, a, at);
        case ESCALATE:
          return new Escalate(cid, id, a, at, arg % 5 == 0, "协调");
        case RETURN:
          return new Return(cid, id, a, at, "错派");
        case REQUEST_EXTENSION:
          return new RequestExtension(cid, id, a, at, Duration.ofHours(1 + arg % 40), "延期");
        case APPROVE_EXTENSION:
          return new ApproveExtension(cid, id, a, at);
        case DENY_EXTENSION:
          return new DenyExtension(cid, id, a, at);
        case PARK:
          return new Park(cid, id, a, at, "挂账");
        case RESUME:
          return new Resume(cid, id, a, at);
        case REOPEN:
          return new Reopen(cid, id, a, at, "不满意");
        default:
          return new Tick(cid, id, a, at);
      }
    }

    private CaseCommand assign(View v, CommandId cid, CaseId id, PersonId a, Instant at) {
      Holder target;
      ImmutableList<DepartmentId> co = ImmutableList.of();
      DepartmentId dept = DEPTS.get(arg % DEPTS.size());
      int pick = arg / 10 % 10;
      if (pick < 4 && v.holder() instanceof Holder.CenterHolder c) {
        target = c.place().equals(SHEZHAI) ? Holder.grid(arg % 3 == 0 ? G12 : G11)
            : c.place().equals(XINYUE) ? Holder.grid(G21)
            : c.place().equals(TAIJI) ? Holder.center(arg % 2 == 0 ? SHEZHAI : XINYUE)
            : Holder.center(TAIJI);
      } else if (pick < 7) {
        target = Holder.department(dept);
        if (pick == 6) {
          co = ImmutableList.of(DEPTS.get((arg + 1 + arg / 100 % 2) % DEPTS.size()));
        } else if (pick == 5 && arg % 7 == 0) {
          co = ImmutableList.of(dept);
        }
      } else {
        Holder[] others = {Holder.grid(G21), Holder.center(SHEZHAI), Holder.center(CITY),
            v.holder() == null ? Holder.grid(G11) : v.holder()};
        target = others[arg % others.length];
        if (pick == 9) {
          co = ImmutableList.of(dept);
        }
      }
      return new Assign(cid, id, a, at, target, co);
    }

    @Override
    public String toString() {
      return "step(" + what + "," + who + "," + arg + "," + minutes + ")";
    }
  }

  // ---------------------------------------------------------------- the system under test

  /** The real loop driven through decide and evolve, with every invariant checked after each command. */
  static final class Sut {
    final CaseId id;
    CaseState state;
    Instant now = T0;
    int n;
    final List<CaseCommand> sent = new ArrayList<>();
    final List<Decision> outcomes = new ArrayList<>();
    CaseModel.Outcome last = CaseModel.Outcome.NONE;
    // what this run reached, for the coverage counters
    boolean resent;
    boolean escalatedToCity;
    boolean resumed;
    boolean extended;

    Sut(CaseId id) {
      this.id = id;
      this.state = CaseState.initial(id);
    }

    CaseModel observe() {
      CaseModel m = new CaseModel(id);
      m.seen = CaseModel.Observed.of(state, last);
      return m;
    }

    void send(CaseCommand c) {
      CaseState before = state;
      Decision d = CaseLoop.decide(before, c, CONTEXT);
      int prior = sent.indexOf(c);
      sent.add(c);
      outcomes.add(d);
      if (d instanceof Decision.Rejected) {
        last = CaseModel.Outcome.REJECTED;
        assertThat(CaseLoop.decide(before, c, CONTEXT)).as("a rejection is decided afresh, the same").isEqualTo(d);
        assertThat(state).isSameAs(before).isEqualTo(CaseLoop.replay(id, before.events()));
        return;
      }
      if (d instanceof Decision.AlreadyApplied again) {
        last = CaseModel.Outcome.ALREADY_APPLIED;
        resent = true;
        assertThat(prior).as("only a sent command is already applied").isNotNegative();
        assertThat(again.events()).isNotEmpty().isEqualTo(firstEventsOf(c));
        assertThat(again.newEvents()).isEmpty();
        return;
      }
      last = CaseModel.Outcome.ACCEPTED;
      long expected = before.version();
      Instant at = before.lastEventAt().orElse(c.at());
      CaseState s = before;
      for (CaseEvent e : d.newEvents()) {
        EventHeader h = e.header();
        assertThat(h.sequence()).as("sequence numbers without gaps").isEqualTo(++expected);
        assertThat(h.at()).as("time never runs backward").isAfterOrEqualTo(at);
        assertThat(h.command()).isEqualTo(c.id());
        assertThat(h.from()).isEqualTo(s.status());
        at = h.at();
        if (e instanceof CaseEvent.Escalated x) {
          assertThat(x.holder()).isInstanceOf(Holder.CenterHolder.class);
          assertThat(x.holder().level().isAbove(x.previous().level())
              || x.previous() instanceof Holder.DepartmentHolder).as("escalation goes up").isTrue();
          escalatedToCity |= x.holder().equals(Holder.center(CITY));
        }
        if (e instanceof CaseEvent.Closed) {
          assertThat(s.status()).isEqualTo(CaseStatus.VERIFIED);
          assertThat(lastVerification(s.events())).as("closed only after a passed verification").contains(true);
        }
        resumed |= e instanceof CaseEvent.Resumed;
        extended |= e instanceof CaseEvent.ExtensionApproved;
        s = CaseLoop.evolve(s, e);
      }
      state = s;
      checkInvariants();
    }

    private ImmutableList<CaseEvent> firstEventsOf(CaseCommand c) {
      for (int i = 0; i < sent.size() - 1; i++) {
        if (sent.get(i).equals(c) && !outcomes.get(i).newEvents().isEmpty()) {
          return outcomes.get(i).newEvents();
        }
      }
      return ImmutableList.of();
    }

    private static Optional<Boolean> lastVerification(List<CaseEvent> events) {
      for (int i = events.size() - 1; i >= 0; i--) {
        if (events.get(i) instanceof CaseEvent.Verified v) {
          return Optional.of(v.passed());
        }
      }
      return Optional.empty();
    }

    private void checkInvariants() {
      CaseState s = state;
      ImmutableList<CaseEvent> events = s.events();
      assertThat(CaseLoop.replay(id, events)).as("state is the replay of its events").isEqualTo(s);
      assertThat(s.version()).isEqualTo(events.size());
      assertThat(s.lastEventAt()).contains(events.get(events.size() - 1).header().at());
      long failed = events.stream().filter(e -> e instanceof CaseEvent.Verified v && !v.passed()).count();
      assertThat(s.reworkCount()).as("reworks are failed verifications").isEqualTo((int) failed);
      assertThat(s.escalationCount()).isEqualTo((int) events.stream().filter(CaseEvent.Escalated.class::isInstance)
          .count());
      if (s.status().isOpen()) {
        Holder lead = s.holder().orElseThrow();
        assertThat(s.coHandlers()).as("one lead holder").doesNotContain(lead instanceof Holder.DepartmentHolder dh
            ? dh.department() : DepartmentId.of("none")).doesNotHaveDuplicates();
      }
      assertThat(s.closedAt().isPresent()).isEqualTo(s.status() == CaseStatus.CLOSED);
      checkClock(s, events);
    }

    /** The step clock agrees with its events: approved extensions, parked time and the light. */
    private void checkClock(CaseState s, List<CaseEvent> events) {
      assertThat(s.currentStep()).isEqualTo(s.status().step());
      if (s.currentStep().isEmpty()) {
        assertThat(s.extension()).isEqualTo(Duration.ZERO);
        assertThat(s.deadlineLight(now, CALENDAR)).isEmpty();
        return;
      }
      int start = events.size() - 1;
      while (events.get(start).header().clock().isEmpty()) {
        start--;
      }
      assertThat(s.currentLimit()).isEqualTo(events.get(start).header().clock());
      Duration extension = Duration.ZERO;
      Duration paused = Duration.ZERO;
      for (CaseEvent e : events.subList(start + 1, events.size())) {
        if (e instanceof CaseEvent.ExtensionApproved x) {
          extension = extension.plus(x.amount());
        } else if (e instanceof CaseEvent.Resumed r) {
          paused = paused.plus(r.pausedElapsed());
        }
      }
      assertThat(s.extension()).as("extensions since the clock started").isEqualTo(extension);
      assertThat(s.pausedTime()).as("parked time since the clock started").isEqualTo(paused);
      Instant at = s.lastEventAt().orElseThrow();
      Duration used = s.usedTime(at, CALENDAR).orElseThrow();
      assertThat(s.deadlineLight(at, CALENDAR)).contains(DeadlineLight.of(used,
          s.currentLimit().orElseThrow().budget().plus(extension)));
      if (s.isParked()) {
        assertThat(s.usedTime(at.plus(Duration.ofDays(5)), CALENDAR)).as("a parked clock stands still")
            .contains(used);
        assertThat(s.dueAt(CALENDAR)).isEmpty();
      } else {
        assertThat(s.dueAt(CALENDAR)).isPresent();
      }
      if (s.isBreached()) {
        assertThat(s.isWarned()).isTrue();
      }
    }
  }

}
