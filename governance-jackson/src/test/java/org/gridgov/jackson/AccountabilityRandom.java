package org.gridgov.jackson;

import static org.gridgov.jackson.CaseRandom.instant;
import static org.gridgov.jackson.CaseRandom.maybe;
import static org.gridgov.jackson.RandomValues.gridId;
import static org.gridgov.jackson.RandomValues.list;
import static org.gridgov.jackson.RandomValues.pick;
import static org.gridgov.jackson.RandomValues.positiveDuration;
import static org.gridgov.jackson.RandomValues.set;
import static org.gridgov.jackson.RandomValues.text;
import static org.gridgov.jackson.RandomValues.token;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.gridgov.core.accountability.CaseRef;
import org.gridgov.core.accountability.DateSpan;
import org.gridgov.core.accountability.compliance.ActivityRecord;
import org.gridgov.core.accountability.compliance.Actor;
import org.gridgov.core.accountability.compliance.ComplianceReport;
import org.gridgov.core.accountability.compliance.DutyVerdict;
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
import org.gridgov.core.accountability.scorecard.Scorecard;
import org.gridgov.core.accountability.scorecard.ScoringScheme;
import org.gridgov.core.accountability.scorecard.StepRecord;
import org.gridgov.core.accountability.scorecard.Subject;
import org.gridgov.core.accountability.scorecard.SubjectKind;
import org.gridgov.core.accountability.scorecard.WeightedIndicator;
import org.gridgov.core.cases.CaseId;
import org.gridgov.core.duty.Activity;
import org.gridgov.core.evaluation.EvaluationDimension;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.org.DepartmentId;
import org.gridgov.core.org.GridId;
import org.gridgov.core.org.SinkingUnitId;
import org.gridgov.core.people.PersonId;
import org.gridgov.jackson.open311.Open311;
import org.gridgov.jackson.open311.StatusNotification;

/** Random valid accountability values and media-app notifications, drawn from a seeded {@link Random}. */
final class AccountabilityRandom {
  private AccountabilityRandom() {}

