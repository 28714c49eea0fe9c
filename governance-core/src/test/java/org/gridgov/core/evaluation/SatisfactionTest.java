package org.gridgov.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The three-step rating: 满意, 基本满意 and 不满意, the first two counting as satisfied. */
class SatisfactionTest {

  @Test
  void theRatingsCarryTheirChineseNames() {
    assertThat(Satisfaction.values()).extracting(Satisfaction::chineseName).containsExactly("满意", "基本满意", "不满意");
  }

  @Test
  void onlyDissatisfiedDoesNotCountAsSatisfied() {
    assertThat(Satisfaction.SATISFIED.countsAsSatisfied()).isTrue();
    assertThat(Satisfaction.BASICALLY_SATISFIED.countsAsSatisfied()).isTrue();
    assertThat(Satisfaction.DISSATISFIED.countsAsSatisfied()).isFalse();
  }
}
