package org.gridgov.benchmarks.peers;

import java.util.EnumSet;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.StateMachineContext;
import org.springframework.statemachine.StateMachineEventResult;
import org.springframework.statemachine.config.StateMachineBuilder;
import org.springframework.statemachine.config.StateMachineFactory;
import org.springframework.statemachine.support.DefaultExtendedState;
import org.springframework.statemachine.support.DefaultStateMachineContext;
import reactor.core.publisher.Mono;

/**
 * Spring Statemachine 4.0 outside a Spring context, configured with {@code StateMachineBuilder} as its
 * reference guide shows ("State Machine via Builder"), events sent the reactive way
 * ({@code sendEvent(Mono<Message>)}, result checked to be {@code ACCEPTED}). Two ways of serving many cases:
 * <ul>
 *   <li>{@code spring-new}: a {@link StateMachineFactory} built once, a new started machine per case
 *       (the guide's "State Machine Factories");</li>
 *   <li>{@code spring-reset}: one machine reused, reset to the case's state per case through
 *       {@code StateMachineAccess.resetStateMachineReactively} (what the guide's persist recipe does); an open
 *       case is then kept as a {@link StateMachineContext}, as a {@code StateMachinePersister} stores it.</li>
 * </ul>
 * CLOSED is an ordinary state without outgoing transitions, not {@code .end(CLOSED)}: a machine that had
 * reached an end state and was then stopped, reset and started accepted its next event without taking the
 * transition (4.0.2), which breaks the reused machine; both variants use the same configuration.
 *
 * <p>Spring keeps the current state and an extended-state map: no audit trail unless one adds a listener or
 * interceptor, no authority or deadline rules unless written as guards and actions; the machine is mutable.
 */
final class SpringPeer implements Peer {
  private final boolean reuse;
  private final StateMachineFactory<Status, Trigger> factory;
  private final StateMachine<Status, Trigger> shared;

  SpringPeer(boolean reuse) {
    this.reuse = reuse;
    StateMachineBuilder.Builder<Status, Trigger> b = StateMachineBuilder.builder();
    try {
      b.configureConfiguration().withConfiguration().autoStartup(false);
      b.configureStates().withStates().initial(Status.NEW).states(EnumSet.allOf(Status.class));
      b.configureTransitions()
          .withExternal().source(Status.NEW).target(Status.REPORTED).event(Trigger.REPORT).and()
          .withExternal().source(Status.REPORTED).target(Status.ACCEPTED).event(Trigger.ACCEPT).and()
          .withExternal().source(Status.ACCEPTED).target(Status.ASSIGNED).event(Trigger.ASSIGN).and()
          .withExternal().source(Status.ASSIGNED).target(Status.ACCEPTED).event(Trigger.ESCALATE).and()
          .withExternal().source(Status.HANDLING).target(Status.ACCEPTED).event(Trigger.ESCALATE).and()
          .withExternal().source(Status.ASSIGNED).target(Status.HANDLING).event(Trigger.START).and()
          .withExternal().source(Status.HANDLING).target(Status.RESULT_SUBMITTED).event(Trigger.RESOLVE).and()
          .withExternal().source(Status.RESULT_SUBMITTED).target(Status.VERIFIED).event(Trigger.VERIFY).and()
          .withInternal().source(Status.VERIFIED).event(Trigger.EVALUATE).and()
          .withExternal().source(Status.VERIFIED).target(Status.CLOSED).event(Trigger.CLOSE);
    } catch (Exception e) {
      throw new IllegalStateException("Spring Statemachine rejected the configuration", e);
    }
    factory = b.createFactory();
    shared = reuse ? factory.getStateMachine() : null;
  }

  private StateMachine<Status, Trigger> run(int n) {
    StateMachine<Status, Trigger> machine;
    if (reuse) {
      machine = shared;
      machine.stopReactively().block();
      StateMachineContext<Status, Trigger> fresh = new DefaultStateMachineContext<>(Status.NEW, null, null, null);
      machine.getStateMachineAccessor()
          .doWithAllRegions(access -> access.resetStateMachineReactively(fresh).block());
    } else {
      machine = factory.getStateMachine();
    }
    machine.startReactively().block();
    for (int i = 0; i < n; i++) {
      StateMachineEventResult<Status, Trigger> result =
          machine.sendEvent(Mono.just(MessageBuilder.withPayload(Trigger.LIFECYCLE[i]).build())).blockLast();
      if (result == null || result.getResultType() != StateMachineEventResult.ResultType.ACCEPTED) {
        throw new IllegalStateException(Trigger.LIFECYCLE[i] + " was not accepted in " + machine.getState().getId());
      }
    }
    return machine;
  }

  @Override
  public Object lifecycle() {
    StateMachine<Status, Trigger> machine = run(Trigger.LIFECYCLE.length);
    Status end = machine.getState().getId();
    if (end != Status.CLOSED) {
      throw new IllegalStateException("lifecycle broke at " + end);
    }
    return reuse ? end : machine;
  }

  @Override
  public Object open(int caseNumber, int transitions) {
    StateMachine<Status, Trigger> machine = run(transitions);
    if (!reuse) {
      return machine;
    }
    DefaultExtendedState extended = new DefaultExtendedState();
    extended.getVariables().putAll(machine.getExtendedState().getVariables());
    return new DefaultStateMachineContext<Status, Trigger>(machine.getState().getId(), null, null, extended, null,
        "case-" + caseNumber);
  }

  @Override
  public Status statusOf(Object state) {
    if (state instanceof Status s) {
      return s;
    }
    if (state instanceof StateMachineContext<?, ?> c) {
      return (Status) c.getState();
    }
    @SuppressWarnings("unchecked")
    StateMachine<Status, Trigger> machine = (StateMachine<Status, Trigger>) state;
    return machine.getState().getId();
  }
}
