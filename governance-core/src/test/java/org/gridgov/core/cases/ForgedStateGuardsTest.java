package org.gridgov.core.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.core.cases.CaseFixture.*;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.gridgov.core.cases.CaseCommand.*;
import org.junit.jupiter.api.Test;

/**
 * States that decide never produces but a forged history can (evolve checks sequence, time and the
 * from-status, not who holds the case): the loop's defensive guards refuse to go on from them.
 */
class ForgedStateGuardsTest {

  private static final CaseId ID = CaseId.of("forged-state");

  private static EventHeader header(long seq, CommandKind kind, CaseStatus from, CaseStatus to) {
    return new EventHeader(ID, seq, T0, CD_SHEZHAI, CommandId.of("f" + seq), kind, from, to, Optional.empty());
  }

  private static CaseState reportedTo(Holder holder) {
    return CaseLoop.evolve(CaseState.initial(ID), new CaseEvent.Reported(
        header(1, CommandKind.REPORT, CaseStatus.NEW, CaseStatus.REPORTED),
        details("0102", Source.RESIDENT_SNAPSHOT, Urgency.NORMAL, Optional.of(RES1)), holder));
  }

  private static CaseState accept(CaseState s, CaseCommand c) {
    Decision d = CaseLoop.decide(s, c, CONTEXT);
    assertThat(d).as("%s", c).isInstanceOf(Decision.Accepted.class);
    for (CaseEvent e : d.newEvents()) {
      s = CaseLoop.evolve(s, e);
    }
    return s;
  }

  @Test
  void aCaseAcceptedByAGridIsNotDispatchedByIt() {
    CaseState s = accept(reportedTo(Holder.grid(G11)), new Accept(CommandId.of("a"), ID, GW11, T0));
    assertThat(s.holder()).contains(Holder.grid(G11));
    Decision d = CaseLoop.decide(s, new Assign(CommandId.of("b"), ID, GW11, T0, Holder.grid(G11),
        ImmutableList.of()), CONTEXT);
    assertThat(d).isEqualTo(new Decision.Rejected(RejectionReason.INVALID_TRANSITION, "only a center dispatches"));
  }

  @Test
  void aResultWithoutDispatcherHasNobodyToVerifyIt() {
    CaseState s = CaseLoop.evolve(reportedTo(Holder.center(SHEZHAI)), new CaseEvent.Acknowledged(
        header(2, CommandKind.ACKNOWLEDGE, CaseStatus.REPORTED, CaseStatus.HANDLING)));
    s = accept(s, new SubmitResult(CommandId.of("s"), ID, CD_SHEZHAI, T0, "无人派遣"));
    assertThat(s.dispatcher()).isEmpty();
    Decision d = CaseLoop.decide(s, new Verify(CommandId.of("v"), ID, CHIEF_SHEZHAI, T0, true, "核查"), CONTEXT);
    assertThat(d).isEqualTo(new Decision.Rejected(RejectionReason.NOT_AUTHORISED,
        "nobody may send a VERIFY command now"));
  }
}
