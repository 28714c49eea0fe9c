package org.gridgov.core.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.core.cases.CaseFixture.*;

import com.google.common.collect.ImmutableList;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.calendar.TimeKind;
import org.gridgov.core.calendar.TimeLimit;
import org.gridgov.core.category.CategoryCode;
import org.gridgov.core.evaluation.EvaluationDimension;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.org.DepartmentId;
import org.gridgov.core.people.PersonId;
import org.junit.jupiter.api.Test;

/** The value types of the case loop reject missing parts, and the deadline table looks limits up in order. */
class CaseValuesTest {

  private static final Map<Class<?>, Object> SAMPLES = Map.ofEntries(
      Map.entry(CommandId.class, CommandId.of("c1")), Map.entry(CaseId.class, CaseId.of("case-1")),
      Map.entry(PersonId.class, GW11), Map.entry(Instant.class, T0),
      Map.entry(CaseDetails.class, details("0102", Source.GRID_PATROL, Urgency.NORMAL, Optional.empty())),
      Map.entry(Holder.class, Holder.grid(G11)), Map.entry(ImmutableList.class, ImmutableList.of(SANITATION)),
      Map.entry(String.class, "说明"), Map.entry(boolean.class, true), Map.entry(Duration.class, Duration.ofHours(1)),
      Map.entry(EvaluationDimension.class, EvaluationDimension.RESULT),
      Map.entry(Satisfaction.class, Satisfaction.SATISFIED), Map.entry(DepartmentId.class, SANITATION),
      Map.entry(Step.class, Step.HANDLE), Map.entry(CaseStatus.class, CaseStatus.HANDLING),
      Map.entry(CommandKind.class, CommandKind.TICK), Map.entry(long.class, 1L),
      Map.entry(Optional.class, Optional.empty()), Map.entry(RejectionReason.class, RejectionReason.NOT_AUTHORISED),
      Map.entry(EventHeader.class, new EventHeader(CaseId.of("case-1"), 1, T0, GW11, CommandId.of("c1"),
          CommandKind.TICK, CaseStatus.HANDLING, CaseStatus.HANDLING, Optional.empty())));