  static Map<Class<?>, Function<Random, ?>> byType() {
    Map<Class<?>, Function<Random, ?>> out = new LinkedHashMap<>();
    out.put(CaseRef.class, AccountabilityRandom::caseRef);
    out.put(org.gridgov.core.accountability.scorecard.Tally.class, r -> {
      Map<org.gridgov.core.accountability.scorecard.Measure, Long> counts = new java.util.EnumMap<>(
          org.gridgov.core.accountability.scorecard.Measure.class);
      for (org.gridgov.core.accountability.scorecard.Measure m : org.gridgov.core.accountability.scorecard.Measure.values()) {
        if (r.nextInt(3) == 0) {
          counts.put(m, r.nextInt(5) == 0 ? r.nextLong() : r.nextInt(1000));
        }
      }
      return org.gridgov.core.accountability.scorecard.Tally.of(counts);
    });
    out.put(DateSpan.class, AccountabilityRandom::span);
    out.put(PatrolId.class, r -> PatrolId.of(token(r)));
    out.put(CheckStatus.class, r -> pick(r, CheckStatus.values()));
    out.put(FlagKind.class, r -> pick(r, FlagKind.values()));
    out.put(Shortfall.class, r -> pick(r, Shortfall.values()));
    out.put(GeoPoint.class, AccountabilityRandom::point);
    out.put(TrackPoint.class, AccountabilityRandom::trackPoint);
    out.put(Finding.class, AccountabilityRandom::finding);
    out.put(CheckIn.class, r -> new CheckIn(person(r), instant(r), maybe(r, AccountabilityRandom::point)));
    out.put(Patrol.class, AccountabilityRandom::patrol);
    out.put(GridArea.class, r -> r.nextBoolean() ? circle(r) : polygon(r));
    out.put(GridArea.Circle.class, AccountabilityRandom::circle);
    out.put(GridArea.Polygon.class, AccountabilityRandom::polygon);
    out.put(PlausibilityRules.class, r -> new PlausibilityRules(positive(r), positive(r), positive(r), positive(r),
        r.nextBoolean() ? Duration.ZERO : positiveDuration(r), positiveDuration(r), positive(r)));
    out.put(TrackFlag.class, AccountabilityRandom::flag);
    out.put(TrackAssessment.class, AccountabilityRandom::assessment);
    out.put(PatrolCheck.class, AccountabilityRandom::patrolCheck);
    out.put(DailyPatrolCompliance.class, r -> new DailyPatrolCompliance(person(r), date(r), 1 + r.nextInt(5),
        list(r, 3, AccountabilityRandom::patrolCheck)));
    out.put(AttendanceRecord.class, r -> new AttendanceRecord(person(r),
        ImmutableSortedSet.copyOf(set(r, 0, 4, AccountabilityRandom::date)),
        ImmutableSortedSet.copyOf(set(r, 0, 4, AccountabilityRandom::date))));
    out.put(SubjectKind.class, r -> pick(r, SubjectKind.values()));
    out.put(ReporterKind.class, r -> pick(r, ReporterKind.values()));
    out.put(Grade.class, r -> pick(r, Grade.values()));
    out.put(Measure.class, r -> pick(r, Measure.values()));
    out.put(Subject.class, AccountabilityRandom::subject);
    out.put(Subject.GridWorker.class, r -> new Subject.GridWorker(person(r)));
    out.put(Subject.Center.class, r -> new Subject.Center(CaseRandom.center(r)));
    out.put(Subject.Department.class, r -> new Subject.Department(DepartmentId.of(token(r))));
    out.put(Subject.Area.class, r -> new Subject.Area(CaseRandom.center(r)));
    out.put(Rater.class, r -> r.nextBoolean() ? new Rater.Resident(person(r)) : new Rater.Unit(subject(r)));
    out.put(Rater.Resident.class, r -> new Rater.Resident(person(r)));
    out.put(Rater.Unit.class, r -> new Rater.Unit(subject(r)));
    out.put(Evaluation.class, AccountabilityRandom::evaluation);
    out.put(EvaluationSheet.class, r -> sheet(r, caseRef(r)));
    out.put(ReopenCandidate.class, r -> new ReopenCandidate(caseRef(r), new Rater.Resident(person(r)), subject(r)));
    out.put(StepRecord.class, AccountabilityRandom::step);
    out.put(DispatchRecord.class, r -> new DispatchRecord(subject(r), instant(r), r.nextInt(4)));
    out.put(HandlingRecord.class, AccountabilityRandom::handling);
    out.put(CaseOutcome.class, r -> outcome(r, caseRef(r)));
    out.put(DayRecord.class, AccountabilityRandom::dayRecord);
    out.put(Indicator.class, AccountabilityRandom::indicator);
    out.put(WeightedIndicator.class, AccountabilityRandom::weighted);
    out.put(ScoringScheme.class, AccountabilityRandom::scheme);
    out.put(IndicatorScore.class, AccountabilityRandom::line);
    out.put(Scorecard.class, r -> new Scorecard(subject(r), span(r), list(r, 6, AccountabilityRandom::line)));
    out.put(Actor.class, AccountabilityRandom::actor);
    out.put(Actor.Person.class, r -> new Actor.Person(person(r)));
    out.put(Actor.SinkingUnit.class, r -> new Actor.SinkingUnit(SinkingUnitId.of(token(r))));
    out.put(Actor.Body.class, r -> new Actor.Body(RandomValues.partyBody(r)));
    out.put(ActivityRecord.class, r -> new ActivityRecord(actor(r), pick(r, Activity.values()), instant(r),
        maybe(r, x -> positiveDuration(x)), RandomValues.optionalInt(r, 0, 100_000),
        maybe(r, RandomValues::place)));
    out.put(DutyVerdict.class, AccountabilityRandom::verdict);
    out.put(ComplianceReport.class, r -> new ComplianceReport(span(r), list(r, 4, AccountabilityRandom::verdict)));
    out.put(EntryId.class, r -> EntryId.of(token(r)));
    out.put(EntryKind.class, r -> pick(r, EntryKind.values()));
    out.put(Posting.Reason.class, r -> pick(r, Posting.Reason.values()));
    out.put(EarningRule.class, AccountabilityRandom::rule);
    out.put(Reward.class, AccountabilityRandom::reward);
    out.put(PointsScheme.class, r -> PointsScheme.of(unique(r, AccountabilityRandom::rule, EarningRule::id),
        unique(r, AccountabilityRandom::reward, Reward::id)));
    out.put(PointsEntry.class, AccountabilityRandom::entry);
    out.put(PeriodSummary.class, r -> new PeriodSummary(person(r), span(r), r.nextInt(10_000), r.nextInt(10_000),
        r.nextInt(10_000), r.nextInt(100)));
    out.put(Posting.class, r -> pick(r, List.<Function<Random, Posting>>of(AccountabilityRandom::recorded,
        x -> new Posting.AlreadyRecorded(entry(x)), AccountabilityRandom::rejected)).apply(r));
    out.put(Posting.Recorded.class, AccountabilityRandom::recorded);
    out.put(Posting.AlreadyRecorded.class, r -> new Posting.AlreadyRecorded(entry(r)));
    out.put(Posting.Rejected.class, AccountabilityRandom::rejected);
    out.put(StatusNotification.class, AccountabilityRandom::notification);
    return out;
  }

