package org.gridgov.benchmarks.peers;

import java.time.Instant;

/**
 * The practical ceiling: an immutable decide/evolve pair in a few records with no domain rules beyond the
 * status table (no authority, no deadlines, no idempotency; the event log is a linked list of events).
 * Whatever a library does on top of this costs time.
 */
final class MinimalDecider implements Peer {
  private static final Instant START = Instant.parse("2025-06-02T01:00:00Z");

  /** A command: what to do, by whom, when. */
  record Command(Trigger trigger, String actor, Instant at) {
  }

  /** An event: the status change a command caused. */
  record Event(long sequence, Trigger trigger, String actor, Instant at, Status from, Status to) {
  }

  /** A link in the event log, newest first. */
  record Log(Event event, Log previous) {
  }

  /** The state of a case: its status, version and log. */
  record State(String caseId, Status status, long version, Log log) {
  }

  /** A decision: the event, or null with a reason. */
  record Decision(Event event, String rejection) {
  }

  private final Command[] commands = new Command[Trigger.LIFECYCLE.length];

  MinimalDecider() {
    for (int i = 0; i < commands.length; i++) {
      commands[i] = new Command(Trigger.LIFECYCLE[i], i % 2 == 0 ? "worker" : "dispatcher",
          START.plusSeconds(300L * i));
    }
  }

  static Decision decide(State s, Command c) {
    Status to = switch (c.trigger()) {
      case REPORT -> s.status() == Status.NEW ? Status.REPORTED : null;
      case ACCEPT -> s.status() == Status.REPORTED ? Status.ACCEPTED : null;
      case ASSIGN -> s.status() == Status.ACCEPTED ? Status.ASSIGNED : null;
      case ESCALATE -> s.status() == Status.ASSIGNED || s.status() == Status.HANDLING ? Status.ACCEPTED : null;
      case START -> s.status() == Status.ASSIGNED ? Status.HANDLING : null;
      case RESOLVE -> s.status() == Status.HANDLING ? Status.RESULT_SUBMITTED : null;
      case VERIFY -> s.status() == Status.RESULT_SUBMITTED ? Status.VERIFIED : null;
      case EVALUATE -> s.status() == Status.VERIFIED ? Status.VERIFIED : null;
      case CLOSE -> s.status() == Status.VERIFIED ? Status.CLOSED : null;
    };
    return to == null ? new Decision(null, c.trigger() + " not allowed in " + s.status())
        : new Decision(new Event(s.version() + 1, c.trigger(), c.actor(), c.at(), s.status(), to), null);
  }

  static State evolve(State s, Event e) {
    return new State(s.caseId(), e.to(), e.sequence(), new Log(e, s.log()));
  }

  private static State run(State s, Command[] cs, int n) {
    for (int i = 0; i < n; i++) {
      Decision d = decide(s, cs[i]);
      if (d.event() == null) {
        throw new IllegalStateException(d.rejection());
      }
      s = evolve(s, d.event());
    }
    return s;
  }

  @Override
  public Object lifecycle() {
    State s = run(new State("bench", Status.NEW, 0, null), commands, commands.length);
    if (s.status() != Status.CLOSED) {
      throw new IllegalStateException("lifecycle broke at " + s);
    }
    return s;
  }

  @Override
  public Object open(int caseNumber, int transitions) {
    Command[] cs = new Command[transitions];
    for (int i = 0; i < transitions; i++) {
      cs[i] = new Command(Trigger.LIFECYCLE[i], i % 2 == 0 ? "worker-" + caseNumber : "dispatcher",
          START.plusSeconds(300L * i + caseNumber));
    }
    return run(new State("case-" + caseNumber, Status.NEW, 0, null), cs, transitions);
  }

  @Override
  public Status statusOf(Object state) {
    return ((State) state).status();
  }
}
