package org.gridgov.core.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import org.gridgov.core.InvalidInputException;
import org.junit.jupiter.api.Test;

/** A place's level reads its code back into the same identifier. */
class LevelParseTest {

  @Test
  void everyPlaceReadsBackFromItsLevelAndCode() {
    qt().withFixedSeed(20261127L).withExamples(30).forAll(longs().all()).checkAssert(seed -> {
      for (PlaceId p : TestCities.allPlaces(TestCities.small(seed))) {
        assertThat(p.level().parse(p.code())).isEqualTo(p);
      }
    });
  }

  @Test
  void aCodeOfAnotherLevelIsRefused() {
    GridId grid = TestCities.CITY.subdistrict(1).community(2).grid(3);
    assertThatThrownBy(() -> Level.COMMUNITY.parse(grid.code())).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("community code must have 12 digits");
    assertThatThrownBy(() -> Level.HOUSEHOLD.parse("not a token!")).isInstanceOf(InvalidInputException.class);
  }
}
