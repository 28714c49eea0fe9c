package org.gridgov.core.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.gridgov.core.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A category code is two digits for a class and four for a subclass, no part 00. */
class CategoryCodeTest {

  @Test
  void twoDigitsNameAClassAndFourASubclassOfIt() {
    CategoryCode top = CategoryCode.of("01");
    CategoryCode sub = CategoryCode.of("0102");
    assertThat(top.isTopLevel()).isTrue();
    assertThat(sub.isTopLevel()).isFalse();
    assertThat(top.topLevel()).isSameAs(top);
    assertThat(sub.topLevel()).isEqualTo(top);
    assertThat(sub.topLevel().isTopLevel()).isTrue();
    assertThat(sub.toString()).isEqualTo("0102").isEqualTo(sub.value());
    assertThat(top).hasToString("01");
  }

  @Test
  void everyNonZeroClassAndSubclassPartIsAccepted() {
    qt().withFixedSeed(11).withExamples(500).forAll(integers().between(1, 99), integers().between(1, 99))
        .checkAssert((c, s) -> {
          String top = String.format("%02d", c);
          CategoryCode sub = CategoryCode.of(top + String.format("%02d", s));
          assertThat(sub.topLevel()).isEqualTo(CategoryCode.of(top));
          assertThat(CategoryCode.of(top).covers(sub)).isTrue();
          assertThat(sub.covers(CategoryCode.of(top))).isFalse();
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"09", "90", "99", "0909", "9099", "1090"})
  void theDigitsZeroAndNineAtEitherEndOfTheRangeAreDigits(String code) {
    assertThat(CategoryCode.of(code).value()).isEqualTo(code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1", "012", "01020", "010203"})
  void codesOfOtherLengthsAreRefused(String code) {
    assertThatThrownBy(() -> CategoryCode.of(code)).isInstanceOf(InvalidInputException.class)
        .hasMessage("category: must be 2 or 4 digits, was '" + code + "'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0a", "/1", "1/", ":1", "0:", "01 2", "01-2", "０１", "٠١"})
  void codesWithCharactersOtherThanAsciiDigitsAreRefused(String code) {
    assertThatThrownBy(() -> CategoryCode.of(code)).isInstanceOf(InvalidInputException.class)
        .hasMessage("category: must be 2 or 4 digits, was '" + code + "'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"00", "0000", "0012", "0100", "1000", "9900"})
  void aClassOrSubclassPartOf00IsRefused(String code) {
    assertThatThrownBy(() -> CategoryCode.of(code)).isInstanceOf(InvalidInputException.class)
        .hasMessage("category: parts must not be 00, was '" + code + "'");
  }

  @Test
  void aMissingCodeIsRefusedByField() {
    assertThatThrownBy(() -> CategoryCode.of(null)).isInstanceOf(InvalidInputException.class)
        .hasMessage("category: is required");
  }

  @Test
  void aCodeCoversItselfAndItsSubclassesOnly() {
    CategoryCode top = CategoryCode.of("01");
    assertThat(top.covers(top)).isTrue();
    assertThat(top.covers(CategoryCode.of("0107"))).isTrue();
    assertThat(top.covers(CategoryCode.of("0201"))).isFalse();
    assertThat(top.covers(CategoryCode.of("10"))).isFalse();
    assertThat(CategoryCode.of("0102").covers(CategoryCode.of("0102"))).isTrue();
    assertThat(CategoryCode.of("0102").covers(CategoryCode.of("0103"))).isFalse();
    assertThatThrownBy(() -> top.covers(null)).isInstanceOf(InvalidInputException.class)
        .hasMessage("other: is required");
  }

  @Test
  void aCategoryPairsACodeWithAName() {
    Category c = Category.of("0102", "暴露垃圾");
    assertThat(c.code()).isEqualTo(CategoryCode.of("0102"));
    assertThat(c.name()).isEqualTo("暴露垃圾");
    assertThat(Category.of("01", "x".repeat(100)).name()).hasSize(100);
    assertThatThrownBy(() -> Category.of("01", "x".repeat(101))).isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("name: must be at most 100 characters long");
    assertThatThrownBy(() -> Category.of("01", " ")).hasMessageStartingWith("name: must not be blank");
    assertThatThrownBy(() -> Category.of("1", "x")).hasMessageStartingWith("category: must be 2 or 4 digits");
    assertThatThrownBy(() -> new Category(null, "x")).isInstanceOf(InvalidInputException.class)
        .hasMessage("code: is required");
  }
}
