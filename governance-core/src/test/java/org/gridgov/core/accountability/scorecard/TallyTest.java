package org.gridgov.core.accountability.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.gridgov.core.InvalidInputException;
import org.junit.jupiter.api.Test;

/** A tally built from counts gives those counts back, and adds and subtracts like its parts. */
class TallyTest {

  private static Map<Measure, Long> counts(Random r) {
    Map<Measure, Long> out = new EnumMap<>(Measure.class);
    for (Measure m : Measure.values()) {
      if (r.nextInt(3) == 0) {
        out.put(m, (long) r.nextInt(2001) - 1000);
      }
    }
    return out;
  }

  @Test
  void ofIsTheInverseOfAsMap() {
    qt().withFixedSeed(31L).withExamples(500).forAll(longs().all()).checkAssert(seed -> {
      Map<Measure, Long> counts = counts(new Random(seed));
      Tally tally = Tally.of(counts);
      Map<Measure, Long> nonZero = new EnumMap<>(Measure.class);
      counts.forEach((m, c) -> {
        if (c != 0) {
          nonZero.put(m, c);
        }
      });
      assertThat(tally.asMap()).isEqualTo(nonZero);
      assertThat(Tally.of(tally.asMap())).isEqualTo(tally);
      for (Measure m : Measure.values()) {
        assertThat(tally.get(m)).isEqualTo(counts.getOrDefault(m, 0L));
      }
    });
  }

  @Test
  void ofAgreesWithPlusAndMinus() {
    qt().withFixedSeed(32L).withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      Tally a = Tally.of(counts(r));
      Tally b = Tally.of(counts(r));
      assertThat(a.plus(b).minus(b)).isEqualTo(a);
      assertThat(Tally.zero().plus(a)).isEqualTo(a);
    });
  }

  @Test
  void nullsAreRefused() {
    Map<Measure, Long> nullCount = new HashMap<>();
    nullCount.put(Measure.REPORTS, null);
    Map<Measure, Long> nullMeasure = new HashMap<>();
    nullMeasure.put(null, 1L);
    assertThatThrownBy(() -> Tally.of(null)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Tally.of(nullCount)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Tally.of(nullMeasure)).isInstanceOf(InvalidInputException.class);
    assertThat(Tally.of(Map.of())).isEqualTo(Tally.zero());
  }

  @Test
  void talliesAreEqualExactlyWhenEveryCountIs() {
    Tally one = Tally.of(Map.of(Measure.REPORTS, 1L));

    assertThat(one).isEqualTo(Tally.of(Map.of(Measure.REPORTS, 1L, Measure.CASES, 0L)))
        .hasSameHashCodeAs(Tally.of(Map.of(Measure.REPORTS, 1L)));
    assertThat(one).isNotEqualTo(Tally.of(Map.of(Measure.REPORTS, 2L)))
        .isNotEqualTo(Tally.of(Map.of(Measure.VALID_REPORTS, 1L))).isNotEqualTo(Tally.zero())
        .isNotEqualTo(Map.of(Measure.REPORTS, 1L));
    assertThat(one).hasToString("{REPORTS=1}");
    assertThat(one.isZero()).isFalse();
    assertThat(one.minus(one).isZero()).isTrue();
  }
}
