package org.gridgov.core.org;

import com.google.common.collect.ImmutableSet;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.people.PersonId;

/**
 * A sinking unit 下沉单位: an organisation whose party cadres serve in communities.
 *
 * <p>Its party head sits on the expanded working committee (大工委) of each subdistrict it serves as a
 * part-time member; its deputy sits on the expanded party committee (大党委) of each community it
 * serves. This class is immutable and thread-safe.
 *
 * @param id  the identifier
 * @param name  the name, 1 to 100 characters
 * @param partyHead  the unit's party head
 * @param deputy  the unit's deputy in charge of the work
 * @param communities  the communities served, not empty
 */
public record SinkingUnit(SinkingUnitId id, String name, PersonId partyHead, PersonId deputy,
    ImmutableSet<CommunityId> communities) {

  /**
   * Creates a sinking unit.
   *
   * @throws InvalidInputException if a component is null, the name blank or the communities empty
   */
  public SinkingUnit {
    Checks.notNull(id, "id");
    Checks.text(name, "name", 100);
    Checks.notNull(partyHead, "partyHead");
    Checks.notNull(deputy, "deputy");
    Checks.noNulls(communities, "communities");
    if (communities.isEmpty()) {
      throw new InvalidInputException("communities", "must name at least one community");
    }
  }
}
