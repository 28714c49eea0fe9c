package org.gridgov.benchmarks.peers;

import org.squirrelframework.foundation.fsm.StateMachineBuilder;
import org.squirrelframework.foundation.fsm.StateMachineBuilderFactory;
import org.squirrelframework.foundation.fsm.impl.AbstractStateMachine;

/**
 * squirrel-foundation 0.3.10 as its README shows it: a typed machine class, one {@link StateMachineBuilder}
 * built once with the fluent API (the builder is the expensive, shareable part), {@code newStateMachine}
 * and {@code start()} per case and {@code fire(event)} per step. An event with no transition is declined silently. It keeps the
 * current state (plus optional history states, not used here): no audit trail, no actor, no time, no
 * authority, no deadlines; the machine is mutable.
 *
 * <p>Squirrel is compiled against Guava 29; it runs here on the project's Guava 33.8 (see
 * {@code PeersTest#squirrelLinksOnlyGuavaMembersThatExist}).
 */
final class SquirrelPeer implements Peer {

  /** The case machine; squirrel instantiates it reflectively, so it is public with a public constructor. */
  public static class CaseMachine extends AbstractStateMachine<CaseMachine, Status, Trigger, Object> {
    /** Creates the machine (called by squirrel). */
    public CaseMachine() {
    }
  }

  private final StateMachineBuilder<CaseMachine, Status, Trigger, Object> builder =
      StateMachineBuilderFactory.create(CaseMachine.class, Status.class, Trigger.class, Object.class);

  SquirrelPeer() {
    builder.externalTransition().from(Status.NEW).to(Status.REPORTED).on(Trigger.REPORT);
    builder.externalTransition().from(Status.REPORTED).to(Status.ACCEPTED).on(Trigger.ACCEPT);
    builder.externalTransition().from(Status.ACCEPTED).to(Status.ASSIGNED).on(Trigger.ASSIGN);
    builder.externalTransition().from(Status.ASSIGNED).to(Status.ACCEPTED).on(Trigger.ESCALATE);
    builder.externalTransition().from(Status.HANDLING).to(Status.ACCEPTED).on(Trigger.ESCALATE);
    builder.externalTransition().from(Status.ASSIGNED).to(Status.HANDLING).on(Trigger.START);
    builder.externalTransition().from(Status.HANDLING).to(Status.RESULT_SUBMITTED).on(Trigger.RESOLVE);
    builder.externalTransition().from(Status.RESULT_SUBMITTED).to(Status.VERIFIED).on(Trigger.VERIFY);
    builder.internalTransition().within(Status.VERIFIED).on(Trigger.EVALUATE);
    builder.externalTransition().from(Status.VERIFIED).to(Status.CLOSED).on(Trigger.CLOSE);
    builder.defineFinalState(Status.CLOSED);
  }

  private CaseMachine run(int n) {
    CaseMachine machine = builder.newStateMachine(Status.NEW);
    machine.start();
    for (int i = 0; i < n; i++) {
      machine.fire(Trigger.LIFECYCLE[i]);
    }
    return machine;
  }

  @Override
  public Object lifecycle() {
    CaseMachine machine = run(Trigger.LIFECYCLE.length);
    if (machine.getCurrentState() != Status.CLOSED) {
      throw new IllegalStateException("lifecycle broke at " + machine.getCurrentState());
    }
    return machine;
  }

  @Override
  public Object open(int caseNumber, int transitions) {
    return run(transitions);
  }

  @Override
  public Status statusOf(Object state) {
    return ((CaseMachine) state).getCurrentState();
  }
}
