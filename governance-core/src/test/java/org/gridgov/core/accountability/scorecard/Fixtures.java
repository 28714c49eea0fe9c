package org.gridgov.core.accountability.scorecard;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.gridgov.core.accountability.CaseRef;
import org.gridgov.core.category.CategoryCode;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.org.CityId;
import org.gridgov.core.org.CommunityId;
import org.gridgov.core.org.DepartmentId;
import org.gridgov.core.org.GridId;
import org.gridgov.core.people.PersonId;

/** Deterministic synthetic scoring inputs for tests. */
final class Fixtures {
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final CityId CITY = CityId.parse("211381");
  static final CommunityId COMMUNITY = CITY.subdistrict(1).community(1);
  static final GridId GRID_1 = COMMUNITY.grid(1);
  static final GridId GRID_2 = CITY.subdistrict(2).community(3).grid(2);
  static final PersonId WORKER_1 = PersonId.of("w1");
  static final PersonId WORKER_2 = PersonId.of("w2");
  static final Subject.Department SANITATION = new Subject.Department(DepartmentId.of("sanitation"));
  static final Subject.Center COMMUNITY_CENTER = new Subject.Center(COMMUNITY);

  private Fixtures() {}

  static Instant noon(LocalDate date) {
    return date.atTime(12, 0).atZone(SHANGHAI).toInstant();
  }

  /** A random day: a few cases with random facts, two rostered workers. */
  static DayRecord day(LocalDate date, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<CaseOutcome> cases = new ArrayList<>();
    int n = r.nextInt(4);
    for (int i = 0; i < n; i++) {
      cases.add(randomCase(CaseRef.of("c-" + date + "-" + i), date, r));
    }
    ImmutableMap<PersonId, GridId> roster = ImmutableMap.of(WORKER_1, GRID_1, WORKER_2, GRID_2);
    ImmutableSet.Builder<PersonId> met = ImmutableSet.builder();
    ImmutableSet.Builder<PersonId> in = ImmutableSet.builder();
    for (PersonId p : roster.keySet()) {
      if (r.nextInt(4) > 0) {
        met.add(p);
      }
      if (r.nextInt(5) > 0) {
        in.add(p);
      }
    }
    return new DayRecord(date, ImmutableList.copyOf(cases), roster, met.build(), in.build());
  }

  static CaseOutcome randomCase(CaseRef ref, LocalDate date, SplittableRandom r) {
    boolean first = r.nextBoolean();
    GridId grid = first ? GRID_1 : GRID_2;
    PersonId worker = first ? WORKER_1 : WORKER_2;
    Instant reported = noon(date);
    Instant due = reported.plus(Duration.ofHours(48));
    Subject.Center center = new Subject.Center(grid.community());
    CaseOutcome.Builder b = CaseOutcome.builder(ref, CategoryCode.of("0102"), grid, reported)
        .reporter(ReporterKind.GRID_WORKER, worker).valid(r.nextInt(10) > 0)
        .verification(new StepRecord(new Subject.GridWorker(worker), reported.plus(Duration.ofHours(2)),
            Optional.of(reported.plus(Duration.ofMinutes(30 + r.nextInt(180))))))
        .dispatch(new DispatchRecord(center, reported.plusSeconds(600), r.nextInt(6) == 0 ? 1 : 0))
        .handling(new HandlingRecord(SANITATION, due, r.nextInt(8) == 0 ? Optional.empty()
            : Optional.of(reported.plus(Duration.ofHours(1 + r.nextInt(60)))), r.nextInt(7) == 0 ? 1 : 0));
    if (r.nextInt(8) > 0) {
      b.closure(StepRecord.done(center, due, reported.plus(Duration.ofHours(2 + r.nextInt(60)))));
      b.evaluation(Evaluation.residentSatisfaction(new Rater.Resident(PersonId.of("resident-" + r.nextInt(100))),
          SANITATION, Satisfaction.values()[r.nextInt(3)]));
      b.evaluation(Evaluation.bottomUp(center, SANITATION, Satisfaction.values()[r.nextInt(3)]));
    } else {
      b.closure(new StepRecord(center, due, Optional.empty()));
    }
    return b.build();
  }
}
