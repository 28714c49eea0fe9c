package org.gridgov.core.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.core.cases.CaseFixture.CD_SHEZHAI;
import static org.gridgov.core.cases.CaseFixture.G12;
import static org.gridgov.core.cases.CaseFixture.GW12;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.gridgov.core.category.CategoryCode;
import org.gridgov.core.evaluation.EvaluationDimension;
import org.gridgov.core.evaluation.Satisfaction;
import org.junit.jupiter.api.Test;

/**
 * The event log appends in place into shared chunks: a state evolved twice (two threads deciding on one
 * state, or a caller that keeps the old state) must give two independent histories, at every position
 * within and across chunk boundaries.
 */
class EventLogTest {

  /** A history of one report and then {@code n - 1} children linked by the accepting center. */
  private static ImmutableList<CaseEvent> history(String prefix, int n) {
    CaseRun r = new CaseRun("log-1");
    r.ok(new CaseCommand.Report(r.cid(), r.id, GW12, r.now, CaseDetails.of(CategoryCode.of("0302"),
        Source.GRID_PATROL, G12, Urgency.NORMAL, "扬尘", Optional.empty())));
    for (int i = 1; i < n; i++) {
      r.ok(new CaseCommand.LinkChild(CommandId.of(prefix + i), r.id, CD_SHEZHAI, r.now, CaseId.of(prefix + i)));
    }
    return r.state.events();
  }

  private static CaseState fold(CaseState s, List<CaseEvent> events) {
    for (CaseEvent e : events) {
      s = CaseLoop.evolve(s, e);
    }
    return s;
  }

  @Test
  void aStateEvolvedTwiceKeepsTwoIndependentHistories() {
    int n = 40;
    ImmutableList<CaseEvent> left = history("left-", n);
    ImmutableList<CaseEvent> right = history("right-", n);
    assertThat(left.get(0)).isEqualTo(right.get(0));
    for (int k = 1; k < n; k++) {
      CaseState fork = CaseLoop.replay(CaseId.of("log-1"), left.subList(0, k));
      List<CaseState> kept = new ArrayList<>();
      CaseState a = fork;
      CaseState b = fork;
      for (int i = k; i < n; i++) {
        a = CaseLoop.evolve(a, left.get(i));
        b = CaseLoop.evolve(b, right.get(i));
        kept.add(a);
      }
      assertThat(fork.events()).as("fork at %d", k).isEqualTo(left.subList(0, k));
      assertThat(a.events()).as("left at %d", k).isEqualTo(left);
      assertThat(b.events()).as("right at %d", k).isEqualTo(
          ImmutableList.builder().addAll(left.subList(0, k)).addAll(right.subList(k, n)).build());
      for (int i = 0; i < kept.size(); i++) {
        assertThat(kept.get(i).events()).isEqualTo(left.subList(0, k + i + 1));
      }
      assertThat(fold(fork, right.subList(k, n))).isEqualTo(b).isNotEqualTo(a);
      assertThat(fold(fork, left.subList(k, n))).isEqualTo(a);
    }
  }

