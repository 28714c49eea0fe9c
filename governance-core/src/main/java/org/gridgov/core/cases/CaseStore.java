package org.gridgov.core.cases;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Stream;
import org.gridgov.core.InvalidInputException;

/**
 * The persistence contract of case histories: append with an expected version (optimistic
 * concurrency), load, stream. An embedding portal may put its own database behind it.
 *
 * <p>Implementations must be thread-safe, and must never lose, duplicate or reorder an appended event.
 */
public interface CaseStore {

  /**
   * Appends events to a case if its current version is the expected one.
   *
   * @param caseId  the case, not null
   * @param expectedVersion  the version the events were decided against (0 for a new case)
   * @param events  the events, numbered from {@code expectedVersion + 1} without gaps, not null
   * @return the outcome: appended with the new version, or a conflict with the actual version, not null
   * @throws InvalidInputException if an argument is null or the events are misnumbered or of another case
   */
  AppendResult append(CaseId caseId, long expectedVersion, List<CaseEvent> events);

  /**
   * Loads a case's history.
   *
   * @param caseId  the case, not null
   * @return the events, oldest first, empty for an unknown case, not null
   */
  ImmutableList<CaseEvent> load(CaseId caseId);

  /**
   * Streams every stored event: per case in sequence order, cases in the order of their first append.
   *
   * @return the events, not null
   */
  Stream<CaseEvent> stream();

  /** The outcome of an append. */
  sealed interface AppendResult {
    /**
     * The events were appended.
     *
     * @param version  the new version of the case
     */
    record Appended(long version) implements AppendResult {
    }

    /**
     * Another writer appended first; nothing was appended.
     *
     * @param expectedVersion  the version the caller expected
     * @param actualVersion  the stored version
     */
    record Conflict(long expectedVersion, long actualVersion) implements AppendResult {
    }
  }
}