  static PersonId person(Random r) {
    return PersonId.of(token(r));
  }

  static CaseRef caseRef(Random r) {
    return CaseRef.of(token(r));
  }

  static LocalDate date(Random r) {
    return LocalDate.of(2020, 1, 1).plusDays(r.nextInt(3000));
  }

  static DateSpan span(Random r) {
    LocalDate first = date(r);
    return DateSpan.of(first, first.plusDays(r.nextInt(400)));
  }

  static double positive(Random r) {
    return r.nextInt(3) == 0 ? 1 + r.nextInt(1000) : 0.001 + r.nextDouble() * 1000;
  }

  static GeoPoint point(Random r) {
    return GeoPoint.of(r.nextDouble() * 180 - 90, r.nextDouble() * 360 - 180);
  }

  static TrackPoint trackPoint(Random r) {
    return new TrackPoint(instant(r), point(r));
  }

  static Finding finding(Random r) {
    return new Finding(text(r, 500), maybe(r, AccountabilityRandom::point), maybe(r, AccountabilityRandom::caseRef));
  }

  static Patrol patrol(Random r) {
    Instant start = instant(r);
    return new Patrol(PatrolId.of(token(r)), person(r), gridId(r), start, start.plus(positiveDuration(r)),
        list(r, 6, AccountabilityRandom::trackPoint), list(r, 2, AccountabilityRandom::finding));
  }

  static GridArea.Circle circle(Random r) {
    return new GridArea.Circle(point(r), positive(r));
  }

  static GridArea.Polygon polygon(Random r) {
    List<GeoPoint> vertices = new ArrayList<>();
    for (int i = 3 + r.nextInt(4); i > 0; i--) {
      vertices.add(point(r));
    }
    return new GridArea.Polygon(ImmutableList.copyOf(vertices));
  }

  static TrackFlag flag(Random r) {
    return new TrackFlag(pick(r, FlagKind.values()), text(r, 500));
  }

  static TrackAssessment assessment(Random r) {
    return new TrackAssessment(PatrolId.of(token(r)), r.nextDouble() * 20_000, list(r, 3, AccountabilityRandom::flag),
        pick(r, CheckStatus.values()));
  }

  static PatrolCheck patrolCheck(Random r) {
    Patrol p = patrol(r);
    return new PatrolCheck(p, p.duration(), assessment(r), positiveDuration(r), r.nextInt(5000),
        set(r, 0, 3, x -> pick(x, Shortfall.values())));
  }

