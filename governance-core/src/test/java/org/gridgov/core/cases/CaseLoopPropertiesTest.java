package org.gridgov.core.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.core.cases.CaseFixture.*;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.gridgov.core.calendar.DeadlineLight;
import org.gridgov.core.cases.CaseCommand.*;
import org.gridgov.core.evaluation.EvaluationDimension;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.org.DepartmentId;
import org.gridgov.core.people.PersonId;
import org.junit.jupiter.api.Test;

/**
 * Random command sequences by random actors, valid and invalid, checked against the loop's invariants
 * after every command. The number of sequences is {@code -Dgridgov.cases.sequences} (default 3000).
 */
class CaseLoopPropertiesTest {

  private static final int SEQUENCES = Integer.getInteger("gridgov.cases.sequences", 3000);
  private static final ImmutableList<DepartmentId> DEPTS = ImmutableList.of(SANITATION, LAW, WATER, EMERGENCY, HOUSING);

  @Test
  void everySequenceKeepsTheInvariants() {
    qt().withFixedSeed(20250602L).withExamples(SEQUENCES).forAll(longs().all()).checkAssert(this::run);
  }

  private void run(long seed) {
    Random rnd = new Random(seed);
    CaseId id = CaseId.of("p" + (seed & 0xffff));
    CaseState s = CaseState.initial(id);
    Instant now = T0;
    List<CaseCommand> sent = new ArrayList<>();
    List<Decision> outcomes = new ArrayList<>();
    int failedVerifications = 0;
    for (int i = 0; i < 40; i++) {
      now = rnd.nextInt(20) == 0 ? now.minus(Duration.ofMinutes(5)) : now.plus(Duration.ofMinutes(rnd.nextInt(600)));
      CaseCommand c = rnd.nextInt(15) == 0 && !sent.isEmpty() ? sent.get(rnd.nextInt(sent.size()))
          : command(rnd, s, id, CommandId.of("k" + i), now);
      Decision d = CaseLoop.decide(s, c, CONTEXT);
      int prior = sent.indexOf(c);
      if (prior >= 0 && !outcomes.get(prior).newEvents().isEmpty()) {
        assertThat(d).isEqualTo(new Decision.AlreadyApplied(outcomes.get(prior).newEvents()));
      }
      if (d instanceof Decision.Rejected) {
        assertThat(CaseLoop.decide(s, c, CONTEXT)).isEqualTo(d);
      }
      CaseState before = s;
      long expected = s.version();
      for (CaseEvent e : d.newEvents()) {
        assertThat(e.header().sequence()).isEqualTo(++expected);
        assertThat(before.lastEventAt().map(t -> !e.header().at().isBefore(t)).orElse(true)).isTrue();
        if (e instanceof CaseEvent.Verified v && !v.passed()) {
          failedVerifications++;
        }
        if (e instanceof CaseEvent.Escalated x) {
          assertThat(x.holder().level().isAbove(x.previous().level())
              || x.previous() instanceof Holder.DepartmentHolder).isTrue();
          assertThat(x.holder()).isInstanceOf(Holder.CenterHolder.class);
        }
        if (e instanceof CaseEvent.Closed) {
          assertThat(before.status()).isEqualTo(CaseStatus.VERIFIED);
        }
        s = CaseLoop.evolve(s, e);
      }
      // a fresh decision, whose single event has not been put into a list yet
      assertThat(CaseLoop.evolve(before, CaseLoop.decide(before, c, CONTEXT))).as("the decision applied whole")
          .isEqualTo(s);
      if (d instanceof Decision.Accepted a) {
        Decision.Accepted listed = new Decision.Accepted(a.events());
        Decision.Accepted fresh = (Decision.Accepted) CaseLoop.decide(before, c, CONTEXT);
        assertThat(fresh.size()).as("size of a fresh decision").isEqualTo(listed.size()).isEqualTo(a.events().size());
        for (int k = 0; k < listed.size(); k++) {
          assertThat(fresh.event(k)).as("event %s by position", k).isEqualTo(listed.event(k))
              .isEqualTo(a.events().get(k));
        }
        assertThat(CaseLoop.decide(before, c, CONTEXT)).isEqualTo(listed).hasSameHashCodeAs(listed)
            .hasToString(listed.toString());
        assertThat(CaseLoop.evolve(before, listed)).as("the listed decision applied whole").isEqualTo(s);
      }
      sent.add(c);
      outcomes.add(d);
      if (d instanceof Decision.Accepted a && c instanceof Tick) {
        assertThat(CaseLoop.decide(s, new Tick(CommandId.of("again" + i), id, c.actor(), c.at()), CONTEXT).newEvents())
            .as("a repeated tick raises nothing new").isEmpty();
      }
      assertThat(s.reworkCount()).isEqualTo(failedVerifications);
      if (s.status().isOpen()) {
        assertThat(s.holder()).isPresent();
        assertThat(s.coHandlers()).doesNotContain(s.holder().map(h -> h instanceof Holder.DepartmentHolder dh
            ? dh.department() : DepartmentId.of("none")).get());
      }
      if (s.isParked() && s.currentStep().isPresent()) {
        Instant later = s.lastEventAt().get().plus(Duration.ofDays(3));
        assertThat(s.usedTime(later, CALENDAR)).isEqualTo(s.usedTime(s.lastEventAt().get(), CALENDAR));
      }
      if (s.isBreached()) {
        assertThat(s.isWarned()).isTrue();
        assertThat(s.deadlineLight(s.lastEventAt().get(), CALENDAR)).contains(DeadlineLight.RED);
      }
    }
    assertThat(CaseLoop.replay(id, s.events())).isEqualTo(s);
    assertThat(s.version()).isEqualTo(s.events().size());
  }

