package org.gridgov.benchmarks;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.gridgov.core.accountability.CaseRef;
import org.gridgov.core.accountability.DateSpan;
import org.gridgov.core.accountability.patrol.CheckIn;
import org.gridgov.core.accountability.patrol.DailyPatrolCompliance;
import org.gridgov.core.accountability.patrol.GeoPoint;
import org.gridgov.core.accountability.patrol.Patrol;
import org.gridgov.core.accountability.patrol.PatrolComplianceEvaluator;
import org.gridgov.core.accountability.patrol.PatrolId;
import org.gridgov.core.accountability.patrol.TrackPoint;
import org.gridgov.core.accountability.scorecard.CaseOutcome;
import org.gridgov.core.accountability.scorecard.DayRecord;
import org.gridgov.core.accountability.scorecard.DispatchRecord;
import org.gridgov.core.accountability.scorecard.Evaluation;
import org.gridgov.core.accountability.scorecard.HandlingRecord;
import org.gridgov.core.accountability.scorecard.Rater;
import org.gridgov.core.accountability.scorecard.ReporterKind;
import org.gridgov.core.accountability.scorecard.Scoreboard;
import org.gridgov.core.accountability.scorecard.Scorecard;
import org.gridgov.core.accountability.scorecard.Scorecards;
import org.gridgov.core.accountability.scorecard.ScoringScheme;
import org.gridgov.core.accountability.scorecard.StepRecord;
import org.gridgov.core.accountability.scorecard.Subject;
import org.gridgov.core.category.CategoryCode;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.org.CityId;
import org.gridgov.core.org.CommunityId;
import org.gridgov.core.org.Department;
import org.gridgov.core.org.GridId;
import org.gridgov.core.org.Organisation;
import org.gridgov.core.org.Role;
import org.gridgov.core.org.SubdistrictId;
import org.gridgov.core.people.Person;
import org.gridgov.core.people.PersonId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scorecards for all of Beipiao (296 grid workers in 296 grids, 37 communities in 5 subdistricts,
 * the 13 standard departments) over a simulated year: 2 patrols and a check-in per worker per day,
 * about 10 cases a day, all from a seeded {@link SplittableRandom}.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ScorecardBenchmark -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScorecardBenchmark {
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final int YEAR = 2022;
  static final int GRIDS = 296;
  static final int COMMUNITIES = 37;
  static final int SUBDISTRICTS = 5;

  Organisation organisation;
  ImmutableMap<PersonId, GridId> roster;
  List<DayRecord> days;
  List<Patrol> lastDayPatrols;
  Scoreboard yearBoard;
  Scoreboard boardWithoutLastDay;
  PatrolComplianceEvaluator evaluator;
  ScoringScheme scheme;

  /** Builds the organisation and a year of day records. */
  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(20220501L);
    CityId city = CityId.parse("211381");
    Organisation.Builder b = Organisation.builder(city, "北票市");
    List<CommunityId> communities = new ArrayList<>();
    for (int s = 1; s <= SUBDISTRICTS; s++) {
      b.subdistrict(city.subdistrict(s), "街道" + s);
    }
    for (int c = 0; c < COMMUNITIES; c++) {
      SubdistrictId sub = city.subdistrict(1 + c % SUBDISTRICTS);
      CommunityId id = sub.community(1 + c / SUBDISTRICTS);
      communities.add(id);
      b.community(id, "社区" + c);
    }
    for (int g = 0; g < GRIDS; g++) {
      CommunityId community = communities.get(g % COMMUNITIES);
      GridId grid = community.grid(1 + g / COMMUNITIES);
      b.grid(grid, "网格" + g, 300);
      PersonId worker = PersonId.of("w" + g);
      b.person(Person.of(worker.value(), "网格员" + g)).assign(worker, Role.GRID_WORKER, grid);
    }
    b.departments(Department.standard());
    organisation = b.build();
    roster = Scorecards.gridWorkerRoster(organisation);
    evaluator = PatrolComplianceEvaluator.standard(SHANGHAI);
    scheme = ScoringScheme.standard();

    days = new ArrayList<>();
    for (LocalDate d = LocalDate.of(YEAR, 1, 1); d.getYear() == YEAR; d = d.plusDays(1)) {
      List<Patrol> patrols = patrols(d, random);
      days.add(dayRecord(d, patrols, random));
      lastDayPatrols = patrols;
    }
    boardWithoutLastDay = Scoreboard.of(days.subList(0, days.size() - 1));
    yearBoard = boardWithoutLastDay.withDay(days.get(days.size() - 1));
  }

  private List<Patrol> patrols(LocalDate date, SplittableRandom random) {
    List<Patrol> out = new ArrayList<>(roster.size() * 2);
    int i = 0;
    for (Map.Entry<PersonId, GridId> e : roster.entrySet()) {
      GeoPoint home = GeoPoint.of(41.75 + (i % 20) * 0.01, 120.70 + (i / 20) * 0.01);
      for (int p = 0; p < 2; p++) {
        Instant start = date.atTime(p == 0 ? 8 : 14, random.nextInt(30)).atZone(SHANGHAI).toInstant();
        int minutes = 50 + random.nextInt(30);
        double pace = 15 + random.nextInt(15);
        double bearing = Math.toRadians(random.nextInt(360));
        ImmutableList.Builder<TrackPoint> track = ImmutableList.builder();
        for (int m = 0; m <= minutes; m += 5) {
          double jitter = random.nextDouble() * 3;
          track.add(new TrackPoint(start.plus(Duration.ofMinutes(m)),
              home.offset(Math.cos(bearing) * pace * m + jitter, Math.sin(bearing) * pace * m)));
        }
        out.add(Patrol.of(PatrolId.of(date + "-" + e.getKey() + "-" + p), e.getKey(), e.getValue(), start,
            start.plus(Duration.ofMinutes(minutes)), track.build()));
      }
      i++;
    }
    return out;
  }

  private DayRecord dayRecord(LocalDate date, List<Patrol> patrols, SplittableRandom random) {
    ImmutableList<DailyPatrolCompliance> compliance = evaluator.evaluateAll(patrols,
        ImmutableMap.of(date, roster.keySet()), Map.of());
    List<CheckIn> checkIns = new ArrayList<>();
    for (PersonId p : roster.keySet()) {
      if (random.nextInt(20) > 0) {
        checkIns.add(CheckIn.of(p, date.atTime(7, 50).atZone(SHANGHAI).toInstant()));
      }
    }
    List<CaseOutcome> cases = new ArrayList<>();
    List<PersonId> workers = roster.keySet().asList();
    List<Department> departments = organisation.departments();
    int n = 5 + random.nextInt(11);
    for (int c = 0; c < n; c++) {
      PersonId worker = workers.get(random.nextInt(workers.size()));
      GridId grid = roster.get(worker);
      Subject.Center center = new Subject.Center(grid.community());
      Subject.Department dept = new Subject.Department(departments.get(random.nextInt(departments.size())).id());
      Instant reported = date.atTime(9 + random.nextInt(8), random.nextInt(60)).atZone(SHANGHAI).toInstant();
      Instant due = reported.plus(Duration.ofHours(48));
      CaseOutcome.Builder cb = CaseOutcome.builder(CaseRef.of("c-" + date + "-" + c), CategoryCode.of("0102"), grid,
          reported).reporter(ReporterKind.GRID_WORKER, worker).valid(random.nextInt(20) > 0)
          .verification(StepRecord.done(new Subject.GridWorker(worker), reported.plus(Duration.ofHours(2)),
              reported.plus(Duration.ofMinutes(20 + random.nextInt(150)))))
          .dispatch(new DispatchRecord(center, reported.plusSeconds(900), random.nextInt(12) == 0 ? 1 : 0))
          .handling(new HandlingRecord(dept, due,
              Optional.of(reported.plus(Duration.ofHours(2 + random.nextInt(60)))), random.nextInt(10) == 0 ? 1 : 0))
          .closure(StepRecord.done(center, due.plus(Duration.ofHours(4)),
              reported.plus(Duration.ofHours(4 + random.nextInt(60)))))
          .evaluation(Evaluation.residentSatisfaction(new Rater.Resident(PersonId.of("r" + random.nextInt(100_000))),
              dept, Satisfaction.values()[random.nextInt(10) < 8 ? 0 : 1 + random.nextInt(2)]))
          .evaluation(Evaluation.bottomUp(center, dept, Satisfaction.values()[random.nextInt(3)]));
      cases.add(cb.build());
    }
    return DayRecord.of(date, cases, roster, compliance, checkIns, SHANGHAI);
  }

  /**
   * Builds the year's scoreboard from scratch from 365 day records.
   *
   * @return the scoreboard
   */
  @Benchmark
  public Scoreboard recomputeYear() {
    return Scoreboard.of(days);
  }

  /**
   * Adds the last day to a scoreboard holding the other 364 (the incremental path).
   *
   * @return the scoreboard
   */
  @Benchmark
  public Scoreboard addOneDay() {
    return boardWithoutLastDay.withDay(days.get(days.size() - 1));
  }

  /**
   * Computes every subject's scorecard for the year (from the running totals).
   *
   * @return the scorecards
   */
  @Benchmark
  public ImmutableList<Scorecard> yearScorecards() {
    return Scorecards.forOrganisation(organisation, yearBoard, DateSpan.year(YEAR), scheme);
  }

  /**
   * Computes every subject's scorecard for one month (summing that month's days).
   *
   * @return the scorecards
   */
  @Benchmark
  public ImmutableList<Scorecard> monthScorecards() {
    return Scorecards.forMonth(organisation, yearBoard, YearMonth.of(YEAR, 5), scheme);
  }

  /**
   * Evaluates one day's patrol compliance of all 296 workers (592 patrols with tracks).
   *
   * @return the results
   */
  @Benchmark
  public ImmutableList<DailyPatrolCompliance> patrolComplianceOneDay() {
    return evaluator.evaluateAll(lastDayPatrols, ImmutableMap.of(LocalDate.of(YEAR, 12, 31), roster.keySet()),
        Map.of());
  }
}
