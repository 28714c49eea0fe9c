package org.gridgov.core.people;

import java.util.Optional;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;

/**
 * A person known to the organisation: an identifier plus personal data that masks itself in logs.
 *
 * <p>This class is immutable and thread-safe; {@link #toString()} never shows personal data in full.
 *
 * @param id  the identifier
 * @param name  the name
 * @param phone  the telephone number, if known
 * @param idCard  the identity card number, if known
 */
public record Person(PersonId id, PersonName name, Optional<PhoneNumber> phone,
    Optional<IdCardNumber> idCard) {

  /**
   * Creates a person, checking that no component is null.
   *
   * @throws InvalidInputException if a component is null
   */
  public Person {
    Checks.notNull(id, "id");
    Checks.notNull(name, "name");
    Checks.notNull(phone, "phone");
    Checks.notNull(idCard, "idCard");
  }

  /**
   * Obtains a person with a name only.
   *
   * @param id  the identifier, not null
   * @param name  the full name, not null
   * @return the person, not null
   * @throws InvalidInputException if the identifier or name is malformed
   */
  public static Person of(String id, String name) {
    return new Person(PersonId.of(id), PersonName.of(name), Optional.empty(), Optional.empty());
  }

  /**
   * Returns a copy with the given telephone number.
   *
   * @param number  the number, not null
   * @return the new person, not null
   * @throws InvalidInputException if the number is malformed
   */
  public Person withPhone(String number) {
    return new Person(id, name, Optional.of(PhoneNumber.of(number)), idCard);
  }

  /**
   * Returns a copy with the given identity card number.
   *
   * @param number  the number, not null
   * @return the new person, not null
   * @throws InvalidInputException if the number is malformed
   */
  public Person withIdCard(String number) {
    return new Person(id, name, phone, Optional.of(IdCardNumber.of(number)));
  }
}