  private static CaseCommand command(Random rnd, CaseState s, CaseId id, CommandId cid, Instant at) {
    PersonId actor = actor(rnd, s);
    switch (rnd.nextInt(22)) {
      case 0:
        Source src = Source.values()[rnd.nextInt(Source.values().length)];
        PersonId reporter = src == Source.RESIDENT_SNAPSHOT ? (rnd.nextBoolean() ? RES1 : RES2) : GW11;
        return new Report(cid, id, rnd.nextInt(4) == 0 ? actor : reporter, at, CaseDetails.of(
            org.gridgov.core.category.CategoryCode.of(rnd.nextBoolean() ? "0102" : "0401"), src, G11,
            Urgency.values()[rnd.nextInt(3)], "描述", src == Source.RESIDENT_SNAPSHOT ? Optional.of(reporter)
                : Optional.empty()));
      case 1:
        return new Accept(cid, id, actor, at);
      case 2:
        return rnd.nextBoolean() ? new VoidReport(cid, id, actor, at, "无效")
            : new MarkDuplicate(cid, id, actor, at, CaseId.of("other"));
      case 3:
      case 4:
        Holder[] targets = {Holder.grid(G11), Holder.grid(G21), Holder.center(SHEZHAI), Holder.center(TAIJI),
            Holder.department(DEPTS.get(rnd.nextInt(5))), s.holder().orElse(Holder.center(CITY))};
        Holder t = targets[rnd.nextInt(targets.length)];
        ImmutableList<DepartmentId> co = t instanceof Holder.DepartmentHolder && rnd.nextBoolean()
            ? ImmutableList.of(DEPTS.get(rnd.nextInt(5))) : ImmutableList.of();
        return new Assign(cid, id, actor, at, t, co);
      case 5:
        return new Acknowledge(cid, id, actor, at);
      case 6:
        return new SubmitResult(cid, id, actor, at, "结果");
      case 7:
      case 8:
        return new Verify(cid, id, actor, at, rnd.nextBoolean(), "核查");
      case 9:
        return new Evaluate(cid, id, actor, at, EvaluationDimension.values()[rnd.nextInt(4)],
            Satisfaction.values()[rnd.nextInt(3)]);
      case 10:
        return new Close(cid, id, actor, at);
      case 11:
        return new Escalate(cid, id, actor, at, rnd.nextInt(4) == 0, "上报");
      case 12:
        return new Return(cid, id, actor, at, "错派");
      case 13:
        return new RequestExtension(cid, id, actor, at, Duration.ofHours(1 + rnd.nextInt(48)), "延期");
      case 14:
        return rnd.nextBoolean() ? new ApproveExtension(cid, id, actor, at) : new DenyExtension(cid, id, actor, at);
      case 15:
        return new Park(cid, id, actor, at, "挂账");
      case 16:
        return new Resume(cid, id, actor, at);
      case 17:
        return new Reopen(cid, id, actor, at, "不满意");
      case 18:
        return new BlowWhistle(cid, id, actor, at, ImmutableList.of(DEPTS.get(rnd.nextInt(5))));
      case 19:
        return new ReportIn(cid, id, actor, at, DEPTS.get(rnd.nextInt(5)));
      default:
        return new Tick(cid, id, actor, at);
    }
  }

  private static PersonId actor(Random rnd, CaseState s) {
    int k = rnd.nextInt(10);
    if (k < 4 && s.holder().isPresent()) {
      return actorFor(s.holder().get());
    }
    if (k < 7 && s.dispatcher().isPresent()) {
      return rnd.nextBoolean() ? actorFor(s.dispatcher().get()) : CD_CITY2;
    }
    if (k < 8 && s.details().flatMap(CaseDetails::reporter).isPresent()) {
      return s.details().get().reporter().get();
    }
    return EVERYONE.get(rnd.nextInt(EVERYONE.size()));
  }
}
