package org.gridgov.core.accountability.scorecard;

import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.Map;
import org.gridgov.core.org.GridId;
import org.gridgov.core.people.PersonId;

/** Turns a day's input into each subject's counts. */
final class Attribution {
  private final Map<Subject, Tally.Counter> counters = new HashMap<>();

  private Attribution() {}

  static ImmutableMap<Subject, Tally> of(DayRecord day) {
    Attribution a = new Attribution();
    day.cases().forEach(a::addCase);
    day.roster().forEach((person, grid) -> a.addRostered(person, grid, day));
    ImmutableMap.Builder<Subject, Tally> out = ImmutableMap.builderWithExpectedSize(a.counters.size());
    a.counters.forEach((s, c) -> out.put(s, c.toTally()));
    return out.build();
  }

  private Tally.Counter of(Subject s) {
    return counters.computeIfAbsent(s, k -> new Tally.Counter());
  }

  private void forAreas(GridId grid, java.util.function.Consumer<Tally.Counter> action) {
    action.accept(of(new Subject.Area(grid.community())));
    action.accept(of(new Subject.Area(grid.community().subdistrict())));
    action.accept(of(new Subject.Area(grid.community().subdistrict().city())));
  }

  private void addCase(CaseOutcome c) {
    boolean counted = c.valid() && !c.voided();
    forAreas(c.grid(), t -> {
      t.add(Measure.REPORTS);
      t.addIf(c.valid(), Measure.VALID_REPORTS);
    });
    if (c.reporterKind() == ReporterKind.GRID_WORKER && c.reporter().isPresent()) {
      Tally.Counter t = of(new Subject.GridWorker(c.reporter().get()));
      t.add(Measure.REPORTS);
      t.addIf(c.valid(), Measure.VALID_REPORTS);
    }
    c.verification().ifPresent(v -> {
      Tally.Counter t = of(v.by());
      t.add(Measure.VERIFICATIONS);
      t.addIf(v.onTime(), Measure.VERIFICATIONS_ON_TIME);
    });
    if (!counted) {
      return;
    }
    c.dispatch().ifPresent(d -> {
      Tally.Counter t = of(d.dispatcher());
      t.add(Measure.DISPATCHES);
      t.addIf(d.accurate(), Measure.ACCURATE_DISPATCHES);
    });
    for (HandlingRecord h : c.handling()) {
      Tally.Counter t = of(h.handler());
      t.add(Measure.HANDLINGS);
      t.addIf(h.onTime(), Measure.HANDLINGS_ON_TIME);
      t.addIf(h.reworkCount() > 0, Measure.HANDLINGS_REWORKED);
    }
    c.closure().ifPresent(cl -> {
      java.util.function.Consumer<Tally.Counter> closure = t -> {
        t.add(Measure.CASES);
        t.addIf(cl.done(), Measure.CASES_CLOSED);
        t.addIf(cl.onTime(), Measure.CASES_CLOSED_ON_TIME);
      };
      closure.accept(of(cl.by()));
      forAreas(c.grid(), closure);
    });
    for (Evaluation e : c.evaluations().evaluations()) {
      Tally.Counter t = of(e.ratee());
      e.ratings().forEach((dimension, rating) -> {
        switch (dimension) {
          case RESIDENT_SATISFACTION -> {
            t.add(Measure.SATISFACTION_RATINGS);
            t.addIf(rating.countsAsSatisfied(), Measure.SATISFIED_RATINGS);
            forAreas(c.grid(), a -> {
              a.add(Measure.SATISFACTION_RATINGS);
              a.addIf(rating.countsAsSatisfied(), Measure.SATISFIED_RATINGS);
            });
          }
          case EFFICIENCY, RESULT -> {
            t.add(Measure.WORK_RATINGS);
            t.addIf(rating.countsAsSatisfied(), Measure.GOOD_WORK_RATINGS);
          }
          case BOTTOM_UP -> {
            t.add(Measure.BOTTOM_UP_RATINGS);
            t.addIf(rating.countsAsSatisfied(), Measure.GOOD_BOTTOM_UP_RATINGS);
          }
        }
      });
    }
  }

  private void addRostered(PersonId person, GridId grid, DayRecord day) {
    boolean met = day.patrolMet().contains(person);
    boolean in = day.checkedIn().contains(person);
    java.util.function.Consumer<Tally.Counter> add = t -> {
      t.add(Measure.PATROL_DAYS);
      t.addIf(met, Measure.PATROL_DAYS_MET);
      t.add(Measure.ROSTER_DAYS);
      t.addIf(in, Measure.ATTENDED_DAYS);
    };
    add.accept(of(new Subject.GridWorker(person)));
    forAreas(grid, add);
  }
}
