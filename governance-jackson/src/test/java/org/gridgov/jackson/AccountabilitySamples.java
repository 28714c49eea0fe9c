package org.gridgov.jackson;

import static java.util.Map.entry;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.gridgov.core.accountability.CaseRef;
import org.gridgov.core.accountability.DateSpan;
import org.gridgov.core.accountability.compliance.ActivityRecord;
import org.gridgov.core.accountability.compliance.Actor;
import org.gridgov.core.accountability.compliance.ComplianceReport;
import org.gridgov.core.accountability.compliance.DutyVerdict;
import org.gridgov.core.accountability.patrol.Attendance;
import org.gridgov.core.accountability.patrol.AttendanceRecord;
import org.gridgov.core.accountability.patrol.CheckIn;
import org.gridgov.core.accountability.patrol.CheckStatus;
import org.gridgov.core.accountability.patrol.DailyPatrolCompliance;
import org.gridgov.core.accountability.patrol.Finding;
import org.gridgov.core.accountability.patrol.FlagKind;
import org.gridgov.core.accountability.patrol.GeoPoint;
import org.gridgov.core.accountability.patrol.GridArea;
import org.gridgov.core.accountability.patrol.Patrol;
import org.gridgov.core.accountability.patrol.PatrolCheck;
import org.gridgov.core.accountability.patrol.PatrolComplianceEvaluator;
import org.gridgov.core.accountability.patrol.PatrolId;
import org.gridgov.core.accountability.patrol.PlausibilityRules;
import org.gridgov.core.accountability.patrol.Shortfall;
import org.gridgov.core.accountability.patrol.TrackAssessment;
import org.gridgov.core.accountability.patrol.TrackFlag;
import org.gridgov.core.accountability.patrol.TrackPoint;
import org.gridgov.core.accountability.points.EarningRule;
import org.gridgov.core.accountability.points.EntryId;
import org.gridgov.core.accountability.points.EntryKind;
import org.gridgov.core.accountability.points.PeriodSummary;
import org.gridgov.core.accountability.points.PointsEntry;
import org.gridgov.core.accountability.points.PointsLedger;
import org.gridgov.core.accountability.points.PointsScheme;
import org.gridgov.core.accountability.points.Posting;
import org.gridgov.core.accountability.points.Reward;
import org.gridgov.core.accountability.scorecard.CaseOutcome;
import org.gridgov.core.accountability.scorecard.DayRecord;
import org.gridgov.core.accountability.scorecard.DispatchRecord;
import org.gridgov.core.accountability.scorecard.Evaluation;
import org.gridgov.core.accountability.scorecard.EvaluationSheet;
import org.gridgov.core.accountability.scorecard.Grade;
import org.gridgov.core.accountability.scorecard.HandlingRecord;
import org.gridgov.core.accountability.scorecard.Indicator;
import org.gridgov.core.accountability.scorecard.IndicatorScore;
import org.gridgov.core.accountability.scorecard.Measure;
import org.gridgov.core.accountability.scorecard.Rater;
import org.gridgov.core.accountability.scorecard.ReopenCandidate;
import org.gridgov.core.accountability.scorecard.ReporterKind;
import org.gridgov.core.accountability.scorecard.Scoreboard;
import org.gridgov.core.accountability.scorecard.Scorecard;
import org.gridgov.core.accountability.scorecard.ScoringScheme;
import org.gridgov.core.accountability.scorecard.StepRecord;
import org.gridgov.core.accountability.scorecard.Subject;
import org.gridgov.core.accountability.scorecard.SubjectKind;
import org.gridgov.core.accountability.scorecard.WeightedIndicator;
import org.gridgov.core.category.CategoryCatalogue;
import org.gridgov.core.category.CategoryCode;
import org.gridgov.core.duty.Activity;
import org.gridgov.core.duty.Duty;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.org.CommunityId;
import org.gridgov.core.org.DepartmentId;
import org.gridgov.core.org.GridId;
import org.gridgov.core.org.PartyBody;
import org.gridgov.core.org.SinkingUnitId;
import org.gridgov.core.people.PersonId;
import org.gridgov.jackson.open311.Open311;
import org.gridgov.jackson.open311.StatusNotification;