  static Subject subject(Random r) {
    switch (r.nextInt(4)) {
      case 0:
        return new Subject.GridWorker(person(r));
      case 1:
        return new Subject.Center(CaseRandom.center(r));
      case 2:
        return new Subject.Department(DepartmentId.of(token(r)));
      default:
        return new Subject.Area(CaseRandom.center(r));
    }
  }

  static ImmutableMap<EvaluationDimension, Satisfaction> ratings(Random r, List<EvaluationDimension> allowed) {
    Map<EvaluationDimension, Satisfaction> m = new EnumMap<>(EvaluationDimension.class);
    m.put(pick(r, allowed), pick(r, Satisfaction.values()));
    for (EvaluationDimension d : allowed) {
      if (r.nextBoolean()) {
        m.put(d, pick(r, Satisfaction.values()));
      }
    }
    return ImmutableMap.copyOf(m);
  }

  static Evaluation evaluation(Random r) {
    return evaluation(r, r.nextBoolean() ? new Rater.Resident(person(r)) : new Rater.Unit(subject(r)));
  }

  static Evaluation evaluation(Random r, Rater rater) {
    Subject ratee = subject(r);
    while (rater.is(ratee)) {
      ratee = subject(r);
    }
    List<EvaluationDimension> allowed = rater instanceof Rater.Resident
        ? List.of(EvaluationDimension.RESIDENT_SATISFACTION, EvaluationDimension.EFFICIENCY, EvaluationDimension.RESULT)
        : List.of(EvaluationDimension.EFFICIENCY, EvaluationDimension.RESULT, EvaluationDimension.BOTTOM_UP);
    return new Evaluation(rater, ratee, ratings(r, allowed));
  }

  /** Up to three evaluations by distinct raters (residents and departments with distinct identifiers). */
  static EvaluationSheet sheet(Random r, CaseRef caseRef) {
    List<Evaluation> out = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (int i = r.nextInt(4); i > 0; i--) {
      String id = token(r);
      if (used.add(id)) {
        out.add(evaluation(r, r.nextBoolean() ? new Rater.Resident(PersonId.of(id))
            : new Rater.Unit(new Subject.Department(DepartmentId.of(id)))));
      }
    }
    return new EvaluationSheet(caseRef, ImmutableList.copyOf(out));
  }

  static StepRecord step(Random r) {
    return new StepRecord(subject(r), instant(r), maybe(r, CaseRandom::instant));
  }

  static HandlingRecord handling(Random r) {
    return new HandlingRecord(subject(r), instant(r), maybe(r, CaseRandom::instant), r.nextInt(4));
  }

  static CaseOutcome outcome(Random r, CaseRef caseRef) {
    return new CaseOutcome(caseRef, RandomValues.categoryCode(r), gridId(r), pick(r, ReporterKind.values()),
        maybe(r, AccountabilityRandom::person), instant(r), r.nextBoolean(), r.nextBoolean(),
        maybe(r, AccountabilityRandom::step), maybe(r, x -> new DispatchRecord(subject(x), instant(x), x.nextInt(3))),
        list(r, 3, AccountabilityRandom::handling), maybe(r, AccountabilityRandom::step), sheet(r, caseRef));
  }

  static DayRecord dayRecord(Random r) {
    Map<CaseRef, CaseOutcome> cases = new LinkedHashMap<>();
    for (int i = r.nextInt(4); i > 0; i--) {
      CaseRef ref = caseRef(r);
      cases.putIfAbsent(ref, outcome(r, ref));
    }
    Map<PersonId, GridId> roster = new LinkedHashMap<>();
    for (int i = r.nextInt(5); i > 0; i--) {
      roster.put(person(r), gridId(r));
    }
    ImmutableSet.Builder<PersonId> met = ImmutableSet.builder();
    ImmutableSet.Builder<PersonId> in = ImmutableSet.builder();
    roster.keySet().forEach(p -> {
      if (r.nextBoolean()) {
        met.add(p);
      }
      if (r.nextBoolean()) {
        in.add(p);
      }
    });
    return new DayRecord(date(r), ImmutableList.copyOf(cases.values()), ImmutableMap.copyOf(roster), met.build(),
        in.build());
  }

