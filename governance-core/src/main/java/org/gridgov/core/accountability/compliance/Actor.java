package org.gridgov.core.accountability.compliance;

import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.org.PartyBody;
import org.gridgov.core.org.SinkingUnitId;
import org.gridgov.core.people.PersonId;

/** Who performed a logged activity and who bears a duty: a person, a sinking unit or a party body. */
public sealed interface Actor {

  /**
   * Returns a short label, e.g. {@code person:p-1}.
   *
   * @return the label, not null
   */
  String label();

  /**
   * Obtains a person actor.
   *
   * @param person  the person, not null
   * @return the actor, not null
   */
  static Actor person(PersonId person) {
    return new Person(person);
  }

  /**
   * A person.
   *
   * @param person  the person
   */
  record Person(PersonId person) implements Actor {
    /**
     * Creates the actor.
     *
     * @throws InvalidInputException if the person is null
     */
    public Person {
      Checks.notNull(person, "person");
    }

    @Override
    public String label() {
      return "person:" + person;
    }
  }

  /**
   * A sinking unit 下沉单位.
   *
   * @param unit  the unit
   */
  record SinkingUnit(SinkingUnitId unit) implements Actor {
    /**
     * Creates the actor.
     *
     * @throws InvalidInputException if the unit is null
     */
    public SinkingUnit {
      Checks.notNull(unit, "unit");
    }

    @Override
    public String label() {
      return "sinking-unit:" + unit;
    }
  }

  /**
   * A party body, e.g. a subdistrict's expanded working committee 大工委.
   *
   * @param body  the body
   */
  record Body(PartyBody body) implements Actor {
    /**
     * Creates the actor.
     *
     * @throws InvalidInputException if the body is null
     */
    public Body {
      Checks.notNull(body, "body");
    }

    @Override
    public String label() {
      return body.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ":" + body.place();
    }
  }
}