/**
 * Fixed examples of accountability in 舍宅社区 on 2 May 2022: grid worker 王小明's check-in and two
 * patrols (one too short), a case he found on patrol, the day's record, the month's scorecards, duty
 * verdicts, a building chief's points, and the media app's status notifications of the sample case.
 */
final class AccountabilitySamples {
  private AccountabilitySamples() {}

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final GridId GRID_1 = CaseSamples.GRID_1;
  static final CommunityId SHEZHAI = CaseSamples.SHEZHAI;
  static final PersonId WANG = CaseSamples.WANG;
  static final PersonId LI = CaseSamples.LI;
  static final PersonId ZHAO = PersonId.of("r-zhao");
  static final DepartmentId SANITATION = CaseSamples.SANITATION;
  static final LocalDate DAY = LocalDate.of(2022, 5, 2);
  static final DateSpan MAY = DateSpan.month(YearMonth.of(2022, 5));
  static final CaseRef FOUND = CaseRef.of("c-20220502-0003");
  static final GeoPoint ORIGIN = GeoPoint.of(41.8031, 120.7789);
  static final GeoPoint RUBBISH = GeoPoint.of(41.8035, 120.7792);

  /** A walk east from the origin: one point every 10 minutes, 300 m apart, rounded to 6 decimals. */
  static ImmutableList<TrackPoint> walk(Instant start, int points) {
    ImmutableList.Builder<TrackPoint> out = ImmutableList.builder();
    for (int i = 0; i < points; i++) {
      GeoPoint p = ORIGIN.offset(0, 300.0 * i);
      out.add(TrackPoint.of(start.plus(Duration.ofMinutes(10L * i)), round(p.latitude()), round(p.longitude())));
    }
    return out.build();
  }

  private static double round(double degrees) {
    return Math.round(degrees * 1e6) / 1e6;
  }

  static final Instant START = Instant.parse("2022-05-02T00:10:00Z");
  static final Finding FINDING = new Finding("1号楼前堆放生活垃圾", Optional.of(RUBBISH), Optional.of(FOUND));
  static final Patrol MORNING = new Patrol(PatrolId.of("pt-20220502-1"), WANG, GRID_1, START,
      START.plus(Duration.ofMinutes(90)), walk(START, 10), ImmutableList.of(FINDING));
  static final Instant AFTERNOON_START = Instant.parse("2022-05-02T06:00:00Z");
  static final Patrol AFTERNOON = Patrol.of(PatrolId.of("pt-20220502-2"), WANG, GRID_1, AFTERNOON_START,
      AFTERNOON_START.plus(Duration.ofMinutes(50)), walk(AFTERNOON_START, 6));

  static final DailyPatrolCompliance DAILY = PatrolComplianceEvaluator.standard(ZONE)
      .evaluateDay(WANG, DAY, List.of(MORNING, AFTERNOON), Map.of());

  static final CheckIn CHECK_IN = new CheckIn(WANG, Instant.parse("2022-05-02T00:05:00Z"), Optional.of(ORIGIN));

  static final GridArea.Circle CIRCLE = new GridArea.Circle(ORIGIN, 800);
  static final GridArea.Polygon POLYGON = new GridArea.Polygon(ImmutableList.of(GeoPoint.of(41.801, 120.776),
      GeoPoint.of(41.801, 120.783), GeoPoint.of(41.806, 120.783), GeoPoint.of(41.806, 120.776)));

  // ------------------------------------------------------------------ scorecards

