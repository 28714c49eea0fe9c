package org.gridgov.core.cases;

import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;

/**
 * Runs commands against a {@link CaseStore}: load, replay, decide, append with the expected version.
 *
 * <p>A concurrent append by another writer yields a rejection with
 * {@link RejectionReason#CONCURRENT_MODIFICATION}; the caller may resend the same command. This class
 * is immutable and thread-safe if the store is.
 */
public final class CaseHandler {

  private final CaseStore store;
  private final DecisionContext context;

  /**
   * Creates a handler.
   *
   * @param store  the store, not null
   * @param context  the decision context, not null
   * @throws InvalidInputException if an argument is null
   */
  public CaseHandler(CaseStore store, DecisionContext context) {
    this.store = Checks.notNull(store, "store");
    this.context = Checks.notNull(context, "context");
  }

  /**
   * Handles a command.
   *
   * @param command  the command, not null
   * @return the decision; accepted events have been appended, not null
   */
  public Decision handle(CaseCommand command) {
    Checks.notNull(command, "command");
    CaseState state = CaseLoop.replay(command.caseId(), store.load(command.caseId()));
    Decision d = CaseLoop.decide(state, command, context);
    if (d instanceof Decision.Accepted a && !a.events().isEmpty()) {
      CaseStore.AppendResult r = store.append(command.caseId(), state.version(), a.events());
      if (r instanceof CaseStore.AppendResult.Conflict k) {
        return CaseLoop.reject(RejectionReason.CONCURRENT_MODIFICATION, "case " + command.caseId()
            + " moved from version " + k.expectedVersion() + " to " + k.actualVersion() + "; resend the command");
      }
    }
    return d;
  }
}
