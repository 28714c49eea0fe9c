package org.gridgov.core.accountability.scorecard;

import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.org.DepartmentId;
import org.gridgov.core.org.Level;
import org.gridgov.core.org.PlaceId;
import org.gridgov.core.people.PersonId;

/** Who a scorecard scores, and who handles, verifies, dispatches or is rated in a case. */
public sealed interface Subject {

  /**
   * Returns the kind of subject.
   *
   * @return the kind, not null
   */
  SubjectKind kind();

  /**
   * Returns a short label, e.g. {@code grid-worker:w-001} or {@code community-center:211381001001}.
   *
   * @return the label, not null
   */
  String label();

  /**
   * A grid worker.
   *
   * @param person  the worker
   */
  record GridWorker(PersonId person) implements Subject {
    /**
     * Creates the subject.
     *
     * @throws InvalidInputException if the person is null
     */
    public GridWorker {
      Checks.notNull(person, "person");
    }

    @Override
    public SubjectKind kind() {
      return SubjectKind.GRID_WORKER;
    }

    @Override
    public String label() {
      return "grid-worker:" + person;
    }
  }

  /**
   * The grid management service center of a community, subdistrict or city.
   *
   * @param place  the community, subdistrict or city
   */
  record Center(PlaceId place) implements Subject {
    /**
     * Creates the subject.
     *
     * @throws InvalidInputException if the place is null or not a community, subdistrict or city
     */
    public Center {
      Checks.notNull(place, "place");
      if (place.level() != Level.COMMUNITY && place.level() != Level.SUBDISTRICT && place.level() != Level.CITY) {
        throw new InvalidInputException("place", "a center serves a community, subdistrict or city",
            place.level() + " " + place);
      }
    }

    @Override
    public SubjectKind kind() {
      return switch (place.level()) {
        case COMMUNITY -> SubjectKind.COMMUNITY_CENTER;
        case SUBDISTRICT -> SubjectKind.SUBDISTRICT_CENTER;
        default -> SubjectKind.CITY_CENTER;
      };
    }

    @Override
    public String label() {
      return kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ":" + place;
    }
  }

  /**
   * A functional department or utility.
   *
   * @param department  the department
   */
  record Department(DepartmentId department) implements Subject {
    /**
     * Creates the subject.
     *
     * @throws InvalidInputException if the department is null
     */
    public Department {
      Checks.notNull(department, "department");
    }

    @Override
    public SubjectKind kind() {
      return SubjectKind.DEPARTMENT;
    }

    @Override
    public String label() {
      return "department:" + department;
    }
  }

  /**
   * An area as a whole: everything reported, patrolled and rated within it.
   *
   * @param place  the community, subdistrict or city
   */
  record Area(PlaceId place) implements Subject {
    /**
     * Creates the subject.
     *
     * @throws InvalidInputException if the place is null or not a community, subdistrict or city
     */
    public Area {
      Checks.notNull(place, "place");
      if (place.level() != Level.COMMUNITY && place.level() != Level.SUBDISTRICT && place.level() != Level.CITY) {
        throw new InvalidInputException("place", "an area is a community, subdistrict or city",
            place.level() + " " + place);
      }
    }

    @Override
    public SubjectKind kind() {
      return SubjectKind.AREA;
    }

    @Override
    public String label() {
      return "area:" + place;
    }
  }
}