  static final Subject CENTER = new Subject.Center(SHEZHAI);
  static final Subject DEPARTMENT = new Subject.Department(SANITATION);
  static final Subject WORKER = new Subject.GridWorker(WANG);
  static final Evaluation SATISFIED = Evaluation.residentSatisfaction(new Rater.Resident(ZHAO), DEPARTMENT,
      Satisfaction.SATISFIED);
  static final Evaluation BOTTOM_UP = Evaluation.bottomUp(DEPARTMENT, CENTER, Satisfaction.BASICALLY_SATISFIED);
  static final Instant REPORTED = Instant.parse("2022-05-02T00:40:00Z");
  static final StepRecord VERIFICATION = StepRecord.done(WORKER, Instant.parse("2022-05-03T09:00:00Z"),
      Instant.parse("2022-05-03T02:00:00Z"));
  static final DispatchRecord DISPATCH = new DispatchRecord(CENTER, Instant.parse("2022-05-02T01:00:00Z"), 0);
  static final HandlingRecord HANDLING = new HandlingRecord(DEPARTMENT, Instant.parse("2022-05-02T09:00:00Z"),
      Optional.of(Instant.parse("2022-05-02T06:30:00Z")), 0);
  static final StepRecord CLOSURE = StepRecord.done(CENTER, Instant.parse("2022-05-03T09:00:00Z"),
      Instant.parse("2022-05-03T02:10:00Z"));
  static final CaseOutcome OUTCOME = CaseOutcome.builder(FOUND, CategoryCode.of("0102"), GRID_1, REPORTED)
      .reporter(ReporterKind.GRID_WORKER, WANG).valid(true).verification(VERIFICATION).dispatch(DISPATCH)
      .handling(HANDLING).closure(CLOSURE).evaluation(SATISFIED).evaluation(BOTTOM_UP).build();
  static final DayRecord DAY_RECORD = DayRecord.of(DAY, List.of(OUTCOME), ImmutableMap.of(WANG, GRID_1),
      List.of(DAILY), List.of(CHECK_IN), ZONE);
  static final Scoreboard BOARD = Scoreboard.of(List.of(DAY_RECORD));
  static final Scorecard WORKER_CARD = BOARD.scorecard(WORKER, MAY, ScoringScheme.standard());
  static final Scorecard DEPARTMENT_CARD = BOARD.scorecard(DEPARTMENT, MAY, ScoringScheme.standard());
  static final Scorecard NO_DATA = BOARD.scorecard(new Subject.Department(DepartmentId.of("water")), MAY,
      ScoringScheme.standard());

  // ------------------------------------------------------------------ duty compliance

  static final Duty CHECK_IN_DUTY = Duty.standard().stream().filter(d -> d.id().equals("grid-worker-check-in"))
      .findFirst().orElseThrow();
  static final ActivityRecord PATROLLED = new ActivityRecord(Actor.person(WANG), Activity.PATROL, START,
      Optional.of(Duration.ofMinutes(90)), OptionalInt.of(2700), Optional.of(GRID_1));
  static final ActivityRecord SINKING_DAY = ActivityRecord.of(new Actor.SinkingUnit(SinkingUnitId.of("su-power")),
      Activity.SINKING_DAY, Instant.parse("2022-05-06T01:00:00Z"));
  static final DutyVerdict CHECKED_IN = new DutyVerdict(CHECK_IN_DUTY, Actor.person(WANG), DateSpan.day(DAY), 1, 0, 0);
  static final DutyVerdict NOT_CHECKED_IN = new DutyVerdict(CHECK_IN_DUTY, Actor.person(WANG),
      DateSpan.day(DAY.plusDays(1)), 0, 0, 1);

  // ------------------------------------------------------------------ points

  static final PersonId CHIEF = PersonId.of("p-sun");
  static final PointsLedger LEDGER = PointsLedger.create(PointsScheme.example(), List.of(CHIEF));
  static final Posting.Recorded EARNED = (Posting.Recorded) LEDGER.earn(EntryId.of("pe-1"), CHIEF, "assist-patrol",
      5, Instant.parse("2022-05-02T02:00:00Z"));
  static final Posting.AlreadyRecorded AGAIN = (Posting.AlreadyRecorded) LEDGER.earn(EntryId.of("pe-1"), CHIEF,
      "assist-patrol", 5, Instant.parse("2022-05-02T02:00:00Z"));
  static final Posting.Rejected TOO_FEW = (Posting.Rejected) LEDGER.redeem(EntryId.of("pe-2"), CHIEF, "rice-5kg", 1,
      Instant.parse("2022-05-03T02:00:00Z"));
  static final Posting.Recorded REDEEMED = (Posting.Recorded) LEDGER.redeem(EntryId.of("pe-3"), CHIEF, "soap", 1,
      Instant.parse("2022-05-04T02:00:00Z"));

