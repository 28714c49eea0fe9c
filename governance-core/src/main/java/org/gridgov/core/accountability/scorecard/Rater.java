package org.gridgov.core.accountability.scorecard;

import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.people.PersonId;

/** Who gives an evaluation: a resident, or a unit rating another (下评上 when a lower level rates an upper). */
public sealed interface Rater {

  /**
   * Returns whether this rater is the rated subject itself.
   *
   * @param ratee  the rated subject, not null
   * @return true for a self-rating
   */
  boolean is(Subject ratee);

  /**
   * A resident, typically the reporter.
   *
   * @param person  the resident
   */
  record Resident(PersonId person) implements Rater {
    /**
     * Creates the rater.
     *
     * @throws InvalidInputException if the person is null
     */
    public Resident {
      Checks.notNull(person, "person");
    }

    @Override
    public boolean is(Subject ratee) {
      return ratee instanceof Subject.GridWorker w && w.person().equals(person);
    }

    @Override
    public String toString() {
      return "resident:" + person;
    }
  }

  /**
   * A unit: a grid worker, center or department rating another.
   *
   * @param unit  the rating unit
   */
  record Unit(Subject unit) implements Rater {
    /**
     * Creates the rater.
     *
     * @throws InvalidInputException if the unit is null
     */
    public Unit {
      Checks.notNull(unit, "unit");
    }

    @Override
    public boolean is(Subject ratee) {
      return unit.equals(ratee);
    }

    @Override
    public String toString() {
      return unit.label();
    }
  }
}
