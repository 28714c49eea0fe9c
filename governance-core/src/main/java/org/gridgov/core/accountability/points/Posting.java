package org.gridgov.core.accountability.points;

import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;

/** The outcome of posting an entry to the ledger: recorded, already recorded, or rejected. */
public sealed interface Posting {

  /**
   * Returns whether the ledger holds the entry after the posting (recorded now or before).
   *
   * @return true unless rejected
   */
  default boolean accepted() {
    return !(this instanceof Rejected);
  }

  /**
   * The entry was recorded.
   *
   * @param entry  the new entry
   * @param balance  the person's balance after it
   */
  record Recorded(PointsEntry entry, long balance) implements Posting {
    /**
     * Creates the outcome.
     *
     * @throws InvalidInputException if the entry is null
     */
    public Recorded {
      Checks.notNull(entry, "entry");
    }
  }

  /**
   * The same entry had been recorded before; nothing changed (postings are idempotent).
   *
   * @param entry  the entry recorded before
   */
  record AlreadyRecorded(PointsEntry entry) implements Posting {
    /**
     * Creates the outcome.
     *
     * @throws InvalidInputException if the entry is null
     */
    public AlreadyRecorded {
      Checks.notNull(entry, "entry");
    }
  }

  /**
   * The posting was rejected; nothing changed.
   *
   * @param reason  the reason code
   * @param message  a sentence naming the rule and the values
   */
  record Rejected(Reason reason, String message) implements Posting {
    /**
     * Creates the outcome.
     *
     * @throws InvalidInputException if a component is null or the message blank
     */
    public Rejected {
      Checks.notNull(reason, "reason");
      Checks.text(message, "message", 500);
    }
  }

  /** Why a posting was rejected. */
  enum Reason {
    /** The person is not a member of the ledger (not a building or unit chief). */
    NOT_A_MEMBER,
    /** The earning rule is not in the scheme. */
    UNKNOWN_RULE,
    /** The reward is not in the catalogue. */
    UNKNOWN_REWARD,
    /** The redemption would make the balance negative. */
    INSUFFICIENT_BALANCE,
    /** The entry identifier is already used by a different entry. */
    CONFLICTING_ENTRY,
    /** The entry is dated before the person's latest entry. */
    OUT_OF_ORDER
  }
}
