package org.gridgov.core.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.Optional;
import org.gridgov.core.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Personal data values are equal when their stored text is, with hashes that agree, and mask exactly. */
class PersonalDataEqualityTest {
  /** The example number of GB 11643. */
  private static final String ID_CARD = "11010519491231002X";

  @Test
  void idCardNumbersAreEqualWhenTheirTextsAreIgnoringTheCaseOfX() {
    IdCardNumber a = IdCardNumber.of(ID_CARD);
    IdCardNumber b = IdCardNumber.of("11010519491231002x");
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.hashCode()).isEqualTo(ID_CARD.hashCode());
    assertThat(a).isNotEqualTo(IdCardNumber.of("110105194912310011")).isNotEqualTo(ID_CARD).isNotEqualTo(null);
    assertThat(a.masked()).isEqualTo("110105********002X").isEqualTo(a.toString());
  }

  @Test
  void namesAreEqualWhenTheirStrippedTextsAre() {
    PersonName a = PersonName.of("张三");
    PersonName b = PersonName.of(" 张三\t");
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(b.reveal()).isEqualTo("张三");
    assertThat(a.hashCode()).isEqualTo("张三".hashCode());
    assertThat(a).isNotEqualTo(PersonName.of("张四")).isNotEqualTo("张三").isNotEqualTo(null);
  }

  @Test
  void equalNamesHaveEqualHashes() {
    qt().withFixedSeed(17).withExamples(300).forAll(strings().betweenCodePoints(0x4E00, 0x4E10).ofLengthBetween(1, 3),
        strings().betweenCodePoints(0x4E00, 0x4E10).ofLengthBetween(1, 3)).checkAssert((x, y) -> {
          PersonName a = PersonName.of(x);
          PersonName b = PersonName.of(y);
          assertThat(a.equals(b)).isEqualTo(x.equals(y));
          if (a.equals(b)) {
            assertThat(a.hashCode()).isEqualTo(b.hashCode());
          }
        });
  }

  @Test
  void aNameMasksEveryCharacterAfterTheFirst() {
    assertThat(PersonName.of("王小明").masked()).isEqualTo("王**");
    assertThat(PersonName.of("张三")).hasToString("张*");
    assertThat(PersonName.of("\uD840\uDC00二").masked()).isEqualTo("\uD840\uDC00*");
    assertThat(PersonName.of("李\uD840\uDC00").masked()).isEqualTo("李*");
  }

  @Test
  void aNameIsOneToOneHundredCharactersOnceStripped() {
    assertThat(PersonName.of("x".repeat(100)).reveal()).hasSize(100);
    assertThat(PersonName.of(" ".repeat(60) + "x".repeat(100) + " ".repeat(60)).reveal()).hasSize(100);
    assertThatThrownBy(() -> PersonName.of("x".repeat(101))).isInstanceOf(InvalidInputException.class)
        .hasMessage("name: must be at most 100 characters long, was '101 characters'");
    assertThatThrownBy(() -> PersonName.of(" \t")).hasMessageStartingWith("name: must not be blank");
    assertThatThrownBy(() -> PersonName.of(null)).isInstanceOf(InvalidInputException.class)
        .hasMessage("name: is required");
  }

  @Test
  void personsWithEqualDataAreEqual() {
    Person a = Person.of("p1", "张三").withPhone("13912345678").withIdCard(ID_CARD);
    Person b = Person.of("p1", " 张三 ").withPhone("139-1234-5678").withIdCard("11010519491231002x");
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.phone()).contains(PhoneNumber.of("13912345678"));
    assertThat(a).isNotEqualTo(b.withPhone("13912345679"));
    assertThatThrownBy(() -> new Person(PersonId.of("p1"), PersonName.of("x"), null, Optional.empty()))
        .isInstanceOf(InvalidInputException.class).hasMessage("phone: is required");
  }
}
