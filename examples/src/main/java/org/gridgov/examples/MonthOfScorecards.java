package org.gridgov.examples;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.gridgov.core.accountability.patrol.CheckIn;
import org.gridgov.core.accountability.patrol.DailyPatrolCompliance;
import org.gridgov.core.accountability.patrol.GeoPoint;
import org.gridgov.core.accountability.patrol.Patrol;
import org.gridgov.core.accountability.patrol.PatrolComplianceEvaluator;
import org.gridgov.core.accountability.patrol.PatrolId;
import org.gridgov.core.accountability.patrol.TrackPoint;
import org.gridgov.core.accountability.scorecard.CaseOutcome;
import org.gridgov.core.accountability.scorecard.CaseOutcomes;
import org.gridgov.core.accountability.scorecard.DayRecord;
import org.gridgov.core.accountability.scorecard.Grade;
import org.gridgov.core.accountability.scorecard.Scoreboard;
import org.gridgov.core.accountability.scorecard.Scorecard;
import org.gridgov.core.accountability.scorecard.Scorecards;
import org.gridgov.core.accountability.scorecard.ScoringScheme;
import org.gridgov.core.accountability.scorecard.Subject;
import org.gridgov.core.calendar.BusinessCalendar;
import org.gridgov.core.cases.CaseCommand;
import org.gridgov.core.cases.CaseDetails;
import org.gridgov.core.cases.CaseEvent;
import org.gridgov.core.cases.CaseId;
import org.gridgov.core.cases.CaseLoop;
import org.gridgov.core.cases.CaseState;
import org.gridgov.core.cases.CommandId;
import org.gridgov.core.cases.DeadlineTable;
import org.gridgov.core.cases.Decision;
import org.gridgov.core.cases.DecisionContext;
import org.gridgov.core.cases.Holder;
import org.gridgov.core.cases.Source;
import org.gridgov.core.cases.Urgency;
import org.gridgov.core.category.CategoryCode;
import org.gridgov.core.evaluation.EvaluationDimension;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.org.Community;
import org.gridgov.core.org.GridId;
import org.gridgov.core.org.Organisation;
import org.gridgov.core.org.Role;
import org.gridgov.core.people.PersonId;

/**
 * A month of accountability for Beipiao (June 2026): every grid worker patrols and checks in, a dozen
 * cases a day run through the real case loop, and the platform's automatic scorecards are computed for
 * every community and grid worker. The activity is synthetic, drawn from a fixed seed, so the output is
 * the same on every run.
 */
final class MonthOfScorecards {
  private static final YearMonth MONTH = YearMonth.of(2026, 6);
  private static final String[] CATEGORIES = {"0102", "0104", "0503", "0504", "0601", "0702", "0801", "0407"};

  private final Organisation org;
  private final PrintStream out;
  private final BusinessCalendar calendar = BusinessCalendar.chinaMainland();
  private final ZoneId zone = calendar.zone();
  private final DecisionContext context;
  private final SplittableRandom random = new SplittableRandom(20260601L);
  private final ImmutableMap<PersonId, GridId> roster;
  private final PatrolComplianceEvaluator patrols;

  MonthOfScorecards(Organisation org, PrintStream out) {
    this.org = org;
    this.out = out;
    this.context = new DecisionContext(org, calendar, DeadlineTable.standard(), Duration.ofDays(7));
    this.roster = Scorecards.gridWorkerRoster(org);
    this.patrols = PatrolComplianceEvaluator.standard(zone);
  }

