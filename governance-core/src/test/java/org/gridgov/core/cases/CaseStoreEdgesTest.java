package org.gridgov.core.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.core.cases.CaseFixture.*;
import static org.gridgov.core.cases.CaseSteps.*;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.cases.CaseCommand.*;
import org.junit.jupiter.api.Test;

/** The store's numbering rules, the handler's answer to a lost race, and resending commands. */
class CaseStoreEdgesTest {

  @Test
  void aStoreAppendsBatchesOfAnySizeInOrder() {
    ImmutableList<CaseEvent> events = handling("store-1").state.events();
    InMemoryCaseStore store = new InMemoryCaseStore();
    assertThat(store.append(CaseId.of("store-1"), 0, events.subList(0, 1)))
        .isEqualTo(new CaseStore.AppendResult.Appended(1));
    assertThat(store.append(CaseId.of("store-1"), 1, events.subList(1, 4)))
        .isEqualTo(new CaseStore.AppendResult.Appended(4));
    assertThat(store.load(CaseId.of("store-1"))).isEqualTo(events);
  }

  @Test
  void aBatchNumberedFromTheWrongVersionNamesTheFirstExpectedNumber() {
    ImmutableList<CaseEvent> events = handling("store-2").state.events();
    InMemoryCaseStore store = new InMemoryCaseStore();
    store.append(CaseId.of("store-2"), 0, events.subList(0, 1));
    assertThatThrownBy(() -> store.append(CaseId.of("store-2"), 1, events.subList(2, 3)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("must belong to case store-2 and be numbered from 2 without gaps");
    assertThat(store.load(CaseId.of("store-2"))).hasSize(1);
  }

  @Test
  void aHandlerThatLosesTheRaceRejectsTheCommandNamingBothVersions() {
    InMemoryCaseStore real = new InMemoryCaseStore();
    ImmutableList<CaseEvent> events = accepted("store-3").state.events();
    real.append(CaseId.of("store-3"), 0, events);
    CaseStore stale = new CaseStore() {
      @Override
      public AppendResult append(CaseId caseId, long expectedVersion, List<CaseEvent> batch) {
        return real.append(caseId, expectedVersion, batch);
      }

      @Override
      public ImmutableList<CaseEvent> load(CaseId caseId) {
        return real.load(caseId).subList(0, 1);
      }

      @Override
      public Stream<CaseEvent> stream() {
        return real.stream();
      }
    };
    Decision d = new CaseHandler(stale, CONTEXT).handle(new Accept(CommandId.of("late"), CaseId.of("store-3"),
        CD_SHEZHAI, T0.plus(Duration.ofMinutes(1))));
    assertThat(d).isInstanceOfSatisfying(Decision.Rejected.class, r -> {
      assertThat(r.reason()).isEqualTo(RejectionReason.CONCURRENT_MODIFICATION);
      assertThat(r.message()).isEqualTo("case store-3 moved from version 1 to 2; resend the command");
    });
    assertThat(real.load(CaseId.of("store-3"))).isEqualTo(events);
  }

  @Test
  void resendingATickThatRaisedTwoEventsReturnsBothAndAddsNothing() {
    CaseRun r = reported("store-4");
    Tick tick = new Tick(r.cid(), r.id, CD_CITY, r.now.plus(Duration.ofHours(1)));
    Decision first = r.send(tick);
    assertThat(first.newEvents()).hasSize(2);
    CaseState after = r.state;
    Decision again = r.send(tick);
    assertThat(again).isInstanceOfSatisfying(Decision.AlreadyApplied.class,
        a -> assertThat(a.events()).isEqualTo(first.newEvents()));
    assertThat(again.newEvents()).isEmpty();
    assertThat(r.state).isSameAs(after);
  }

  @Test
  void aRejectedCommandIsDecidedAfreshWhenResent() {
    CaseRun r = handling("store-5");
    SubmitResult early = new SubmitResult(r.cid(), r.id, GW11, r.now, "已办");
    r.ok(new Park(r.cid(), r.id, CD_SHEZHAI, r.now, "停"));
    r.no(early, RejectionReason.INVALID_TRANSITION);
    r.ok(new Resume(r.cid(), r.id, CD_SHEZHAI, r.now));
    r.ok(early);
    assertThat(r.state.status()).isEqualTo(CaseStatus.RESULT_SUBMITTED);
  }
}
