package org.gridgov.core.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.core.cases.CaseFixture.*;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.util.Optional;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.category.CategoryCode;
import org.gridgov.core.evaluation.EvaluationDimension;
import org.gridgov.core.evaluation.Satisfaction;
import org.junit.jupiter.api.Test;

/** A history that decide could never produce (e.g. read from a forged document) is refused by evolve. */
class ForgedHistoryTest {

  @Test
  void aDeadlineTableIsRebuiltFromItsEntries() {
    DeadlineTable standard = DeadlineTable.standard();
    DeadlineTable.Builder b = DeadlineTable.builder(standard.entries().get(0).limit());
    for (DeadlineTable.Entry e : standard.entries()) {
      if (e.category().isPresent()) {
        b.limit(e.category().get(), e.urgency(), e.step(), e.limit());
      } else {
        b.defaultLimit(e.step(), e.urgency(), e.limit());
      }
    }
    assertThat(b.build()).isEqualTo(standard).hasSameHashCodeAs(standard);
    assertThat(standard.entries()).hasSizeGreaterThanOrEqualTo(Step.values().length * Urgency.values().length);
    assertThat(DeadlineTable.builder(standard.entries().get(0).limit()).build()).isNotEqualTo(standard);
  }

  @Test
  void aDimensionRatedTwiceInOneRoundIsRefused() {
    CaseRun r = new CaseRun("forged-1");
    r.ok(new CaseCommand.Report(r.cid(), r.id, GW11, r.now, CaseDetails.of(CategoryCode.of("0102"),
        Source.GRID_PATROL, G11, Urgency.NORMAL, "垃圾", Optional.empty())));
    r.ok(new CaseCommand.Accept(r.cid(), r.id, CD_SHEZHAI, r.now));
    r.ok(new CaseCommand.Assign(r.cid(), r.id, CD_SHEZHAI, r.now, Holder.grid(G11), ImmutableList.of()));
    r.ok(new CaseCommand.Acknowledge(r.cid(), r.id, GW11, r.now));
    r.after(Duration.ofHours(1)).ok(new CaseCommand.SubmitResult(r.cid(), r.id, GW11, r.now, "done"));
    r.ok(new CaseCommand.Verify(r.cid(), r.id, CD_SHEZHAI, r.now, true, "ok"));
    r.ok(new CaseCommand.Evaluate(r.cid(), r.id, CD_SHEZHAI, r.now, EvaluationDimension.EFFICIENCY,
        Satisfaction.SATISFIED));
    CaseEvent.Evaluated first = (CaseEvent.Evaluated) r.state.events().get(r.state.events().size() - 1);
    EventHeader h = first.header();
    CaseEvent.Evaluated again = new CaseEvent.Evaluated(new EventHeader(h.caseId(), h.sequence() + 1, h.at(),
        h.actor(), CommandId.of("forged"), h.kind(), h.from(), h.to(), h.clock()), EvaluationDimension.EFFICIENCY,
        Satisfaction.DISSATISFIED);
    assertThatThrownBy(() -> CaseLoop.evolve(r.state, again)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("must not rate EFFICIENCY twice in one round");
  }

  @Test
  void anEventOfAnotherCaseIsRefusedAndAnEqualIdentifierOfTheSameCaseIsNot() {
    CaseRun r = new CaseRun("forged-2");
    r.ok(new CaseCommand.Report(r.cid(), r.id, GW11, r.now, CaseDetails.of(CategoryCode.of("0102"),
        Source.GRID_PATROL, G11, Urgency.NORMAL, "垃圾", Optional.empty())));
    CaseEvent reported = r.state.events().get(0);
    EventHeader h = reported.header();
    CaseEvent elsewhere = new CaseEvent.Reported(new EventHeader(CaseId.of("forged-3"), 1, h.at(), h.actor(),
        h.command(), h.kind(), h.from(), h.to(), h.clock()), ((CaseEvent.Reported) reported).details(),
        ((CaseEvent.Reported) reported).holder());
    assertThatThrownBy(() -> CaseLoop.evolve(CaseState.initial(CaseId.of("forged-2")), elsewhere))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("must belong to case forged-2");
    // The same case under an identifier decoded separately (an equal, distinct instance) is the same case.
    CaseState replayed = CaseLoop.evolve(CaseState.initial(CaseId.of(new String("forged-2"))), reported);
    assertThat(replayed).isEqualTo(r.state);
  }
}
