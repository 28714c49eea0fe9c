package org.gridgov.core.cases;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;

/**
 * A thread-safe, in-memory {@link CaseStore} that detects conflicting concurrent appends.
 *
 * <p>Appends to one case are serialised; appends to different cases run in parallel.
 */
public final class InMemoryCaseStore implements CaseStore {

  private final ConcurrentHashMap<CaseId, ImmutableList<CaseEvent>> histories = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<CaseId> order = new ConcurrentLinkedQueue<>();

  /** Creates an empty store. */
  public InMemoryCaseStore() {
  }

  @Override
  public AppendResult append(CaseId caseId, long expectedVersion, List<CaseEvent> events) {
    Checks.notNull(caseId, "caseId");
    Checks.noNulls(events, "events");
    long n = expectedVersion;
    for (CaseEvent e : events) {
      EventHeader h = e.header();
      if (!h.caseId().equals(caseId) || h.sequence() != ++n) {
        throw new InvalidInputException("events", "must belong to case " + caseId + " and be numbered from "
            + (expectedVersion + 1) + " without gaps", h.caseId() + "#" + h.sequence());
      }
    }
    AppendResult[] result = new AppendResult[1];
    histories.compute(caseId, (id, old) -> {
      long actual = old == null ? 0 : old.size();
      if (actual != expectedVersion) {
        result[0] = new AppendResult.Conflict(expectedVersion, actual);
        return old;
      }
      if (old == null) {
        order.add(id);
      }
      result[0] = new AppendResult.Appended(actual + events.size());
      return old == null ? ImmutableList.copyOf(events)
          : ImmutableList.<CaseEvent>builderWithExpectedSize(old.size() + events.size()).addAll(old).addAll(events)
              .build();
    });
    return result[0];
  }

  @Override
  public ImmutableList<CaseEvent> load(CaseId caseId) {
    ImmutableList<CaseEvent> h = histories.get(Checks.notNull(caseId, "caseId"));
    return h == null ? ImmutableList.of() : h;
  }

  @Override
  public Stream<CaseEvent> stream() {
    return order.stream().flatMap(id -> load(id).stream());
  }
}
