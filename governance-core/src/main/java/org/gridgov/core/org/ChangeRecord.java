package org.gridgov.core.org;

import com.google.common.collect.ImmutableList;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;

/**
 * What an applied change did: the versions before and after, the change, and one line per effect.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param fromVersion  the version the change was applied to
 * @param toVersion  the version it produced, one more
 * @param change  the change
 * @param effects  what changed, one sentence each
 */
public record ChangeRecord(long fromVersion, long toVersion, OrganisationChange change,
    ImmutableList<String> effects) {

  /**
   * Creates a record.
   *
   * @throws InvalidInputException if a component is null or the versions are not consecutive
   */
  public ChangeRecord {
    Checks.notNull(change, "change");
    Checks.noNulls(effects, "effects");
    if (toVersion != fromVersion + 1) {
      throw new InvalidInputException("toVersion", "must be fromVersion + 1 = " + (fromVersion + 1), toVersion);
    }
  }
}
