package org.gridgov.core.org;

import com.google.common.collect.ImmutableList;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;

/** The outcome of applying an {@link OrganisationChange}: applied, or rejected with its violations. */
public sealed interface ChangeOutcome {

  /**
   * Returns whether the change was applied.
   *
   * @return true for {@link Applied}
   */
  default boolean isApplied() {
    return this instanceof Applied;
  }

  /**
   * The change was applied.
   *
   * @param organisation  the new snapshot
   * @param record  what the change did
   */
  record Applied(Organisation organisation, ChangeRecord record) implements ChangeOutcome {
    /**
     * Creates the outcome.
     *
     * @throws InvalidInputException if a component is null
     */
    public Applied {
      Checks.notNull(organisation, "organisation");
      Checks.notNull(record, "record");
    }
  }

  /**
   * The change was rejected; the snapshot it was applied to is unchanged.
   *
   * @param change  the rejected change
   * @param violations  why, not empty
   */
  record Rejected(OrganisationChange change, ImmutableList<Violation> violations) implements ChangeOutcome {
    /**
     * Creates the outcome.
     *
     * @throws InvalidInputException if a component is null or there are no violations
     */
    public Rejected {
      Checks.notNull(change, "change");
      Checks.noNulls(violations, "violations");
      if (violations.isEmpty()) {
        throw new InvalidInputException("violations", "must not be empty");
      }
    }
  }
}
