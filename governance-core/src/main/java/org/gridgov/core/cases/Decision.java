package org.gridgov.core.cases;

import com.google.common.collect.ImmutableList;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;

/**
 * The outcome of {@link CaseLoop#decide}: the events to append, a rejection, or — for a command whose
 * identifier the case has already processed — the events it produced then.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface Decision {

  /**
   * Returns the events to append: those of an accepted command, none otherwise.
   *
   * @return the new events, not null
   */
  ImmutableList<CaseEvent> newEvents();

  /**
   * The command was accepted; its events are to be appended (a tick may produce none).
   *
   * @param events  the events, in order
   */
  record Accepted(ImmutableList<CaseEvent> events) implements Decision {
    /**
     * Creates the outcome.
     *
     * @throws InvalidInputException if the events are null
     */
    public Accepted {
      Checks.notNull(events, "events");
    }

    @Override
    public ImmutableList<CaseEvent> newEvents() {
      return events;
    }
  }

  /**
   * The command was rejected: nothing changes.
   *
   * @param reason  the reason code
   * @param message  a sentence naming the broken rule
   */
  record Rejected(RejectionReason reason, String message) implements Decision {
    /**
     * Creates the outcome.
     *
     * @throws InvalidInputException if a value is null
     */
    public Rejected {
      Checks.notNull(reason, "reason");
      Checks.notNull(message, "message");
    }

    @Override
    public ImmutableList<CaseEvent> newEvents() {
      return ImmutableList.of();
    }
  }

  /**
   * The command identifier was already processed: the original events are returned and nothing new
   * is appended (idempotent resend).
   *
   * @param events  the events the command produced originally, possibly empty
   */
  record AlreadyApplied(ImmutableList<CaseEvent> events) implements Decision {
    /**
     * Creates the outcome.
     *
     * @throws InvalidInputException if the events are null
     */
    public AlreadyApplied {
      Checks.notNull(events, "events");
    }

    @Override
    public ImmutableList<CaseEvent> newEvents() {
      return ImmutableList.of();
    }
  }
}
