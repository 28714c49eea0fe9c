package org.gridgov.core.cases;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.cases.CaseEvent.Assigned;
import org.gridgov.core.cases.CaseEvent.Escalated;
import org.gridgov.core.cases.CaseEvent.Reopened;
import org.gridgov.core.cases.CaseEvent.Reported;
import org.gridgov.core.cases.CaseEvent.Returned;
import org.gridgov.core.internal.Checks;

/**
 * Audit queries over a case's history: who held the case, when and for how long; how long it spent
 * in each status. This class is stateless and thread-safe.
 */
public final class CaseHistory {

  private CaseHistory() {
  }

  /**
   * Returns the holder periods of a case; the last open period ends at the given instant, or at the
   * case's end when it is closed, voided or a duplicate.
   *
   * @param events  the history, oldest first, not null
   * @param until  the query instant, not before the last event, not null
   * @return the periods in order, not null
   * @throws InvalidInputException if an argument is null or the instant lies before the last event
   */
  public static ImmutableList<HolderPeriod> holderPeriods(List<CaseEvent> events, Instant until) {
    Checks.noNulls(events, "events");
    requireUntil(events, until);
    ImmutableList.Builder<HolderPeriod> out = ImmutableList.builder();
    Holder current = null;
    Instant since = null;
    for (CaseEvent e : events) {
      EventHeader h = e.header();
      Holder next = holderAfter(e);
      if (next != null && !next.equals(current)) {
        if (current != null) {
          out.add(new HolderPeriod(current, since, h.at()));
        }
        current = next;
        since = h.at();
      }
      if (!h.to().isOpen() && current != null) {
        out.add(new HolderPeriod(current, since, h.at()));
        current = null;
      }
    }
    if (current != null) {
      out.add(new HolderPeriod(current, since, until));
    }
    return out.build();
  }

  /**
   * Returns how long the case spent in each status, in continuous time; the current open status
   * counts up to the given instant.
   *
   * @param events  the history, oldest first, not null
   * @param until  the query instant, not before the last event, not null
   * @return the durations of the statuses the case passed through, not null
   * @throws InvalidInputException if an argument is null or the instant lies before the last event
   */
  public static ImmutableMap<CaseStatus, Duration> timeInStatus(List<CaseEvent> events, Instant until) {
    Checks.noNulls(events, "events");
    requireUntil(events, until);
    EnumMap<CaseStatus, Duration> out = new EnumMap<>(CaseStatus.class);
    CaseStatus status = null;
    Instant since = null;
    for (CaseEvent e : events) {
      EventHeader h = e.header();
      if (status != null && h.to() != status) {
        out.merge(status, Duration.between(since, h.at()), Duration::plus);
        status = null;
      }
      if (status == null && h.to().isOpen()) {
        status = h.to();
        since = h.at();
      }
    }
    if (status != null) {
      out.merge(status, Duration.between(since, until), Duration::plus);
    }
    return ImmutableMap.copyOf(out);
  }

  private static void requireUntil(List<CaseEvent> events, Instant until) {
    Checks.notNull(until, "until");
    if (!events.isEmpty() && until.isBefore(events.get(events.size() - 1).header().at())) {
      throw new InvalidInputException("until", "must not be before the last event", until);
    }
  }

  private static Holder holderAfter(CaseEvent e) {
    if (e instanceof Reported r) {
      return r.holder();
    } else if (e instanceof Assigned a) {
      return a.holder();
    } else if (e instanceof Escalated x) {
      return x.holder();
    } else if (e instanceof Returned r) {
      return r.holder();
    } else if (e instanceof Reopened r) {
      return r.holder();
    }
    return null;
  }
}
