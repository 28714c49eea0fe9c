package org.gridgov.core.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

/** Drives one case through commands in tests, applying accepted events. */
final class CaseRun {
  final CaseId id;
  CaseState state;
  Instant now = CaseFixture.T0;
  private int n;

  CaseRun(String id) {
    this.id = CaseId.of(id);
    this.state = CaseState.initial(this.id);
  }

  CommandId cid() {
    return CommandId.of(id.value() + "-" + (++n));
  }

  CaseRun after(Duration d) {
    now = now.plus(d);
    return this;
  }

  Decision send(CaseCommand c) {
    Decision d = CaseLoop.decide(state, c, CaseFixture.CONTEXT);
    for (CaseEvent e : d.newEvents()) {
      state = CaseLoop.evolve(state, e);
    }
    return d;
  }

  CaseState ok(CaseCommand c) {
    Decision d = send(c);
    assertThat(d).as("%s", c).isInstanceOf(Decision.Accepted.class);
    return state;
  }

  Decision.Rejected no(CaseCommand c, RejectionReason reason) {
    CaseState before = state;
    Decision d = send(c);
    assertThat(d).as("%s", c).isInstanceOfSatisfying(Decision.Rejected.class,
        r -> assertThat(r.reason()).isEqualTo(reason));
    assertThat(state).isSameAs(before);
    return (Decision.Rejected) d;
  }
}
