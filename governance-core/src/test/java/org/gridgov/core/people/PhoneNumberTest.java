package org.gridgov.core.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.stream.Collectors;
import org.gridgov.core.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A telephone number has 7 to 15 digits, optional + and - separators, and masks all but its ends. */
class PhoneNumberTest {

  @Test
  void sevenToFifteenDigitsAreAccepted() {
    assertThat(PhoneNumber.of("1234567").reveal()).isEqualTo("1234567");
    assertThat(PhoneNumber.of("123456789012345").reveal()).isEqualTo("123456789012345");
    assertThatThrownBy(() -> PhoneNumber.of("123456")).isInstanceOf(InvalidInputException.class)
        .hasMessage("phone: must have 7 to 15 digits, was '6 digits'");
    assertThatThrownBy(() -> PhoneNumber.of("1234567890123456")).isInstanceOf(InvalidInputException.class)
        .hasMessage("phone: must have 7 to 15 digits, was '16 digits'");
  }

  @Test
  void aLeadingPlusIsKeptButNotCountedAsADigit() {
    assertThat(PhoneNumber.of("+1234567").reveal()).isEqualTo("+1234567");
    assertThat(PhoneNumber.of("+123456789012345").reveal()).isEqualTo("+123456789012345");
    assertThatThrownBy(() -> PhoneNumber.of("+123456")).hasMessage("phone: must have 7 to 15 digits, was '6 digits'");
    assertThatThrownBy(() -> PhoneNumber.of("+1234567890123456"))
        .hasMessage("phone: must have 7 to 15 digits, was '16 digits'");
  }

  @Test
  void separatorsAreDroppedAndDoNotCount() {
    assertThat(PhoneNumber.of("010-6512-3456").reveal()).isEqualTo("01065123456");
    assertThat(PhoneNumber.of("+86-139-1234-5678").reveal()).isEqualTo("+8613912345678");
    assertThatThrownBy(() -> PhoneNumber.of("12-34-56")).hasMessage("phone: must have 7 to 15 digits, was '6 digits'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "+", "-1234567", "1234567-", "123--4567", "++1234567", "1234+567", "123 4567",
      "138-abc-5678", "１２３４５６７"})
  void otherFormsAreRefused(String number) {
    assertThatThrownBy(() -> PhoneNumber.of(number)).isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("phone: must be digits with an optional leading + and - separators, was ");
  }

  @Test
  void theFormIsDigitsWithAnOptionalLeadingPlusAndSingleSeparatorsBetweenDigits() {
    String alphabet = "00123456789999--+/:a";
    qt().withFixedSeed(19).withExamples(3_000)
        .forAll(lists().of(integers().between(0, alphabet.length() - 1)).ofSizeBetween(0, 18))
        .checkAssert(picks -> {
          String text = picks.stream().map(i -> String.valueOf(alphabet.charAt(i))).collect(Collectors.joining());
          boolean wellFormed = text.matches("\\+?[0-9]+(-[0-9]+)*");
          long digits = text.chars().filter(Character::isDigit).count();
          if (wellFormed && digits >= 7 && digits <= 15) {
            assertThat(PhoneNumber.of(text).reveal()).isEqualTo(text.replace("-", ""));
          } else {
            assertThatThrownBy(() -> PhoneNumber.of(text)).as(text).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(wellFormed ? "phone: must have 7 to 15 digits"
                    : "phone: must be digits with an optional leading + and - separators");
          }
        });
  }

  @Test
  void aLongRunOfSeparatedGroupsIsRefusedAsInputNotByOverflowingTheStack() {
    String manyGroups = "1" + "-1".repeat(20_000);
    assertThatThrownBy(() -> PhoneNumber.of(manyGroups)).isInstanceOf(InvalidInputException.class)
        .hasMessage("phone: must have 7 to 15 digits, was '20001 digits'");
    assertThatThrownBy(() -> PhoneNumber.of(manyGroups + "a")).isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("phone: must be digits with an optional leading + and - separators");
  }

  @Test
  void aRefusedNumberIsMaskedInTheMessage() {
    assertThatThrownBy(() -> PhoneNumber.of("13912a45678"))
        .hasMessage("phone: must be digits with an optional leading + and - separators, was '139****5678'");
    assertThatThrownBy(() -> PhoneNumber.of("1391a4")).hasMessageEndingWith("was '******'");
    assertThatThrownBy(() -> PhoneNumber.of(null)).isInstanceOf(InvalidInputException.class)
        .hasMessage("phone: is required");
  }

  @Test
  void theMaskKeepsTheFirstThreeAndLastFourDigits() {
    assertThat(PhoneNumber.of("13812345678").masked()).isEqualTo("138****5678");
    assertThat(PhoneNumber.of("13812345678")).hasToString("138****5678");
    assertThat(PhoneNumber.of("12345678").masked()).isEqualTo("123*5678");
    assertThat(PhoneNumber.of("123456789012345").masked()).isEqualTo("123********2345");
    assertThat(PhoneNumber.of("+8613812345678").masked()).isEqualTo("+86*******5678");
  }

  @Test
  void aNumberOfSevenCharactersOrFewerIsMaskedWhole() {
    assertThat(PhoneNumber.of("1234567").masked()).isEqualTo("*******");
    assertThat(PhoneNumber.mask("123")).isEqualTo("***");
    assertThat(PhoneNumber.mask("")).isEmpty();
  }

  @Test
  void everyMaskHidesAllButSevenCharactersAndKeepsTheLength() {
    qt().withFixedSeed(13).withExamples(500).forAll(strings().numeric(), integers().between(7, 15))
        .checkAssert((seed, length) -> {
          String digits = (seed.replace("-", "") + "1234567890123456").substring(0, length);
          String masked = PhoneNumber.of(digits).masked();
          assertThat(masked).hasSize(length);
          if (length == 7) {
            assertThat(masked).isEqualTo("*******");
          } else {
            assertThat(masked).isEqualTo(digits.substring(0, 3) + "*".repeat(length - 7)
                + digits.substring(length - 4));
          }
        });
  }

  @Test
  void numbersAreEqualWhenTheirDigitsAre() {
    PhoneNumber a = PhoneNumber.of("010-6512-3456");
    PhoneNumber b = PhoneNumber.of("01065123456");
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isEqualTo(a);
    assertThat(a).isNotEqualTo(PhoneNumber.of("01065123457")).isNotEqualTo(PhoneNumber.of("+01065123456"))
        .isNotEqualTo("01065123456").isNotEqualTo(null);
    assertThat(a.hashCode()).isEqualTo("01065123456".hashCode());
  }
}
