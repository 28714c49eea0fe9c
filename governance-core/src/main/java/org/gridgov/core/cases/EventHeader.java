package org.gridgov.core.cases;

import java.time.Instant;
import java.util.Optional;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.calendar.TimeLimit;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.people.PersonId;

/**
 * The audit part every case event carries: case, sequence number, instant, actor, the command that
 * caused it and the transition.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param caseId  the case
 * @param sequence  the sequence number, 1 for the first event of a case, without gaps
 * @param at  the instant
 * @param actor  who sent the command
 * @param command  the command identifier
 * @param kind  the command kind
 * @param from  the status before
 * @param to  the status after
 * @param clock  the time limit of a step clock started by this event, empty if the clock is unchanged or stops
 */
public record EventHeader(CaseId caseId, long sequence, Instant at, PersonId actor, CommandId command,
    CommandKind kind, CaseStatus from, CaseStatus to, Optional<TimeLimit> clock) {

  /**
   * Creates the header.
   *
   * @throws InvalidInputException if a value is null or the sequence is not positive
   */
  public EventHeader {
    Checks.notNull(caseId, "caseId");
    Checks.range(sequence, "sequence", 1, Long.MAX_VALUE);
    Checks.notNull(at, "at");
    Checks.notNull(actor, "actor");
    Checks.notNull(command, "command");
    Checks.notNull(kind, "kind");
    Checks.notNull(from, "from");
    Checks.notNull(to, "to");
    Checks.notNull(clock, "clock");
  }
}
