package org.gridgov.jackson;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.people.IdCardNumber;
import org.gridgov.core.people.Person;
import org.gridgov.core.people.PersonName;
import org.gridgov.core.people.PhoneNumber;

/** People and their personal data, written full or masked by the module's {@link PersonalData} setting. */
final class PeopleWire {
  private PeopleWire() {}

  static final Codec<PersonName> NAME = new Codec<>() {
    @Override
    public void write(PersonName value, Out out) throws IOException {
      out.gen.writeString(out.masked() ? value.masked() : value.reveal());
    }

    @Override
    public PersonName read(In in) {
      return in.text(PersonName::of);
    }
  };

  static final Codec<PhoneNumber> PHONE = new Codec<>() {
    @Override
    public void write(PhoneNumber value, Out out) throws IOException {
      out.gen.writeString(out.masked() ? value.masked() : value.reveal());
    }

    @Override
    public PhoneNumber read(In in) {
      return in.text(PhoneNumber::of);
    }
  };

  static final Codec<IdCardNumber> ID_CARD = new Codec<>() {
    @Override
    public void write(IdCardNumber value, Out out) throws IOException {
      out.gen.writeString(out.masked() ? value.masked() : value.reveal());
    }

    @Override
    public IdCardNumber read(In in) {
      return in.text(IdCardNumber::of);
    }
  };

  static final String MASKED = "masked";

  static final ObjectCodec<Person> PERSON = ObjectCodec.of(
      (p, out) -> {
        out.field("id", p.id(), IdWire.PERSON)
            .field("name", p.name(), NAME)
            .optional("phone", p.phone(), PHONE)
            .optional("id_card", p.idCard(), ID_CARD);
        if (out.masked()) {
          out.bool(MASKED, true);
        }
      },
      in -> {
        Optional<In> masked = in.opt(MASKED);
        if (masked.isPresent() && masked.get().bool()) {
          throw masked.get().fail("masked personal data cannot be read back; write it with PersonalData.REVEALED");
        }
        return new Person(in.read("id", IdWire.PERSON), in.read("name", NAME),
            in.readOptional("phone", PHONE), in.readOptional("id_card", ID_CARD));
      });

  static Map<Class<?>, Codec<?>> codecs() {
    return Map.of(
        PersonName.class, NAME,
        PhoneNumber.class, PHONE,
        IdCardNumber.class, ID_CARD,
        Person.class, PERSON);
  }
}
