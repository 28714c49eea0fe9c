package org.gridgov.routing.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The event list leaves events in time order, ties in scheduling order. */
class EventListTest {

  @Test
  void eventsLeaveByTimeThenBySchedulingOrder() {
    qt().withFixedSeed(3).withExamples(300).forAll(lists().of(integers().between(0, 20)).ofSizeBetween(0, 200))
        .checkAssert(times -> {
          EventList list = scheduled(times);
          List<int[]> expected = new ArrayList<>();
          for (int i = 0; i < times.size(); i++) {
            expected.add(new int[] {times.get(i), i});
          }
          expected.sort(Comparator.<int[]>comparingInt(e -> e[0]).thenComparingInt(e -> e[1]));
          for (int[] e : expected) {
            list.next();
            assertThat(list.time()).isEqualTo(e[0]);
            assertThat(list.subject()).isEqualTo(e[1]);
          }
          assertThat(list.isEmpty()).isTrue();
        });
  }

  @Test
  void thePeeksNameTheSubjectsOfTheNextThreeEvents() {
    qt().withFixedSeed(5).withExamples(300).forAll(lists().of(integers().between(0, 20)).ofSizeBetween(1, 200))
        .checkAssert(times -> {
          EventList list = scheduled(times);
          while (!list.isEmpty()) {
            int next = list.peekSubject();
            int second = list.peekSecondSubject();
            int third = list.peekThirdSubject();
            assertThat(second == -1).isEqualTo(list.size() == 1);
            assertThat(third == -1).isEqualTo(list.size() <= 2);
            list.next();
            assertThat(list.subject()).isEqualTo(next);
            if (second >= 0) {
              assertThat(list.peekSubject()).isEqualTo(second);
              assertThat(list.peekSecondSubject()).isEqualTo(third);
            }
          }
        });
  }

  /** An event list with one event per entry, at that time, whose subject is the entry's index. */
  private static EventList scheduled(List<Integer> times) {
    EventList list = new EventList();
    for (int i = 0; i < times.size(); i++) {
      list.schedule(times.get(i), 0, i);
    }
    return list;
  }
}