  // ------------------------------------------------------------------ status notifications

  // Methods, not constants: Samples' initialisation calls examples(), and a constant built from
  // Samples.organisation() here would close an initialisation cycle.
  static Open311.Context context() {
    return Open311.Context.of(CategoryCatalogue.standard(), Samples.organisation(), CaseSamples.CALENDAR);
  }

  /** The notification of the fifth event: assigned to 环卫处. */
  static StatusNotification assigned() {
    return StatusNotification.of(CaseSamples.HISTORY.subList(0, 5), context()).orElseThrow();
  }

  /** The notification of the last event: closed, the app offers the rating. */
  static StatusNotification closed() {
    return StatusNotification.of(CaseSamples.HISTORY, context()).orElseThrow();
  }

  static Map<Class<?>, List<?>> examples() {
    PatrolCheck morning = DAILY.checks().get(0);
    PatrolCheck afternoon = DAILY.checks().get(1);
    return Map.ofEntries(
        entry(CaseRef.class, List.of(FOUND)),
        entry(org.gridgov.core.accountability.scorecard.Tally.class, List.of(
            org.gridgov.core.accountability.scorecard.Tally.of(Map.of(
                org.gridgov.core.accountability.scorecard.Measure.REPORTS, 12L,
                org.gridgov.core.accountability.scorecard.Measure.VALID_REPORTS, 11L,
                org.gridgov.core.accountability.scorecard.Measure.PATROL_DAYS, 22L,
                org.gridgov.core.accountability.scorecard.Measure.PATROL_DAYS_MET, 21L)),
            org.gridgov.core.accountability.scorecard.Tally.zero())),
        entry(DateSpan.class, List.of(MAY)),
        entry(PatrolId.class, List.of(MORNING.id())),
        entry(CheckStatus.class, values(CheckStatus.values())),
        entry(FlagKind.class, values(FlagKind.values())),
        entry(Shortfall.class, values(Shortfall.values())),
        entry(GeoPoint.class, List.of(ORIGIN)),
        entry(TrackPoint.class, List.of(MORNING.track().get(0))),
        entry(Finding.class, List.of(FINDING, new Finding("路灯不亮", Optional.empty(), Optional.empty()))),
        entry(CheckIn.class, List.of(CHECK_IN)),
        entry(Patrol.class, List.of(MORNING)),
        entry(GridArea.class, List.of(CIRCLE, POLYGON)),
        entry(GridArea.Circle.class, List.of(CIRCLE)),
        entry(GridArea.Polygon.class, List.of(POLYGON)),
        entry(PlausibilityRules.class, List.of(PlausibilityRules.standard())),
        entry(TrackFlag.class, List.of(new TrackFlag(FlagKind.JUMP, "points 3→4: a step of 812 m exceeds 500 m"))),
        entry(TrackAssessment.class, List.of(morning.assessment())),
        entry(PatrolCheck.class, List.of(morning, afternoon)),
        entry(DailyPatrolCompliance.class, List.of(DAILY)),
        entry(AttendanceRecord.class, List.of(Attendance.compute(List.of(CHECK_IN),
            Map.of(DAY, List.of(WANG), DAY.plusDays(1), List.of(WANG)), ZONE).get(0))),
        entry(SubjectKind.class, values(SubjectKind.values())),
        entry(ReporterKind.class, values(ReporterKind.values())),
        entry(Grade.class, values(Grade.values())),
        entry(Measure.class, values(Measure.values())),
        entry(Subject.class, List.of(WORKER, CENTER, DEPARTMENT, new Subject.Area(SHEZHAI))),
        entry(Subject.GridWorker.class, List.of(WORKER)),
        entry(Subject.Center.class, List.of(CENTER)),
        entry(Subject.Department.class, List.of(DEPARTMENT)),
        entry(Subject.Area.class, List.of(new Subject.Area(SHEZHAI))),
        entry(Rater.class, List.of(new Rater.Resident(ZHAO), new Rater.Unit(DEPARTMENT))),
        entry(Rater.Resident.class, List.of(new Rater.Resident(ZHAO))),
        entry(Rater.Unit.class, List.of(new Rater.Unit(DEPARTMENT))),
        entry(Evaluation.class, List.of(SATISFIED, BOTTOM_UP)),
        entry(EvaluationSheet.class, List.of(OUTCOME.evaluations())),
        entry(ReopenCandidate.class, List.of(new ReopenCandidate(FOUND, new Rater.Resident(ZHAO), DEPARTMENT))),
        entry(StepRecord.class, List.of(VERIFICATION, new StepRecord(CENTER, REPORTED, Optional.empty()))),
        entry(DispatchRecord.class, List.of(DISPATCH)),
        entry(HandlingRecord.class, List.of(HANDLING)),
        entry(CaseOutcome.class, List.of(OUTCOME)),
        entry(DayRecord.class, List.of(DAY_RECORD)),
        entry(Indicator.class, List.of(Indicator.ON_TIME_VERIFICATION_RATE, Indicator.REWORK_RATE)),
        entry(WeightedIndicator.class, List.of(new WeightedIndicator(Indicator.PATROL_COMPLIANCE, 25))),
        entry(ScoringScheme.class, List.of(ScoringScheme.standard())),
        entry(IndicatorScore.class, List.of(WORKER_CARD.lines().get(0), WORKER_CARD.lines().get(2))),
        entry(Scorecard.class, List.of(WORKER_CARD, DEPARTMENT_CARD, NO_DATA)),
        entry(Actor.class, List.of(Actor.person(WANG), new Actor.SinkingUnit(SinkingUnitId.of("su-power")),
            new Actor.Body(PartyBody.of(SHEZHAI)))),
        entry(Actor.Person.class, List.of(new Actor.Person(WANG))),
        entry(Actor.SinkingUnit.class, List.of(new Actor.SinkingUnit(SinkingUnitId.of("su-power")))),
        entry(Actor.Body.class, List.of(new Actor.Body(PartyBody.of(SHEZHAI)))),
        entry(ActivityRecord.class, List.of(PATROLLED, SINKING_DAY)),
        entry(DutyVerdict.class, List.of(CHECKED_IN, NOT_CHECKED_IN)),
        entry(ComplianceReport.class, List.of(new ComplianceReport(DateSpan.of(DAY, DAY.plusDays(1)),
            ImmutableList.of(CHECKED_IN, NOT_CHECKED_IN)))),
        entry(EntryId.class, List.of(EntryId.of("pe-1"))),
        entry(EntryKind.class, values(EntryKind.values())),
        entry(Posting.Reason.class, values(Posting.Reason.values())),
        entry(EarningRule.class, List.of(PointsScheme.example().rule("assist-patrol").orElseThrow())),
        entry(Reward.class, List.of(PointsScheme.example().reward("soap").orElseThrow())),
        entry(PointsScheme.class, List.of(PointsScheme.example())),
        entry(PointsEntry.class, List.of(EARNED.entry(), REDEEMED.entry())),
        entry(PeriodSummary.class, List.of(LEDGER.summary(CHIEF, MAY, ZONE))),
        entry(Posting.class, List.of(EARNED, AGAIN, TOO_FEW)),
        entry(Posting.Recorded.class, List.of(REDEEMED)),
        entry(Posting.AlreadyRecorded.class, List.of(AGAIN)),
        entry(Posting.Rejected.class, List.of(TOO_FEW)),
        entry(StatusNotification.class, List.of(assigned(), closed())));
  }

  private static List<?> values(Object[] constants) {
    return Arrays.asList(constants);
  }
}