  @Test
  void everyCommandEventAndDecisionRejectsEachMissingPart() throws Exception {
    List<Class<?>> types = new ArrayList<>();
    types.addAll(List.of(CaseCommand.class.getPermittedSubclasses()));
    types.addAll(List.of(CaseEvent.class.getPermittedSubclasses()));
    // Decision.Accepted is a value class (it keeps a single event without its list): checked below
    types.addAll(List.of(Decision.Rejected.class, Decision.AlreadyApplied.class));
    types.addAll(List.of(EventHeader.class, Summons.class, HolderPeriod.class));
    int checked = 0;
    for (Class<?> type : types) {
      RecordComponent[] parts = type.getRecordComponents();
      Class<?>[] signature = new Class<?>[parts.length];
      for (int i = 0; i < parts.length; i++) {
        signature[i] = parts[i].getType();
      }
      Constructor<?> make = type.getDeclaredConstructor(signature);
      assertThat(make.newInstance(arguments(parts, -1))).as("%s with every part", type).isNotNull();
      for (int i = 0; i < parts.length; i++) {
        if (parts[i].getType().isPrimitive()) {
          continue;
        }
        Object[] args = arguments(parts, i);
        String part = type.getSimpleName() + "." + parts[i].getName();
        assertThatThrownBy(() -> {
          try {
            make.newInstance(args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        }).as(part).isInstanceOf(InvalidInputException.class);
        checked++;
      }
    }
    assertThatThrownBy(() -> new Decision.Accepted(null)).as("Decision.Accepted.events")
        .isInstanceOf(InvalidInputException.class);
    assertThat(List.of(Decision.class.getPermittedSubclasses())).containsExactlyInAnyOrder(Decision.Accepted.class,
        Decision.Rejected.class, Decision.AlreadyApplied.class);
    assertThat(checked).isGreaterThan(100);
  }

  @Test
  void anAcceptanceOfOneEventIsTheValueOfItsList() {
    CaseEvent first = closed(1);
    CaseEvent second = closed(2);
    Decision.Accepted single = Decision.Accepted.of(first);
    Decision.Accepted listed = new Decision.Accepted(ImmutableList.of(first));
    assertThat(single.toString()).isEqualTo("Accepted[events=[" + first + "]]");
    assertThat(single.hashCode()).isEqualTo(ImmutableList.of(first).hashCode());
    assertThat(single).isEqualTo(listed).isNotEqualTo(Decision.Accepted.of(second))
        .isNotEqualTo(new Decision.AlreadyApplied(ImmutableList.of(first)))
        .isNotEqualTo(new Decision.Accepted(ImmutableList.of(first, second)));
    assertThat(single.events()).containsExactly(first).isEqualTo(single.events());
    assertThat(single.singleOrNull()).isSameAs(first);
    assertThat(listed.singleOrNull()).isSameAs(first);
    assertThat(new Decision.Accepted(ImmutableList.of(first, second)).singleOrNull()).isNull();
    assertThat(new Decision.Accepted(ImmutableList.of()).singleOrNull()).isNull();
  }

  @Test
  void anAcceptanceIsReadByPositionWithoutItsList() {
    CaseEvent first = closed(1);
    CaseEvent second = closed(2);
    Decision.Accepted single = Decision.Accepted.of(first);
    Decision.Accepted two = new Decision.Accepted(ImmutableList.of(first, second));
    Decision.Accepted none = new Decision.Accepted(ImmutableList.of());
    assertThat(single.size()).isEqualTo(1);
    assertThat(single.event(0)).isSameAs(first);
    assertThat(two.size()).isEqualTo(2);
    assertThat(two.event(0)).isSameAs(first);
    assertThat(two.event(1)).isSameAs(second);
    assertThat(none.size()).isZero();
    for (Decision.Accepted d : List.of(single, two, none)) {
      for (int bad : new int[] {-1, d.size()}) {
        assertThatThrownBy(() -> d.event(bad)).isInstanceOf(InvalidInputException.class)
            .hasMessageContaining("index").hasMessageContaining("less than " + d.size());
      }
    }
  }

  /** A closing event of case-1 with the given sequence number and command "c" + sequence. */
  private static CaseEvent closed(int sequence) {
    return new CaseEvent.Closed(new EventHeader(CaseId.of("case-1"), sequence, T0, GW11, CommandId.of("c" + sequence),
        CommandKind.CLOSE, CaseStatus.VERIFIED, CaseStatus.CLOSED, Optional.empty()));
  }

  private static Object[] arguments(RecordComponent[] parts, int missing) {
    Object[] args = new Object[parts.length];
    for (int i = 0; i < parts.length; i++) {
      Class<?> t = parts[i].getType();
      Object v = SAMPLES.get(t);
      if (t == Instant.class && parts[i].getName().equals("to")) {
        v = T0.plusSeconds(60);
      }
      assertThat(v).as("sample for %s", t).isNotNull();
      args[i] = i == missing ? null : v;
    }
    return args;
  }

  @Test
  void theDeadlineTableTriesTheCategoryThenItsClassThenTheDefault() {
    TimeLimit fallback = TimeLimit.workingDays(3);
    TimeLimit byClass = TimeLimit.workingHours(4);
    TimeLimit byCategory = TimeLimit.continuousHours(1);
    DeadlineTable table = DeadlineTable.builder(fallback)
        .limit(CategoryCode.of("01"), Urgency.NORMAL, Step.HANDLE, byClass)
        .limit(CategoryCode.of("0102"), Urgency.NORMAL, Step.HANDLE, byCategory)
        .limit(CategoryCode.of("0102"), Urgency.URGENT, Step.VERIFY, byCategory).build();
    assertThat(table.limit(CategoryCode.of("0102"), Urgency.NORMAL, Step.HANDLE)).isEqualTo(byCategory);
    assertThat(table.limit(CategoryCode.of("0103"), Urgency.NORMAL, Step.HANDLE)).isEqualTo(byClass);
    assertThat(table.limit(CategoryCode.of("01"), Urgency.NORMAL, Step.HANDLE)).isEqualTo(byClass);
    assertThat(table.limit(CategoryCode.of("0102"), Urgency.URGENT, Step.HANDLE)).isEqualTo(fallback);
    assertThat(table.limit(CategoryCode.of("0102"), Urgency.URGENT, Step.VERIFY)).isEqualTo(byCategory);
    assertThat(table.limit(CategoryCode.of("0401"), Urgency.NORMAL, Step.HANDLE)).isEqualTo(fallback);
    assertThat(table.limit(CategoryCode.of("0201"), Urgency.NORMAL, Step.HANDLE)).isEqualTo(fallback);
    for (Step step : Step.values()) {
      for (Urgency u : Urgency.values()) {
        assertThat(table.clock(CategoryCode.of("0102"), u, step))
            .contains(table.limit(CategoryCode.of("0102"), u, step));
      }
    }
    assertThatThrownBy(() -> table.limit(null, Urgency.NORMAL, Step.HANDLE))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void theStandardTableFollowsTheDocumentedLimits() {
    DeadlineTable t = DeadlineTable.standard();
    CategoryCode c = CategoryCode.of("0102");
    assertThat(t.limit(c, Urgency.NORMAL, Step.ACCEPT)).isEqualTo(new TimeLimit(TimeKind.CONTINUOUS_HOURS,
        Duration.ofMinutes(30)));
    assertThat(t.limit(c, Urgency.URGENT, Step.DISPATCH)).isEqualTo(new TimeLimit(TimeKind.CONTINUOUS_HOURS,
        Duration.ofMinutes(10)));
    assertThat(t.limit(c, Urgency.NORMAL, Step.ACKNOWLEDGE)).isEqualTo(TimeLimit.workingHours(2));
    assertThat(t.limit(c, Urgency.EMERGENCY, Step.ACKNOWLEDGE)).isEqualTo(new TimeLimit(TimeKind.CONTINUOUS_HOURS,
        Duration.ofMinutes(30)));
    assertThat(t.limit(c, Urgency.NORMAL, Step.HANDLE)).isEqualTo(TimeLimit.workingDays(5));
    assertThat(t.limit(c, Urgency.URGENT, Step.HANDLE)).isEqualTo(TimeLimit.workingDays(2));
    assertThat(t.limit(c, Urgency.EMERGENCY, Step.HANDLE)).isEqualTo(TimeLimit.continuousHours(4));
    assertThat(t.limit(c, Urgency.NORMAL, Step.VERIFY)).isEqualTo(TimeLimit.workingDays(1));
    assertThat(t.limit(c, Urgency.EMERGENCY, Step.VERIFY)).isEqualTo(TimeLimit.continuousHours(2));
    assertThat(t.limit(c, Urgency.NORMAL, Step.REPORT_IN)).isEqualTo(TimeLimit.continuousHours(2));
  }
}
