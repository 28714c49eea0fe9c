package org.gridgov.core.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.core.cases.CaseFixture.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.gridgov.core.cases.CaseCommand.Report;
import org.gridgov.core.cases.CaseCommand.Tick;
import org.junit.jupiter.api.Test;

/** Many threads appending to the same and to different cases. */
class InMemoryCaseStoreTest {

  @Test
  void concurrentAppendsLoseAndDuplicateNothingAndReportConflicts() throws Exception {
    InMemoryCaseStore store = new InMemoryCaseStore();
    CaseHandler handler = new CaseHandler(store, CONTEXT);
    int threads = 8;
    int perThread = 200;
    AtomicInteger accepted = new AtomicInteger();
    AtomicInteger conflicts = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      futures.add(pool.submit(() -> {
        for (int i = 0; i < perThread; i++) {
          CaseId id = CaseId.of("case" + (i % 10));
          CaseCommand c = new Report(CommandId.of("t" + thread + "-" + i), id, GW11, T0,
              details("0102", Source.GRID_PATROL, Urgency.NORMAL, Optional.empty()));
          Decision d = handler.handle(c);
          if (d instanceof Decision.Accepted) {
            accepted.incrementAndGet();
          } else if (d instanceof Decision.Rejected r && r.reason() == RejectionReason.CONCURRENT_MODIFICATION) {
            conflicts.incrementAndGet();
          }
        }
      }));
    }
    for (Future<?> f : futures) {
      f.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();
    assertThat(accepted.get()).as("exactly one report wins per case").isEqualTo(10);
    assertThat(store.stream().count()).isEqualTo(10);
    for (int i = 0; i < 10; i++) {
      assertThat(store.load(CaseId.of("case" + i))).hasSize(1);
    }
  }

  @Test
  void aStaleExpectedVersionIsAConflictAndAppendsNothing() {
    InMemoryCaseStore store = new InMemoryCaseStore();
    CaseRun r = new CaseRun("s1");
    Decision d = CaseLoop.decide(r.state, new Report(r.cid(), r.id, GW11, r.now,
        details("0102", Source.GRID_PATROL, Urgency.NORMAL, Optional.empty())), CONTEXT);
    assertThat(store.append(r.id, 0, d.newEvents())).isEqualTo(new CaseStore.AppendResult.Appended(1));
    assertThat(store.append(r.id, 0, d.newEvents())).isEqualTo(new CaseStore.AppendResult.Conflict(0, 1));
    assertThat(store.load(r.id)).hasSize(1);
    assertThat(new CaseHandler(store, CONTEXT).handle(new Tick(r.cid(), r.id, GW11, r.now)))
        .isInstanceOf(Decision.Accepted.class);
  }

  @Test
  void parallelWritersOnDifferentCasesAllSucceed() throws Exception {
    InMemoryCaseStore store = new InMemoryCaseStore();
    CaseHandler handler = new CaseHandler(store, CONTEXT);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<Decision>> fs = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      CaseId id = CaseId.of("d" + i);
      fs.add(pool.submit(() -> handler.handle(new Report(CommandId.of("r"), id, GW11, T0,
          details("0102", Source.GRID_PATROL, Urgency.NORMAL, Optional.empty())))));
    }
    for (Future<Decision> f : fs) {
      assertThat(f.get(60, TimeUnit.SECONDS)).isInstanceOf(Decision.Accepted.class);
    }
    pool.shutdown();
    assertThat(store.stream().map(e -> e.header().caseId()).distinct().count()).isEqualTo(400);
  }
}
