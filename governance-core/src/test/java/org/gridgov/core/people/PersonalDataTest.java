package org.gridgov.core.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import org.gridgov.core.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Personal data never shows itself in full in toString, and malformed data is refused. */
class PersonalDataTest {
  /** The example number of GB 11643. */
  private static final String ID_CARD = "11010519491231002X";

  @Test
  void aPersonPrintsOnlyMaskedData() {
    Person p = Person.of("p1", "欧阳明月").withPhone("13912345678").withIdCard(ID_CARD);
    assertThat(p.toString()).contains("欧***", "139****5678", "110105********002X")
        .doesNotContain("欧阳明月", "13912345678", ID_CARD);
    assertThat(p.name().reveal()).isEqualTo("欧阳明月");
    assertThat(p.idCard().orElseThrow().reveal()).isEqualTo(ID_CARD);
  }

  @Test
  void theIdCardCheckCharacterIsVerified() {
    assertThat(IdCardNumber.of(ID_CARD.toLowerCase(java.util.Locale.ROOT)).reveal()).isEqualTo(ID_CARD);
    assertThatThrownBy(() -> IdCardNumber.of("110105194912310021"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("idCard: check character does not match")
        .hasMessageNotContaining("110105194912310021");
    assertThatThrownBy(() -> IdCardNumber.of("12345")).hasMessageContaining("must be 17 digits");
  }

  @Test
  void everyCorrectCheckCharacterIsAcceptedAndEveryOtherRefused() {
    qt().withFixedSeed(7).forAll(integers().between(0, 999_999_999), integers().between(0, 10))
        .checkAssert((n, c) -> {
          String digits = String.format("11010519%09d", n);
          char right = IdCardNumber.checkCharacter(digits);
          char candidate = "0123456789X".charAt(c);
          if (candidate == right) {
            assertThat(IdCardNumber.of(digits + candidate).reveal()).endsWith(String.valueOf(right));
          } else {
            assertThatThrownBy(() -> IdCardNumber.of(digits + candidate)).isInstanceOf(InvalidInputException.class);
          }
        });
  }

  @Test
  void maskedNamesKeepOnlyTheFirstCharacter() {
    qt().withFixedSeed(7).forAll(strings().betweenCodePoints(0x4E00, 0x9FA5).ofLengthBetween(1, 8))
        .checkAssert(name -> {
          PersonName n = PersonName.of(name);
          assertThat(n.toString()).hasSize(name.length()).startsWith(name.substring(0, 1));
          assertThat(n.toString().substring(1)).matches("\\**");
        });
  }

  @Test
  void malformedDataNamesTheField() {
    assertThatThrownBy(() -> PhoneNumber.of("138-abc")).isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("phone: ");
    assertThatThrownBy(() -> PhoneNumber.of("123")).hasMessageContaining("phone: must have 7 to 15 digits");
    assertThatThrownBy(() -> PersonName.of(" ")).hasMessageStartingWith("name: must not be blank");
    assertThatThrownBy(() -> PersonId.of("a b")).hasMessageStartingWith("personId: ");
    assertThatThrownBy(() -> Person.of(null, "x")).isInstanceOf(InvalidInputException.class)
        .hasMessage("personId: is required");
  }
}
