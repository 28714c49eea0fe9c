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
   * <p>A value class rather than a record: an acceptance of one event (nearly every command's) keeps the
   * event alone and makes its list only when {@link #events()} is called, so that deciding and applying
   * through {@link CaseLoop#evolve(CaseState, Decision)} allocates one object fewer per command.
   */
  final class Accepted implements Decision {
    /** The single event or the list of events; final, so every thread sees it however the decision reached it. */
    private final Object content;

    /**
     * Creates the outcome.
     *
     * @param events  the events, in order, not null
     * @throws InvalidInputException if the events are null
     */
    public Accepted(ImmutableList<CaseEvent> events) {
      this.content = Checks.notNull(events, "events");
    }

    private Accepted(CaseEvent single) {
      this.content = single;
    }

    /** The acceptance of one event, from the case loop. */
    static Accepted of(CaseEvent event) {
      return new Accepted(event);
    }

    /**
     * Returns the events, in order. For an acceptance of one event each call makes a new (equal) list.
     *
     * @return the events, not null
     */
    @SuppressWarnings("unchecked")
    public ImmutableList<CaseEvent> events() {
      Object c = content;
      return c instanceof CaseEvent single ? ImmutableList.of(single) : (ImmutableList<CaseEvent>) c;
    }

    /**
     * Returns the number of events; with {@link #event(int)}, a way to read them that makes no list.
     *
     * @return the number of events, 0 or more
     */
    @SuppressWarnings("unchecked")
    public int size() {
      Object c = content;
      return c instanceof CaseEvent ? 1 : ((ImmutableList<CaseEvent>) c).size();
    }

    /**
     * Returns one of the events, by its position: the same as {@code events().get(index)}, without making
     * the list of a single event.
     *
     * @param index  the position, from 0 to {@link #size()} - 1
     * @return the event, not null
     * @throws InvalidInputException if the index is out of range
     */
    @SuppressWarnings("unchecked")
    public CaseEvent event(int index) {
      int size = size();
      if (index < 0 || index >= size) {
        throw new InvalidInputException("index", "must be at least 0 and less than " + size, index);
      }
      Object c = content;
      return c instanceof CaseEvent single ? single : ((ImmutableList<CaseEvent>) c).get(index);
    }

    /** Returns the only event, or null if there are none or several. */
    CaseEvent singleOrNull() {
      Object c = content;
      if (c instanceof CaseEvent single) {
        return single;
      }
      ImmutableList<CaseEvent> list = events();
      return list.size() == 1 ? list.get(0) : null;
    }

    @Override
    public ImmutableList<CaseEvent> newEvents() {
      return events();
    }

    @Override
    public boolean equals(Object o) {
      return o == this || o instanceof Accepted a && events().equals(a.events());
    }

    @Override
    public int hashCode() {
      return events().hashCode();
    }

    @Override
    public String toString() {
      return "Accepted[events=" + events() + "]";
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