  static Indicator indicator(Random r) {
    Measure numerator = pick(r, Measure.values());
    Measure denominator = pick(r, Measure.values());
    while (denominator == numerator) {
      denominator = pick(r, Measure.values());
    }
    return new Indicator(token(r), text(r, 100), numerator, denominator, r.nextBoolean());
  }

  static WeightedIndicator weighted(Random r) {
    return new WeightedIndicator(indicator(r), positive(r));
  }

  static ScoringScheme scheme(Random r) {
    Map<SubjectKind, List<WeightedIndicator>> m = new EnumMap<>(SubjectKind.class);
    for (SubjectKind k : SubjectKind.values()) {
      Map<String, WeightedIndicator> byId = new LinkedHashMap<>();
      for (int i = 1 + r.nextInt(3); i > 0; i--) {
        WeightedIndicator w = weighted(r);
        byId.putIfAbsent(w.indicator().id(), w);
      }
      m.put(k, List.copyOf(byId.values()));
    }
    return ScoringScheme.of(m);
  }

  static IndicatorScore line(Random r) {
    long denominator = r.nextInt(3) == 0 ? 0 : 1 + r.nextInt(1000);
    return new IndicatorScore(indicator(r), positive(r), r.nextInt(1200), denominator,
        denominator == 0 ? 0 : r.nextDouble() / 2);
  }

  static Actor actor(Random r) {
    switch (r.nextInt(3)) {
      case 0:
        return new Actor.Person(person(r));
      case 1:
        return new Actor.SinkingUnit(SinkingUnitId.of(token(r)));
      default:
        return new Actor.Body(RandomValues.partyBody(r));
    }
  }

  static DutyVerdict verdict(Random r) {
    return new DutyVerdict(RandomValues.duty(r), actor(r), span(r), r.nextInt(5), r.nextInt(5), r.nextInt(5));
  }

  static EarningRule rule(Random r) {
    return new EarningRule(token(r), text(r, 200), 1 + r.nextInt(10_000));
  }

  static Reward reward(Random r) {
    return new Reward(token(r), text(r, 200), 1 + r.nextInt(1_000_000));
  }

  static <T> List<T> unique(Random r, Function<Random, T> element, Function<T, String> id) {
    Map<String, T> out = new LinkedHashMap<>();
    for (int i = r.nextInt(4); i > 0; i--) {
      T t = element.apply(r);
      out.putIfAbsent(id.apply(t), t);
    }
    return List.copyOf(out.values());
  }

  static PointsEntry entry(Random r) {
    EntryKind kind = pick(r, EntryKind.values());
    long points = 1 + r.nextInt(100_000);
    return new PointsEntry(EntryId.of(token(r)), person(r), instant(r), kind, token(r), 1 + r.nextInt(1000),
        kind == EntryKind.EARNED ? points : -points);
  }

  static Posting.Recorded recorded(Random r) {
    return new Posting.Recorded(entry(r), r.nextInt(1_000_000));
  }

  static Posting.Rejected rejected(Random r) {
    return new Posting.Rejected(pick(r, Posting.Reason.values()), text(r, 500));
  }

  static StatusNotification notification(Random r) {
    Instant at = instant(r);
    String status = pick(r, List.of("open", "closed"));
    return new StatusNotification(CaseId.of(token(r)), 1 + r.nextInt(100), at, status, text(r, 50), text(r, 50),
        new Open311.Note(at, pick(r, List.of("opened", "transferred", "activity", "closed")), text(r, 200),
            Optional.empty()),
        maybe(r, CaseRandom::instant), r.nextBoolean());
  }

}
