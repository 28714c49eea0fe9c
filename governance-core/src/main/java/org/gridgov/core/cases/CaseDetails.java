package org.gridgov.core.cases;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.category.CategoryCode;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.org.PlaceId;
import org.gridgov.core.people.PersonId;

/**
 * What a report says: category, source, place, urgency, description, media and links.
 *
 * <p>The reporter is referenced by identifier only: personal data (name, phone, identity card) stays
 * in {@code org.gridgov.core.people}, kept separate from the case and masked when shown. This class is
 * immutable and thread-safe.
 *
 * @param category  the two-level category (e.g. 0102)
 * @param source  where the report came from
 * @param place  the grid or a place within a grid (building, unit, household)
 * @param urgency  the urgency
 * @param description  the description, 1 to 2000 characters
 * @param address  an optional free-text address
 * @param coordinates  optional coordinates
 * @param media  references to photos or videos (e.g. storage keys), possibly empty
 * @param reporter  the reporting person, if known
 * @param parent  the parent case when this case was split off one
 */
public record CaseDetails(CategoryCode category, Source source, PlaceId place, Urgency urgency, String description,
    Optional<String> address, Optional<Coordinates> coordinates, ImmutableList<String> media,
    Optional<PersonId> reporter, Optional<CaseId> parent) {

  /**
   * Creates the details.
   *
   * @throws InvalidInputException if a value is null or the description is empty or too long
   */
  public CaseDetails {
    Checks.notNull(category, "category");
    Checks.notNull(source, "source");
    Checks.notNull(place, "place");
    Checks.notNull(urgency, "urgency");
    Checks.text(description, "description", 2000);
    Checks.notNull(address, "address");
    Checks.notNull(coordinates, "coordinates");
    Checks.noNulls(media, "media");
    Checks.notNull(reporter, "reporter");
    Checks.notNull(parent, "parent");
  }

  /**
   * Obtains details with no address, coordinates, media or parent.
   *
   * @param category  the category, not null
   * @param source  the source, not null
   * @param place  the place, not null
   * @param urgency  the urgency, not null
   * @param description  the description, not empty
   * @param reporter  the reporter, if known, not null
   * @return the details, not null
   * @throws InvalidInputException if a value is invalid
   */
  public static CaseDetails of(CategoryCode category, Source source, PlaceId place, Urgency urgency,
      String description, Optional<PersonId> reporter) {
    return new CaseDetails(category, source, place, urgency, description, Optional.empty(), Optional.empty(),
        ImmutableList.of(), reporter, Optional.empty());
  }

  /**
   * Returns a copy naming a parent case.
   *
   * @param parentCase  the parent, not null
   * @return the details, not null
   */
  public CaseDetails withParent(CaseId parentCase) {
    return new CaseDetails(category, source, place, urgency, description, address, coordinates, media, reporter,
        Optional.of(Checks.notNull(parentCase, "parent")));
  }
}
