package org.gridgov.benchmarks.peers;

import com.github.oxo42.stateless4j.StateMachine;
import com.github.oxo42.stateless4j.StateMachineConfig;

/**
 * stateless4j 2.6.0 as its README shows it: one {@link StateMachineConfig} built once and shared, a new
 * {@link StateMachine} per case, {@code fire(trigger)} per step. An unpermitted trigger throws. It keeps the
 * current state only: no history, no actor, no time, no authority, no deadlines; the machine is mutable.
 */
final class Stateless4jPeer implements Peer {
  private final StateMachineConfig<Status, Trigger> config = new StateMachineConfig<>();

  Stateless4jPeer() {
    config.configure(Status.NEW).permit(Trigger.REPORT, Status.REPORTED);
    config.configure(Status.REPORTED).permit(Trigger.ACCEPT, Status.ACCEPTED);
    config.configure(Status.ACCEPTED).permit(Trigger.ASSIGN, Status.ASSIGNED);
    config.configure(Status.ASSIGNED).permit(Trigger.ESCALATE, Status.ACCEPTED).permit(Trigger.START, Status.HANDLING);
    config.configure(Status.HANDLING).permit(Trigger.ESCALATE, Status.ACCEPTED)
        .permit(Trigger.RESOLVE, Status.RESULT_SUBMITTED);
    config.configure(Status.RESULT_SUBMITTED).permit(Trigger.VERIFY, Status.VERIFIED);
    config.configure(Status.VERIFIED).permitInternal(Trigger.EVALUATE, () -> { })
        .permit(Trigger.CLOSE, Status.CLOSED);
    config.configure(Status.CLOSED);
  }

  private StateMachine<Status, Trigger> run(int n) {
    StateMachine<Status, Trigger> machine = new StateMachine<>(Status.NEW, config);
    for (int i = 0; i < n; i++) {
      machine.fire(Trigger.LIFECYCLE[i]);
    }
    return machine;
  }

  @Override
  public Object lifecycle() {
    StateMachine<Status, Trigger> machine = run(Trigger.LIFECYCLE.length);
    if (machine.getState() != Status.CLOSED) {
      throw new IllegalStateException("lifecycle broke at " + machine.getState());
    }
    return machine;
  }

  @Override
  public Object open(int caseNumber, int transitions) {
    return run(transitions);
  }

  @Override
  public Status statusOf(Object state) {
    @SuppressWarnings("unchecked")
    StateMachine<Status, Trigger> machine = (StateMachine<Status, Trigger>) state;
    return machine.getState();
  }
}
