package org.gridgov.core.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.core.cases.CaseFixture.*;

import java.time.Duration;
import java.util.Optional;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.calendar.TimeLimit;
import org.gridgov.core.category.CategoryCode;
import org.junit.jupiter.api.Test;

/** The validation ranges and small behaviours of the case values. */
class CaseValueRulesTest {

  @Test
  void coordinatesAcceptTheClosedRangesAndNothingBeyondThem() {
    assertThat(new Coordinates(-90, -180)).isEqualTo(new Coordinates(-90.0, -180.0));
    assertThat(new Coordinates(90, 180).latitude()).isEqualTo(90);
    assertThat(new Coordinates(41.8, 120.77).longitude()).isEqualTo(120.77);
    for (double bad : new double[] {-90.000001, 90.000001, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> new Coordinates(bad, 0)).isInstanceOf(InvalidInputException.class)
          .hasMessageStartingWith("latitude: must be between -90 and 90");
    }
    for (double bad : new double[] {-180.000001, 180.000001, Double.NaN, Double.NEGATIVE_INFINITY}) {
      assertThatThrownBy(() -> new Coordinates(0, bad)).isInstanceOf(InvalidInputException.class)
          .hasMessageStartingWith("longitude: must be between -180 and 180");
    }
  }

  @Test
  void theReopeningWindowMayBeZeroButNotNegative() {
    assertThat(new DecisionContext(ORG, CALENDAR, DeadlineTable.standard(), Duration.ZERO).reopenWindow()).isZero();
    assertThatThrownBy(() -> new DecisionContext(ORG, CALENDAR, DeadlineTable.standard(), Duration.ofSeconds(-1)))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("reopenWindow: must not be negative");
  }

  @Test
  void aHolderPeriodLastsFromItsStartToItsEnd() {
    HolderPeriod p = new HolderPeriod(Holder.grid(G11), T0, T0.plus(Duration.ofMinutes(90)));
    assertThat(p.duration()).isEqualTo(Duration.ofMinutes(90));
    assertThat(new HolderPeriod(Holder.grid(G11), T0, T0).duration()).isZero();
    assertThatThrownBy(() -> new HolderPeriod(Holder.grid(G11), T0, T0.minusNanos(1)))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void identifiersPrintAsTheirValue() {
    assertThat(CaseId.of("case-7")).hasToString("case-7");
    assertThat(CommandId.of("cmd-7")).hasToString("cmd-7");
  }

  @Test
  void aChildCasesDetailsNameTheParentAndKeepTheRest() {
    CaseDetails d = details("0102", Source.GRID_PATROL, Urgency.URGENT, Optional.of(RES1));
    CaseDetails child = d.withParent(CaseId.of("parent-1"));
    assertThat(child.parent()).contains(CaseId.of("parent-1"));
    assertThat(child.category()).isEqualTo(d.category());
    assertThat(child.urgency()).isEqualTo(Urgency.URGENT);
    assertThat(child.reporter()).contains(RES1);
    assertThat(d.parent()).isEmpty();
  }

  @Test
  void aTopLevelClassIsFoundByBothItsDigits() {
    TimeLimit class01 = TimeLimit.workingHours(1);
    TimeLimit class11 = TimeLimit.workingHours(11);
    TimeLimit class10 = TimeLimit.workingHours(10);
    DeadlineTable t = DeadlineTable.builder(TimeLimit.workingDays(9))
        .limit(CategoryCode.of("01"), Urgency.NORMAL, Step.HANDLE, class01)
        .limit(CategoryCode.of("10"), Urgency.NORMAL, Step.HANDLE, class10)
        .limit(CategoryCode.of("11"), Urgency.NORMAL, Step.HANDLE, class11).build();
    assertThat(t.limit(CategoryCode.of("0105"), Urgency.NORMAL, Step.HANDLE)).isEqualTo(class01);
    assertThat(t.limit(CategoryCode.of("1005"), Urgency.NORMAL, Step.HANDLE)).isEqualTo(class10);
    assertThat(t.limit(CategoryCode.of("1105"), Urgency.NORMAL, Step.HANDLE)).isEqualTo(class11);
  }

  @Test
  void defaultLimitsChainAndTheLastSettingWins() {
    DeadlineTable t = DeadlineTable.builder(TimeLimit.workingDays(9))
        .defaultLimit(Step.HANDLE, Urgency.NORMAL, TimeLimit.workingDays(3))
        .defaultLimit(Step.VERIFY, Urgency.NORMAL, TimeLimit.workingDays(1))
        .defaultLimit(Step.HANDLE, Urgency.NORMAL, TimeLimit.workingDays(4)).build();
    assertThat(t.limit(CategoryCode.of("0102"), Urgency.NORMAL, Step.HANDLE)).isEqualTo(TimeLimit.workingDays(4));
    assertThat(t.limit(CategoryCode.of("0102"), Urgency.NORMAL, Step.VERIFY)).isEqualTo(TimeLimit.workingDays(1));
    assertThat(t.limit(CategoryCode.of("0102"), Urgency.URGENT, Step.HANDLE)).isEqualTo(TimeLimit.workingDays(9));
  }
  @Test
  void aTablesEntriesListTheDefaultsThenOnlyTheSetCategoryCellsByCode() {
    TimeLimit fallback = TimeLimit.workingDays(9);
    DeadlineTable t = DeadlineTable.builder(fallback)
        .limit(CategoryCode.of("0301"), Urgency.URGENT, Step.VERIFY, TimeLimit.workingHours(3))
        .limit(CategoryCode.of("01"), Urgency.NORMAL, Step.HANDLE, TimeLimit.workingHours(1)).build();
    int defaults = Step.values().length * Urgency.values().length;
    assertThat(t.entries()).hasSize(defaults + 2);
    assertThat(t.entries().subList(0, defaults)).allSatisfy(e -> {
      assertThat(e.category()).isEmpty();
      assertThat(e.limit()).isEqualTo(fallback);
    });
    assertThat(t.entries().subList(defaults, defaults + 2)).containsExactly(
        new DeadlineTable.Entry(Optional.of(CategoryCode.of("01")), Urgency.NORMAL, Step.HANDLE,
            TimeLimit.workingHours(1)),
        new DeadlineTable.Entry(Optional.of(CategoryCode.of("0301")), Urgency.URGENT, Step.VERIFY,
            TimeLimit.workingHours(3)));
    DeadlineTable same = DeadlineTable.builder(fallback)
        .limit(CategoryCode.of("01"), Urgency.NORMAL, Step.HANDLE, TimeLimit.workingHours(1))
        .limit(CategoryCode.of("0301"), Urgency.URGENT, Step.VERIFY, TimeLimit.workingHours(3)).build();
    assertThat(same).isEqualTo(t).hasSameHashCodeAs(t);
    assertThat(t).isNotEqualTo(DeadlineTable.builder(fallback).build());
    assertThat(t.equals(t.entries())).isFalse();
  }
  @Test
  void eachDefaultEntryIsTheLimitTheTableGivesForThatStepAndUrgency() {
    DeadlineTable standard = DeadlineTable.standard();
    CategoryCode plain = CategoryCode.of("0102");
    assertThat(standard.entries()).filteredOn(e -> e.category().isEmpty())
        .hasSize(Step.values().length * Urgency.values().length)
        .allSatisfy(e -> assertThat(e.limit()).as("%s %s", e.step(), e.urgency())
            .isEqualTo(standard.limit(plain, e.urgency(), e.step())))
        .contains(new DeadlineTable.Entry(Optional.empty(), Urgency.NORMAL, Step.HANDLE, TimeLimit.workingDays(5)));
  }
}