  /** Simulates the month, prints community and grid-worker scorecards, and returns all scorecards. */
  ImmutableList<Scorecard> run() {
    Scoreboard board = Scoreboard.empty();
    int cases = 0;
    int patrolsMet = 0;
    for (LocalDate day = MONTH.atDay(1); !day.isAfter(MONTH.atEndOfMonth()); day = day.plusDays(1)) {
      List<CaseOutcome> outcomes = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        outcomes.add(oneCase(day, i));
      }
      cases += outcomes.size();
      List<Patrol> dayPatrols = new ArrayList<>();
      List<CheckIn> checkIns = new ArrayList<>();
      for (Map.Entry<PersonId, GridId> e : roster.entrySet()) {
        patrolDay(e.getKey(), e.getValue(), day, dayPatrols, checkIns);
      }
      ImmutableList<DailyPatrolCompliance> compliance = patrols.evaluateAll(dayPatrols,
          ImmutableMap.of(day, roster.keySet()), ImmutableMap.of());
      patrolsMet += (int) compliance.stream().filter(DailyPatrolCompliance::met).count();
      board = board.withDay(DayRecord.of(day, outcomes, roster, compliance, checkIns, zone));
    }
    ImmutableList<Scorecard> cards = Scorecards.forMonth(org, board, MONTH, ScoringScheme.standard());
    out.printf(Locale.ROOT, "  %s: %d cases through the case loop, %d worker-days, patrol duty met on %d%n",
        MONTH, cases, roster.size() * MONTH.lengthOfMonth(), patrolsMet);
    out.println("  communities (area score / center score):");
    Map<Subject, Scorecard> bySubject = new java.util.HashMap<>();
    cards.forEach(c -> bySubject.put(c.subject(), c));
    for (Community c : org.communities()) {
      Scorecard area = bySubject.get(new Subject.Area(c.id()));
      Scorecard center = bySubject.get(new Subject.Center(c.id()));
      out.printf(Locale.ROOT, "    %-10s area %s   center %s%n", c.name(), show(area), show(center));
    }
    List<Scorecard> workers = cards.stream().filter(c -> c.subject() instanceof Subject.GridWorker)
        .filter(c -> c.score().isPresent()).sorted((a, b) -> Double.compare(b.score().getAsDouble(),
            a.score().getAsDouble())).toList();
    Map<Grade, Integer> grades = new EnumMap<>(Grade.class);
    workers.forEach(w -> grades.merge(w.grade().orElseThrow(), 1, Integer::sum));
    out.printf(Locale.ROOT, "  grid workers graded: %s%n", grades);
    Scorecard lowest = workers.get(workers.size() - 1);
    PersonId person = ((Subject.GridWorker) lowest.subject()).person();
    out.printf(Locale.ROOT, "  lowest grid worker %s of %s, explained:%n", person,
        org.nameOf(roster.get(person)));
    lowest.explanation().forEach(line -> out.println("    " + line));
    return cards;
  }

  private static String show(Scorecard card) {
    return card.score().isPresent()
        ? String.format(Locale.ROOT, "%5.1f %s", card.score().getAsDouble(), card.grade().orElseThrow())
        : "  n/a  ";
  }

  /** One grid worker's day: two patrols (sometimes one short), a check-in (sometimes missed). */
  private void patrolDay(PersonId worker, GridId grid, LocalDate day, List<Patrol> out, List<CheckIn> checkIns) {
    if (random.nextInt(20) > 0) {
      checkIns.add(CheckIn.of(worker, day.atTime(7, 50).atZone(zone).toInstant()));
    }
    GeoPoint centre = GeoPoint.of(41.70 + grid.community().subdistrict().number() * 0.05
        + grid.community().number() * 0.005, 120.70 + grid.number() * 0.005)
        .offset(random.nextInt(60), random.nextInt(60));
    int firstMinutes = random.nextInt(12) == 0 ? 50 : 65;
    out.add(patrol(worker, grid, day, 9, firstMinutes, centre, "a"));
    out.add(patrol(worker, grid, day, 15, 70, centre.offset(100, 0), "b"));
  }

  private Patrol patrol(PersonId worker, GridId grid, LocalDate day, int hour, int minutes, GeoPoint from,
      String suffix) {
    Instant start = day.atTime(hour, 0).atZone(zone).toInstant();
    ImmutableList.Builder<TrackPoint> track = ImmutableList.builder();
    for (int m = 0; m <= minutes; m++) {
      double along = m * 25.0;
      double side = 350 + (minutes * 7 + from.hashCode()) % 100;
      double leg = along % (4 * side);
      double north = leg < side ? leg : leg < 2 * side ? side : leg < 3 * side ? 3 * side - leg : 0;
      double east = leg < side ? 0 : leg < 2 * side ? leg - side : leg < 3 * side ? side : 4 * side - leg;
      track.add(new TrackPoint(start.plusSeconds(60L * m), from.offset(north, east)));
    }
    return Patrol.of(PatrolId.of(worker.value() + "-" + day + "-" + suffix), worker, grid, start,
        start.plusSeconds(60L * minutes), track.build());
  }

  /** One case reported by a grid worker on patrol, dispatched back to the grid by the community center. */
  private CaseOutcome oneCase(LocalDate day, int n) {
    GridId grid = org.grids().get(random.nextInt(org.grids().size())).id();
    PersonId worker = org.holders(Role.GRID_WORKER, grid).get(0);
    PersonId dispatcher = org.holders(Role.CENTER_DISPATCHER, grid.community()).get(0);
    CaseId id = CaseId.of("bp-" + day + "-" + n);
    Instant t = day.atTime(9 + random.nextInt(8), random.nextInt(60)).atZone(zone).toInstant();
    CaseState state = CaseState.initial(id);
    String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
    state = apply(state, new CaseCommand.Report(cid(id, 1), id, worker, t, CaseDetails.of(CategoryCode.of(category),
        Source.GRID_PATROL, grid, Urgency.NORMAL, "巡查发现", Optional.empty())));
    t = t.plus(Duration.ofMinutes(5 + random.nextInt(40)));
    state = apply(state, new CaseCommand.Accept(cid(id, 2), id, dispatcher, t));
    state = apply(state, new CaseCommand.Assign(cid(id, 3), id, dispatcher, t, Holder.grid(grid), ImmutableList.of()));
    t = t.plus(Duration.ofMinutes(10 + random.nextInt(50)));
    state = apply(state, new CaseCommand.Acknowledge(cid(id, 4), id, worker, t));
    int step = 5;
    boolean rework = random.nextInt(8) == 0;
    for (int attempt = 0; attempt <= (rework ? 1 : 0); attempt++) {
      t = t.plus(Duration.ofHours(random.nextInt(10) == 0 ? 24 * (6 + random.nextInt(5)) : 1 + random.nextInt(30)));
      state = apply(state, new CaseCommand.SubmitResult(cid(id, step++), id, worker, t, "已处置"));
      t = t.plus(Duration.ofMinutes(30 + random.nextInt(180)));
      state = apply(state, new CaseCommand.Verify(cid(id, step++), id, dispatcher, t, attempt == 1 || !rework,
          attempt == 0 && rework ? "未彻底解决" : "核查通过"));
    }
    state = apply(state, new CaseCommand.Evaluate(cid(id, step++), id, dispatcher, t, EvaluationDimension.RESULT,
        random.nextInt(6) == 0 ? Satisfaction.BASICALLY_SATISFIED : Satisfaction.SATISFIED));
    state = apply(state, new CaseCommand.Close(cid(id, step), id, dispatcher, t));
    return CaseOutcomes.fromHistory(state.events(), calendar);
  }

  private static CommandId cid(CaseId id, int n) {
    return CommandId.of(id.value() + "-" + n);
  }

  private CaseState apply(CaseState state, CaseCommand command) {
    Decision d = CaseLoop.decide(state, command, context);
    if (d instanceof Decision.Rejected r) {
      throw new IllegalStateException("the example sent a command the case loop refuses: " + r.reason() + " "
          + r.message());
    }
    for (CaseEvent e : d.newEvents()) {
      state = CaseLoop.evolve(state, e);
    }
    return state;
  }
}
