package org.gridgov.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.core.calendar.CalendarGens.amounts;
import static org.gridgov.core.calendar.CalendarGens.calendars;
import static org.gridgov.core.calendar.CalendarGens.instantsIn;
import static org.gridgov.core.calendar.CalendarGens.kinds;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.gridgov.core.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Invariants of counted time, and agreement with the day-by-day oracle. */
class BusinessCalendarPropertiesTest {
  private static final long SEED = 20250101L;
  private static final BusinessCalendar CHINA = BusinessCalendar.chinaMainland();
  private static final OracleCalendar CHINA_ORACLE = new OracleCalendar(CHINA);
  private static final Gen<Instant> INSTANTS = instantsIn(CHINA);

  private record Pair(BusinessCalendar calendar, Instant from, Instant to, TimeKind kind, Duration amount) {}

  private static Gen<Pair> randomCalendarCases() {
    return calendars().flatMap(cal -> instantsIn(cal).zip(instantsIn(cal), kinds(), amounts(),
        (a, b, k, d) -> new Pair(cal, a, b, k, d)));
  }

  @Test
  void elapsedAgreesWithTheOracleOnTheChinaCalendar() {
    qt().withFixedSeed(SEED).withExamples(1500).forAll(kinds(), INSTANTS, INSTANTS)
        .checkAssert((kind, from, to) ->
            assertThat(CHINA.elapsed(kind, from, to)).isEqualTo(CHINA_ORACLE.elapsed(kind, from, to)));
  }

  @Test
  void advanceAgreesWithTheOracleOnTheChinaCalendar() {
    qt().withFixedSeed(SEED).withExamples(1500).forAll(kinds(), INSTANTS, amounts())
        .assuming((kind, from, amount) -> !amount.isZero())
        .checkAssert((kind, from, amount) -> {
          Optional<Instant> expected = oracleAdvance(CHINA_ORACLE, kind, from, amount);
          if (expected.isPresent()) {
            assertThat(CHINA.advance(kind, from, amount)).isEqualTo(expected.get());
          } else {
            assertThatThrownBy(() -> CHINA.advance(kind, from, amount))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("range");
          }
        });
  }

  @Test
  void elapsedAndAdvanceAgreeWithTheOracleOnRandomCalendarsIncludingDaylightSaving() {
    qt().withFixedSeed(SEED).withExamples(400).forAll(randomCalendarCases())
        .checkAssert(c -> {
          OracleCalendar oracle = new OracleCalendar(c.calendar());
          assertThat(c.calendar().elapsed(c.kind(), c.from(), c.to()))
              .isEqualTo(oracle.elapsed(c.kind(), c.from(), c.to()));
          if (!c.amount().isZero()) {
            Optional<Instant> expected = oracleAdvance(oracle, c.kind(), c.from(), c.amount());
            if (expected.isPresent()) {
              assertThat(c.calendar().advance(c.kind(), c.from(), c.amount())).isEqualTo(expected.get());
            } else {
              assertThatThrownBy(() -> c.calendar().advance(c.kind(), c.from(), c.amount()))
                  .isInstanceOf(InvalidInputException.class);
            }
          }
        });
  }

  @Test
  void elapsedIsAdditive() {
    qt().withFixedSeed(SEED).withExamples(1000).forAll(kinds(), INSTANTS, INSTANTS, INSTANTS)
        .checkAssert((kind, x, y, z) -> {
          Instant a = min(x, min(y, z));
          Instant c = max(x, max(y, z));
          Instant b = x.equals(a) ? (y.equals(c) ? z : y) : (x.equals(c) ? (y.equals(a) ? z : y) : x);
          assertThat(CHINA.elapsed(kind, a, b).plus(CHINA.elapsed(kind, b, c)))
              .isEqualTo(CHINA.elapsed(kind, a, c));
        });
  }

  @Test
  void elapsedGrowsWithTheEndAndShrinksWithTheStart() {
    qt().withFixedSeed(SEED).withExamples(1000).forAll(kinds(), INSTANTS, INSTANTS, INSTANTS)
        .checkAssert((kind, from, t1, t2) -> {
          Instant early = min(t1, t2);
          Instant late = max(t1, t2);
          assertThat(CHINA.elapsed(kind, from, early)).isLessThanOrEqualTo(CHINA.elapsed(kind, from, late));
          assertThat(CHINA.elapsed(kind, late, from)).isLessThanOrEqualTo(CHINA.elapsed(kind, early, from));
        });
  }

  @Test
  void countedTimeNeverExceedsWallTime() {
    qt().withFixedSeed(SEED).withExamples(1000).forAll(kinds(), INSTANTS, INSTANTS)
        .checkAssert((kind, from, to) -> {
          Duration wall = to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
          assertThat(CHINA.elapsed(kind, from, to)).isBetween(Duration.ZERO, wall);
        });
  }

  @Test
  void advanceIsTheEarliestInstantWithThatMuchCountedTime() {
    qt().withFixedSeed(SEED).withExamples(1500).forAll(kinds(), INSTANTS, amounts())
        .checkAssert((kind, from, amount) -> {
          Instant end;
          try {
            end = CHINA.advance(kind, from, amount);
          } catch (InvalidInputException beyondRange) {
            assertThat(beyondRange.field()).isEqualTo("amount");
            return;
          }
          assertThat(CHINA.elapsed(kind, from, end)).isEqualTo(amount);
          if (amount.isZero()) {
            assertThat(end).isEqualTo(from);
          } else {
            assertThat(CHINA.elapsed(kind, from, end.minusNanos(1))).isLessThan(amount);
          }
        });
  }

  @Test
  void advanceOfASumIsAdvanceOfEachPart() {
    qt().withFixedSeed(SEED).withExamples(500).forAll(kinds(), INSTANTS, amounts(), amounts())
        .checkAssert((kind, from, d1, d2) -> {
          try {
            Instant viaParts = CHINA.advance(kind, CHINA.advance(kind, from, d1), d2);
            Instant whole = CHINA.advance(kind, from, d1.plus(d2));
            // the whole ends at the earliest instant; the parts may rest in a pause between them
            assertThat(CHINA.elapsed(kind, from, viaParts)).isEqualTo(d1.plus(d2));
            assertThat(whole).isBeforeOrEqualTo(viaParts);
          } catch (InvalidInputException beyondRange) {
            assertThat(beyondRange.field()).isEqualTo("amount");
          }
        });
  }

  private static Optional<Instant> oracleAdvance(OracleCalendar oracle, TimeKind kind, Instant from,
      Duration amount) {
    try {
      return Optional.of(oracle.advance(kind, from, amount));
    } catch (InvalidInputException beyondRange) {
      return Optional.empty();
    }
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
