package org.gridgov.core.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.YearMonth;
import org.gridgov.core.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A span of dates, both ends inclusive, written {@code first/last}. */
class DateSpanTest {
  private static final LocalDate MAY_1 = LocalDate.of(2022, 5, 1);

  @Test
  void toStringIsFirstSlashLastAndParseReadsItBack() {
    qt().withFixedSeed(20220501L).withExamples(500)
        .forAll(integers().between(-200_000, 200_000), integers().between(0, 2_000))
        .checkAssert((start, length) -> {
          DateSpan span = DateSpan.of(MAY_1.plusDays(start), MAY_1.plusDays(start + length));
          assertThat(DateSpan.parse(span.toString())).isEqualTo(span);
        });
    assertThat(DateSpan.month(YearMonth.of(2022, 5))).hasToString("2022-05-01/2022-05-31");
  }

  @Test
  void parseReadsTheArticleMonth() {
    assertThat(DateSpan.parse("2022-05-01/2022-05-31")).isEqualTo(DateSpan.of(MAY_1, LocalDate.of(2022, 5, 31)));
    assertThat(DateSpan.parse("2022-05-01/2022-05-01")).isEqualTo(DateSpan.day(MAY_1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "2022-05-01", "2022-05-01-2022-05-31", "/2022-05-31", "2022-05-01/",
      "2022-05-01/2022-05-31/2022-06-30", "2022-02-30/2022-03-01", "2022-5-1/2022-5-31"})
  void malformedTextIsRefusedNamingTheDateSpan(String text) {
    assertThatThrownBy(() -> DateSpan.parse(text)).isInstanceOf(InvalidInputException.class)
        .hasMessage("dateSpan: must be first/last in ISO dates, was '" + text + "'")
        .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("dateSpan");
  }

  @Test
  void parsingAReversedSpanIsRefusedNamingTheLastDate() {
    assertThatThrownBy(() -> DateSpan.parse("2022-05-31/2022-05-01")).isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("last");
    assertThatThrownBy(() -> DateSpan.parse(null)).isInstanceOf(InvalidInputException.class)
        .hasMessage("dateSpan: is required");
  }

  @Test
  void theLastDateMayEqualButNotPrecedeTheFirst() {
    assertThat(DateSpan.of(MAY_1, MAY_1).lengthInDays()).isEqualTo(1);
    assertThatThrownBy(() -> DateSpan.of(MAY_1, MAY_1.minusDays(1))).isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("last: must not be before first 2022-05-01");
    assertThatThrownBy(() -> DateSpan.of(null, MAY_1)).hasMessage("first: is required");
    assertThatThrownBy(() -> DateSpan.of(MAY_1, null)).hasMessage("last: is required");
  }

  @Test
  void lengthCountsBothEnds() {
    assertThat(DateSpan.month(YearMonth.of(2022, 5)).lengthInDays()).isEqualTo(31);
    assertThat(DateSpan.month(YearMonth.of(2024, 2)).lengthInDays()).isEqualTo(29);
    assertThat(DateSpan.year(2022).lengthInDays()).isEqualTo(365);
    assertThat(DateSpan.year(2024).lengthInDays()).isEqualTo(366);
  }

  @Test
  void datesListsEveryDateInOrderAndAgreesWithLengthAndContains() {
    assertThat(DateSpan.of(LocalDate.of(2022, 2, 27), LocalDate.of(2022, 3, 2)).dates()).containsExactly(
        LocalDate.of(2022, 2, 27), LocalDate.of(2022, 2, 28), LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 2));
    assertThat(DateSpan.day(MAY_1).dates()).containsExactly(MAY_1);
    qt().withFixedSeed(7L).withExamples(300)
        .forAll(integers().between(-1_000, 1_000), integers().between(0, 400))
        .checkAssert((start, length) -> {
          DateSpan span = DateSpan.of(MAY_1.plusDays(start), MAY_1.plusDays(start + length));
          assertThat(span.dates()).hasSize((int) span.lengthInDays()).allMatch(span::contains)
              .startsWith(span.first()).endsWith(span.last());
          assertThat(span.contains(span.first().minusDays(1))).isFalse();
          assertThat(span.contains(span.last().plusDays(1))).isFalse();
        });
  }

  @Test
  void yearRunsFromTheFirstOfJanuaryToTheLastOfDecember() {
    assertThat(DateSpan.year(2022)).isEqualTo(DateSpan.of(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)));
  }

  @Test
  void aYearOutsideTheCalendarIsRefusedNamingTheYear() {
    assertThatThrownBy(() -> DateSpan.year(Integer.MAX_VALUE)).isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("year");
  }

  @Test
  void containsRefusesANullDate() {
    assertThatThrownBy(() -> DateSpan.day(MAY_1).contains(null)).isInstanceOf(InvalidInputException.class)
        .hasMessage("date: is required");
  }
}