  @Test
  void aStateContinuedOnAnotherThreadKeepsItsOwnHistory() throws Exception {
    int n = 40;
    ImmutableList<CaseEvent> left = history("left-", n);
    ImmutableList<CaseEvent> right = history("right-", n);
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      for (int k = 1; k < n; k++) {
        int at = k;
        CaseState fork = CaseLoop.replay(CaseId.of("log-1"), left.subList(0, k));
        CaseState there = other.submit(() -> fold(fork, right.subList(at, n))).get();
        CaseState here = fold(fork, left.subList(k, n));
        CaseState back = fold(other.submit(() -> fold(fork, right.subList(at, at + 1))).get(),
            right.subList(k + 1, n));
        assertThat(here.events()).as("here at %d", k).isEqualTo(left);
        assertThat(there.events()).as("there at %d", k).isEqualTo(
            ImmutableList.builder().addAll(left.subList(0, k)).addAll(right.subList(k, n)).build());
        assertThat(back).as("back at %d", k).isEqualTo(there);
        assertThat(fork.events()).isEqualTo(left.subList(0, k));
      }
    } finally {
      other.shutdownNow();
    }
  }

  @Test
  void aResentCommandFindsItsEventsInEveryChunk() {
    ImmutableList<CaseEvent> h = history("c-", 110);
    CaseState s = CaseLoop.replay(CaseId.of("log-1"), h);
    for (CaseEvent e : h) {
      EventHeader x = e.header();
      CaseCommand resend = e instanceof CaseEvent.ChildLinked c
          ? new CaseCommand.LinkChild(x.command(), x.caseId(), x.actor(), x.at(), c.child())
          : null;
      if (resend != null) {
        assertThat(CaseLoop.decide(s, resend, CaseFixture.CONTEXT))
            .isEqualTo(new Decision.AlreadyApplied(ImmutableList.of(e)));
      }
    }
  }

  @Test
  void theCommandFilterNeverMissesAnIdentifierOfTheStatesHistoryAcrossForks() {
    int n = 150;
    ImmutableList<CaseEvent> left = history("k", n);
    ImmutableList<CaseEvent> right = history("r", n);
    for (int k : List.of(1, 11, 12, 13, 40, 64, 100)) {
      CaseState fork = CaseLoop.replay(CaseId.of("log-1"), left.subList(0, k));
      CaseState a = fold(fork, left.subList(k, n));
      CaseState b = fold(fork, right.subList(k, n));
      for (CaseEvent e : left.subList(0, k)) {
        assertThat(EventLog.mayHold(fork.log, e.header().command())).isTrue();
      }
      for (CaseEvent e : a.events()) {
        assertThat(EventLog.mayHold(a.log, e.header().command())).as("left %s", e.header().command()).isTrue();
      }
      for (CaseEvent e : b.events()) {
        assertThat(EventLog.mayHold(b.log, e.header().command())).as("right %s", e.header().command()).isTrue();
      }
      // forks copy the chunk they continue, hashes included: each state finds each of its own events
      for (CaseState st : List.of(fork, a, b)) {
        for (CaseEvent e : st.events()) {
          assertThat(EventLog.withCommand(st.log, st.version(), e.header().command())).as("fork at %d", k)
              .containsExactly(e);
        }
      }
    }
    assertThat(EventLog.mayHold(null, CommandId.of("k1"))).isFalse();
  }

  @Test
  void newIdentifiersMostlyPassTheFilterWithoutAScan() {
    CaseState s = CaseLoop.replay(CaseId.of("log-1"), history("k", 20));
    int falseHits = 0;
    for (int i = 20; i < 40; i++) {
      falseHits += EventLog.mayHold(s.log, CommandId.of("k" + i)) ? 1 : 0;
    }
    assertThat(falseHits).as("of 20 new sequential ids after 20 events").isLessThanOrEqualTo(8);
  }

  @Test
  void identifiersWhoseHashesCollideAreStillToldApart() {
    // "Aa" and "BB" have the same String hash, so the scan's hash comparison passes and only the
    // identifiers themselves decide; the colliding pair sits in the first chunk and past it.
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    for (int before : List.of(1, 5, 11, 12, 20)) {
      CaseRun r = new CaseRun("log-3");
      r.ok(new CaseCommand.Report(r.cid(), r.id, GW12, r.now, CaseDetails.of(CategoryCode.of("0302"),
          Source.GRID_PATROL, G12, Urgency.NORMAL, "扬尘", Optional.empty())));
      for (int i = 1; i < before; i++) {
        r.ok(new CaseCommand.LinkChild(r.cid(), r.id, CD_SHEZHAI, r.now, CaseId.of("child-" + i)));
      }
      CaseCommand aa = new CaseCommand.LinkChild(CommandId.of("Aa"), r.id, CD_SHEZHAI, r.now, CaseId.of("aa"));
      r.ok(aa);
      CaseEvent linkedAa = r.state.events().get(r.state.events().size() - 1);
      CaseCommand bb = new CaseCommand.LinkChild(CommandId.of("BB"), r.id, CD_SHEZHAI, r.now, CaseId.of("bb"));
      assertThat(CaseLoop.decide(r.state, bb, CaseFixture.CONTEXT)).as("after %d", before)
          .isInstanceOf(Decision.Accepted.class);
      r.ok(bb);
      assertThat(CaseLoop.decide(r.state, aa, CaseFixture.CONTEXT)).as("after %d", before)
          .isEqualTo(new Decision.AlreadyApplied(ImmutableList.of(linkedAa)));
      CaseCommand bbAsAccept = new CaseCommand.Accept(CommandId.of("BB"), r.id, CD_SHEZHAI, r.now);
      assertThat(CaseLoop.decide(r.state, bbAsAccept, CaseFixture.CONTEXT)).as("after %d", before)
          .isInstanceOfSatisfying(Decision.Rejected.class,
              d -> assertThat(d.reason()).isEqualTo(RejectionReason.DUPLICATE_COMMAND));
    }
  }

  /** A history like {@link #history} whose children are the same for every prefix: only command ids differ. */
  private static ImmutableList<CaseEvent> sameChildren(String prefix, int n) {
    CaseRun r = new CaseRun("log-1");
    r.ok(new CaseCommand.Report(r.cid(), r.id, GW12, r.now, CaseDetails.of(CategoryCode.of("0302"),
        Source.GRID_PATROL, G12, Urgency.NORMAL, "扬尘", Optional.empty())));
    for (int i = 1; i < n; i++) {
      r.ok(new CaseCommand.LinkChild(CommandId.of(prefix + i), r.id, CD_SHEZHAI, r.now, CaseId.of("child-" + i)));
    }
    return r.state.events();
  }

  @Test
  void statesAreEqualExactlyWhenTheirHistoriesAre() {
    ImmutableList<CaseEvent> left = sameChildren("k", 30);
    ImmutableList<CaseEvent> right = sameChildren("r", 30);
    CaseState a = CaseLoop.replay(CaseId.of("log-1"), left);
    CaseState sameEventsOtherLog = CaseLoop.replay(CaseId.of("log-1"), left);
    CaseState otherCommandIds = CaseLoop.replay(CaseId.of("log-1"), right);
    assertThat(a).isEqualTo(sameEventsOtherLog).hasSameHashCodeAs(sameEventsOtherLog);
    assertThat(a).isNotEqualTo(otherCommandIds);
    assertThat(CaseLoop.replay(CaseId.of("log-1"), left.subList(0, 29)))
        .isNotEqualTo(CaseLoop.replay(CaseId.of("log-1"), right.subList(0, 29)));
  }

  @Test
  void statesDifferingOnlyInTheirFirstEventAreNotEqual() {
    ImmutableList<CaseEvent> left = history("a-", 20);
    CaseEvent first = left.get(0);
    CaseEvent otherFirst = new CaseEvent.Reported(new EventHeader(first.header().caseId(), 1, first.header().at(),
        first.header().actor(), CommandId.of("another-report"), first.header().kind(), first.header().from(),
        first.header().to(), first.header().clock()), ((CaseEvent.Reported) first).details(),
        ((CaseEvent.Reported) first).holder());
    ImmutableList<CaseEvent> right = ImmutableList.<CaseEvent>builder().add(otherFirst)
        .addAll(left.subList(1, left.size())).build();
    assertThat(CaseLoop.replay(CaseId.of("log-1"), right)).isNotEqualTo(CaseLoop.replay(CaseId.of("log-1"), left));
    assertThat(CaseState.initial(CaseId.of("log-1"))).isEqualTo(CaseState.initial(CaseId.of("log-1")));
  }

  /** Reports a case, links {@code children} children, then takes it through to closure; returns when it closed. */
  private static Instant closedAfterLinking(CaseRun r, int children) {
    r.ok(new CaseCommand.Report(r.cid(), r.id, GW12, r.now, CaseDetails.of(CategoryCode.of("0302"),
        Source.GRID_PATROL, G12, Urgency.NORMAL, "扬尘", Optional.empty())));
    for (int i = 1; i <= children; i++) {
      r.ok(new CaseCommand.LinkChild(r.cid(), r.id, CD_SHEZHAI, r.now, CaseId.of("child-" + i)));
    }
    r.ok(new CaseCommand.Accept(r.cid(), r.id, CD_SHEZHAI, r.after(Duration.ofMinutes(5)).now));
    r.ok(new CaseCommand.Assign(r.cid(), r.id, CD_SHEZHAI, r.after(Duration.ofMinutes(5)).now, Holder.grid(G12),
        ImmutableList.of()));
    r.ok(new CaseCommand.Acknowledge(r.cid(), r.id, GW12, r.after(Duration.ofMinutes(5)).now));
    r.ok(new CaseCommand.SubmitResult(r.cid(), r.id, GW12, r.after(Duration.ofMinutes(30)).now, "已清理"));
    r.ok(new CaseCommand.Verify(r.cid(), r.id, CD_SHEZHAI, r.after(Duration.ofMinutes(30)).now, true, "现场核实"));
    Instant closing = r.after(Duration.ofMinutes(5)).now;
    r.ok(new CaseCommand.Close(r.cid(), r.id, CD_SHEZHAI, closing));
    return closing;
  }

  @Test
  void aCaseClosedInTheLastSlotOfItsFirstChunkKnowsWhenItClosed() {
    CaseRun r = new CaseRun("log-4");
    Instant closing = closedAfterLinking(r, 5);
    assertThat(r.state.version()).isEqualTo(12);
    r.ok(new CaseCommand.Evaluate(r.cid(), r.id, CD_SHEZHAI, r.after(Duration.ofMinutes(5)).now,
        EvaluationDimension.EFFICIENCY, Satisfaction.SATISFIED));
    assertThat(r.state.closedAt()).contains(closing);
  }

  @Test
  void aLongCaseKnowsWhenItClosedFromItsLastChunk() {
    CaseRun r = new CaseRun("log-2");
    Instant closing = closedAfterLinking(r, 14);
    assertThat(r.state.version()).isGreaterThan(12 + 8);
    assertThat(r.state.closedAt()).contains(closing);
  }
}
