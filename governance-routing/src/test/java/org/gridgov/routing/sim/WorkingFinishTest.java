package org.gridgov.routing.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;

/** The end of a piece of work counted in working hours, computed directly, equals walking it day by day. */
class WorkingFinishTest {

  /** Walks the working days one by one: the definition the direct computation must meet. */
  static long walk(long from, long work, long open, long close) {
    long t = from;
    long left = work;
    while (true) {
      long day = Math.floorDiv(t, 86_400L) * 86_400L;
      if (t < day + open) {
        t = day + open;
      }
      if (t >= day + close) {
        t = day + 86_400L + open;
        continue;
      }
      long available = day + close - t;
      if (left <= available) {
        return t + left;
      }
      left -= available;
      t = day + 86_400L + open;
    }
  }

  @Test
  void equalsTheDayByDayWalk() {
    qt().withFixedSeed(4L).withExamples(3_000)
        .forAll(longs().between(-86_400L, 400L * 86_400L), longs().between(1, 30L * 86_400L),
            integers().between(0, 23), integers().between(0, 23))
        .checkAssert((from, work, start, hours) -> {
          long open = start * 3600L;
          long close = (start + 1 + hours % (24 - start)) * 3600L;
          assertThat(Simulator.workingFinish(from, work, open, close)).isEqualTo(walk(from, work, open, close));
        });
  }

  @Test
  void workEndingAtCloseEndsThatDay() {
    long day = 3 * 86_400L;
    assertThat(Simulator.workingFinish(day + 9 * 3600, 8 * 3600, 9 * 3600, 17 * 3600)).isEqualTo(day + 17 * 3600);
    assertThat(Simulator.workingFinish(day + 9 * 3600, 8 * 3600 + 1, 9 * 3600, 17 * 3600))
        .isEqualTo(day + 86_400 + 9 * 3600 + 1);
  }
}
