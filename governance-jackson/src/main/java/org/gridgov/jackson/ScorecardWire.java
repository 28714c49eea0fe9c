package org.gridgov.jackson;

import static java.util.Map.entry;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
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
import org.gridgov.core.accountability.scorecard.Tally;
import org.gridgov.core.accountability.scorecard.WeightedIndicator;
import org.gridgov.core.evaluation.EvaluationDimension;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.people.PersonId;
import org.gridgov.core.org.GridId;

/**
 * Scorecards (考核): subjects, raters and evaluations, the case outcomes and day records they are
 * computed from, indicators and schemes, and the scorecard document with the explanation of every line.
 */
final class ScorecardWire {
  private ScorecardWire() {}

  // ------------------------------------------------------------------ enums

  static final EnumCodec<SubjectKind> SUBJECT_KIND = EnumCodec.of(SubjectKind.class, Map.of(
      SubjectKind.GRID_WORKER, "grid_worker",
      SubjectKind.COMMUNITY_CENTER, "community_center",
      SubjectKind.SUBDISTRICT_CENTER, "subdistrict_center",
      SubjectKind.CITY_CENTER, "city_center",
      SubjectKind.DEPARTMENT, "department",
      SubjectKind.AREA, "area"));

  static final EnumCodec<ReporterKind> REPORTER_KIND = EnumCodec.of(ReporterKind.class, Map.of(
      ReporterKind.GRID_WORKER, "grid_worker",
      ReporterKind.RESIDENT, "resident",
      ReporterKind.UNIT, "unit",
      ReporterKind.OTHER, "other"));

  static final EnumCodec<Grade> GRADE = EnumCodec.of(Grade.class, Map.of(
      Grade.A, "a", Grade.B, "b", Grade.C, "c", Grade.D, "d", Grade.E, "e"));

  static final EnumCodec<Measure> MEASURE = EnumCodec.of(Measure.class, Map.ofEntries(
      entry(Measure.REPORTS, "reports"),
      entry(Measure.VALID_REPORTS, "valid_reports"),
      entry(Measure.VERIFICATIONS, "verifications"),
      entry(Measure.VERIFICATIONS_ON_TIME, "verifications_on_time"),
      entry(Measure.DISPATCHES, "dispatches"),
      entry(Measure.ACCURATE_DISPATCHES, "accurate_dispatches"),
      entry(Measure.HANDLINGS, "handlings"),
      entry(Measure.HANDLINGS_ON_TIME, "handlings_on_time"),
      entry(Measure.HANDLINGS_REWORKED, "handlings_reworked"),
      entry(Measure.CASES, "cases"),
      entry(Measure.CASES_CLOSED, "cases_closed"),
      entry(Measure.CASES_CLOSED_ON_TIME, "cases_closed_on_time"),
      entry(Measure.SATISFACTION_RATINGS, "satisfaction_ratings"),
      entry(Measure.SATISFIED_RATINGS, "satisfied_ratings"),
      entry(Measure.WORK_RATINGS, "work_ratings"),
      entry(Measure.GOOD_WORK_RATINGS, "good_work_ratings"),
      entry(Measure.BOTTOM_UP_RATINGS, "bottom_up_ratings"),
      entry(Measure.GOOD_BOTTOM_UP_RATINGS, "good_bottom_up_ratings"),
      entry(Measure.PATROL_DAYS, "patrol_days"),
      entry(Measure.PATROL_DAYS_MET, "patrol_days_met"),
      entry(Measure.ROSTER_DAYS, "roster_days"),
      entry(Measure.ATTENDED_DAYS, "attended_days")));

  // ------------------------------------------------------------------ subjects and raters

  static final Variants<Subject> SUBJECT = Variants.<Subject>builder(Variants.Kind.VALUE)
      .add("grid_worker", Subject.GridWorker.class,
          (s, out) -> out.field("person", s.person(), IdWire.PERSON),
          in -> new Subject.GridWorker(in.read("person", IdWire.PERSON)))
      .add("center", Subject.Center.class,
          (s, out) -> out.field("place", s.place(), IdWire.PLACE),
          in -> new Subject.Center(in.read("place", IdWire.PLACE)))
      .add("department", Subject.Department.class,
          (s, out) -> out.field("department", s.department(), IdWire.DEPARTMENT),
          in -> new Subject.Department(in.read("department", IdWire.DEPARTMENT)))
      .add("area", Subject.Area.class,
          (s, out) -> out.field("place", s.place(), IdWire.PLACE),
          in -> new Subject.Area(in.read("place", IdWire.PLACE)))
      .build();

  static final Variants<Rater> RATER = Variants.<Rater>builder(Variants.Kind.VALUE)
      .add("resident", Rater.Resident.class,
          (r, out) -> out.field("person", r.person(), IdWire.PERSON),
          in -> new Rater.Resident(in.read("person", IdWire.PERSON)))
      .add("unit", Rater.Unit.class,
          (r, out) -> out.field("unit", r.unit(), SUBJECT),
          in -> new Rater.Unit(in.read("unit", SUBJECT)))
      .build();

  /** Ratings by dimension: {@code {"resident_satisfaction":"satisfied"}}, dimensions in their declared order. */
  static final ObjectCodec<ImmutableMap<EvaluationDimension, Satisfaction>> RATINGS = ObjectCodec.of(
      (m, out) -> {
        for (EvaluationDimension d : EvaluationDimension.values()) {
          if (m.containsKey(d)) {
            out.field(ValueWire.DIMENSION.code(d), m.get(d), ValueWire.SATISFACTION);
          }
        }
      },
      in -> {
        Map<EvaluationDimension, Satisfaction> m = new EnumMap<>(EvaluationDimension.class);
        for (EvaluationDimension d : EvaluationDimension.values()) {
          in.readOptional(ValueWire.DIMENSION.code(d), ValueWire.SATISFACTION).ifPresent(s -> m.put(d, s));
        }
        return ImmutableMap.copyOf(m);
      });

  static final ObjectCodec<Evaluation> EVALUATION = ObjectCodec.of(
      (e, out) -> out.field("rater", e.rater(), RATER).field("ratee", e.ratee(), SUBJECT)
          .field("ratings", e.ratings(), RATINGS),
      in -> new Evaluation(in.read("rater", RATER), in.read("ratee", SUBJECT), in.read("ratings", RATINGS)));

  static final ObjectCodec<EvaluationSheet> EVALUATION_SHEET = ObjectCodec.of(
      (s, out) -> out.field("case", s.caseRef(), PatrolWire.CASE_REF).array("evaluations", s.evaluations(), EVALUATION),
      in -> new EvaluationSheet(in.read("case", PatrolWire.CASE_REF), in.list("evaluations", EVALUATION)));

  static final ObjectCodec<ReopenCandidate> REOPEN_CANDIDATE = ObjectCodec.of(
      (c, out) -> out.field("case", c.caseRef(), PatrolWire.CASE_REF).field("rater", c.rater(), RATER)
          .field("ratee", c.ratee(), SUBJECT),
      in -> new ReopenCandidate(in.read("case", PatrolWire.CASE_REF), in.read("rater", RATER),
          in.read("ratee", SUBJECT)));

  // ------------------------------------------------------------------ case outcomes and days

  static final ObjectCodec<StepRecord> STEP_RECORD = ObjectCodec.of(
      (s, out) -> out.field("by", s.by(), SUBJECT).field("due", s.due(), ValueWire.INSTANT)
          .optional("done_at", s.doneAt(), ValueWire.INSTANT),
      in -> new StepRecord(in.read("by", SUBJECT), in.read("due", ValueWire.INSTANT),
          in.readOptional("done_at", ValueWire.INSTANT)));

  static final ObjectCodec<DispatchRecord> DISPATCH_RECORD = ObjectCodec.of(
      (d, out) -> out.field("dispatcher", d.dispatcher(), SUBJECT).field("at", d.at(), ValueWire.INSTANT)
          .number("returns", d.returns()),
      in -> new DispatchRecord(in.read("dispatcher", SUBJECT), in.read("at", ValueWire.INSTANT),
          in.get("returns").int32()));

  static final ObjectCodec<HandlingRecord> HANDLING_RECORD = ObjectCodec.of(
      (h, out) -> out.field("handler", h.handler(), SUBJECT).field("due", h.due(), ValueWire.INSTANT)
          .optional("finished_at", h.finishedAt(), ValueWire.INSTANT).number("rework_count", h.reworkCount()),
      in -> new HandlingRecord(in.read("handler", SUBJECT), in.read("due", ValueWire.INSTANT),
          in.readOptional("finished_at", ValueWire.INSTANT), in.get("rework_count").int32()));

  /** A case's outcome for scoring; its evaluation sheet is written as the list of evaluations (the case is this one). */
  static final ObjectCodec<CaseOutcome> CASE_OUTCOME = ObjectCodec.of(
      (c, out) -> out.field("case", c.caseRef(), PatrolWire.CASE_REF).field("category", c.category(), IdWire.CATEGORY)
          .field("grid", c.grid(), IdWire.GRID).field("reporter_kind", c.reporterKind(), REPORTER_KIND)
          .optional("reporter", c.reporter(), IdWire.PERSON).field("reported_at", c.reportedAt(), ValueWire.INSTANT)
          .bool("valid", c.valid()).bool("voided", c.voided())
          .optional("verification", c.verification(), STEP_RECORD).optional("dispatch", c.dispatch(), DISPATCH_RECORD)
          .array("handling", c.handling(), HANDLING_RECORD).optional("closure", c.closure(), STEP_RECORD)
          .array("evaluations", c.evaluations().evaluations(), EVALUATION),
      in -> {
        var caseRef = in.read("case", PatrolWire.CASE_REF);
        return new CaseOutcome(caseRef, in.read("category", IdWire.CATEGORY), in.read("grid", IdWire.GRID),
            in.read("reporter_kind", REPORTER_KIND), in.readOptional("reporter", IdWire.PERSON),
            in.read("reported_at", ValueWire.INSTANT), in.get("valid").bool(), in.get("voided").bool(),
            in.readOptional("verification", STEP_RECORD), in.readOptional("dispatch", DISPATCH_RECORD),
            in.list("handling", HANDLING_RECORD), in.readOptional("closure", STEP_RECORD),
            new EvaluationSheet(caseRef, in.list("evaluations", EVALUATION)));
      });

  /** A roster entry of a day record: a grid worker on duty and their grid. */
  private record RosterEntry(PersonId worker, GridId grid) {}

  private static final ObjectCodec<RosterEntry> ROSTER_ENTRY = ObjectCodec.of(
      (e, out) -> out.field("worker", e.worker(), IdWire.PERSON).field("grid", e.grid(), IdWire.GRID),
      in -> new RosterEntry(in.read("worker", IdWire.PERSON), in.read("grid", IdWire.GRID)));

  /** A day's input to the scoreboard; the roster is an array of {@code {worker, grid}} in roster order. */
  static final ObjectCodec<DayRecord> DAY_RECORD = ObjectCodec.of(
      (d, out) -> out.field("date", d.date(), ValueWire.DATE).array("cases", d.cases(), CASE_OUTCOME)
          .array("roster", d.roster().entrySet().stream().map(e -> new RosterEntry(e.getKey(), e.getValue()))
              .toList(), ROSTER_ENTRY)
          .array("patrol_met", d.patrolMet(), IdWire.PERSON).array("checked_in", d.checkedIn(), IdWire.PERSON),
      in -> {
        In rosterIn = in.get("roster");
        ImmutableList<RosterEntry> entries = rosterIn.list(ROSTER_ENTRY);
        Map<PersonId, GridId> roster = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
          if (roster.put(entries.get(i).worker(), entries.get(i).grid()) != null) {
            throw new WireFormatException(rosterIn.path() + "/" + i + "/worker", "must not repeat a worker", null);
          }
        }
        return new DayRecord(in.read("date", ValueWire.DATE), in.list("cases", CASE_OUTCOME),
            ImmutableMap.copyOf(roster), in.set("patrol_met", IdWire.PERSON), in.set("checked_in", IdWire.PERSON));
      });

  // ------------------------------------------------------------------ indicators and schemes

  static final ObjectCodec<Indicator> INDICATOR = ObjectCodec.of(
      (i, out) -> out.string("id", i.id()).string("name", i.name()).field("numerator", i.numerator(), MEASURE)
          .field("denominator", i.denominator(), MEASURE).bool("higher_is_better", i.higherIsBetter()),
      in -> new Indicator(in.text("id"), in.text("name"), in.read("numerator", MEASURE),
          in.read("denominator", MEASURE), in.get("higher_is_better").bool()));

  static final ObjectCodec<WeightedIndicator> WEIGHTED_INDICATOR = ObjectCodec.of(
      (w, out) -> out.field("indicator", w.indicator(), INDICATOR).number("weight", w.weight()),
      in -> new WeightedIndicator(in.read("indicator", INDICATOR), in.get("weight").number()));

  /** A scoring scheme: {@code {"weights":{"grid_worker":[…],…}}}, every subject kind present. */
  static final ObjectCodec<ScoringScheme> SCORING_SCHEME = ObjectCodec.of(
      (s, out) -> {
        out.gen.writeFieldName("weights");
        out.begin();
        for (SubjectKind k : SubjectKind.values()) {
          out.array(SUBJECT_KIND.code(k), s.indicatorsFor(k), WEIGHTED_INDICATOR);
        }
        out.end();
      },
      in -> in.get("weights").object(w -> {
        Map<SubjectKind, ImmutableList<WeightedIndicator>> m = new EnumMap<>(SubjectKind.class);
        for (SubjectKind k : SubjectKind.values()) {
          m.put(k, w.list(SUBJECT_KIND.code(k), WEIGHTED_INDICATOR));
        }
        return ScoringScheme.of(m);
      }));

  /**
   * One line of a scorecard: the indicator, its weight and counts, the share of the applicable weight;
   * {@code applicable}, {@code value}, {@code points} and {@code explanation} are derived.
   */
  static final ObjectCodec<IndicatorScore> INDICATOR_SCORE = ObjectCodec.of(
      (l, out) -> {
        out.field("indicator", l.indicator(), INDICATOR).number("weight", l.weight())
            .number("numerator", l.numerator()).number("denominator", l.denominator()).number("share", l.share())
            .bool("applicable", l.applicable());
        if (l.value().isPresent()) {
          out.number("value", l.value().getAsDouble());
        }
        out.number("points", l.points()).string("explanation", l.explanation());
      },
      in -> {
        IndicatorScore l = new IndicatorScore(in.read("indicator", INDICATOR), in.get("weight").number(),
            in.get("numerator").integer(0, Long.MAX_VALUE), in.get("denominator").integer(0, Long.MAX_VALUE),
            in.get("share").number());
        Documents.derived(in, "applicable", l.applicable(), In::bool);
        Documents.derivedOptional(in, "value", boxed(l.value()), In::number);
        Documents.derived(in, "points", l.points(), In::number);
        in.text("explanation");
        return l;
      });

  /**
   * The scorecard document: subject, span, the derived {@code score} and {@code grade} (absent when no
   * indicator applies), the lines, and the derived {@code explanation}, one line per indicator.
   */
  static final ObjectCodec<Scorecard> SCORECARD = ObjectCodec.of(
      (s, out) -> {
        Documents.head(out, Optional.empty());
        out.field("subject", s.subject(), SUBJECT).field("span", s.span(), PatrolWire.DATE_SPAN);
        if (s.score().isPresent()) {
          out.number("score", s.score().getAsDouble());
        }
        out.optional("grade", s.grade(), GRADE).array("lines", s.lines(), INDICATOR_SCORE)
            .array("explanation", s.explanation(), ValueWire.TEXT);
      },
      in -> {
        Documents.head(in, Optional.empty(), false);
        Scorecard s = new Scorecard(in.read("subject", SUBJECT), in.read("span", PatrolWire.DATE_SPAN),
            in.list("lines", INDICATOR_SCORE));
        Documents.derivedOptional(in, "score", boxed(s.score()), In::number);
        Documents.derivedOptional(in, "grade", s.grade(), g -> g.as(GRADE));
        Documents.explanation(in, "explanation");
        return s;
      });

  private static Optional<Double> boxed(OptionalDouble d) {
    return d.isPresent() ? Optional.of(d.getAsDouble()) : Optional.empty();
  }

  /**
   * A tally: its non-zero counts as an object from measure code to count ({@code {"reports": 12,
   * "valid_reports": 11}}), in measure order; {@code {}} is the zero tally. Reading refuses a name that is
   * not a measure code and accepts zero counts (the same as absent) and negative ones ({@code Tally.minus}
   * gives them).
   */
  static final Codec<Tally> TALLY = new Codec<>() {
    @Override
    public void write(Tally t, Out out) throws IOException {
      out.begin();
      for (Map.Entry<Measure, Long> e : t.asMap().entrySet()) {
        out.number(MEASURE.code(e.getKey()), e.getValue());
      }
      out.end();
    }

    @Override
    public Tally read(In in) {
      return in.object(o -> {
        Map<Measure, Long> counts = new java.util.EnumMap<>(Measure.class);
        for (String name : o.names()) {
          Measure measure = MEASURES_BY_CODE.get(name);
          In count = o.property(name);
          if (measure == null) {
            throw count.fail("is not a measure; must be one of " + MEASURES_BY_CODE.keySet());
          }
          counts.put(measure, count.integer(Long.MIN_VALUE, Long.MAX_VALUE));
        }
        return Tally.of(counts);
      });
    }
  };

  private static final Map<String, Measure> MEASURES_BY_CODE = measuresByCode();

  private static Map<String, Measure> measuresByCode() {
    Map<String, Measure> out = new java.util.LinkedHashMap<>();
    for (Measure m : Measure.values()) {
      out.put(MEASURE.code(m), m);
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  static Map<Class<?>, Codec<?>> codecs() {
    return Map.ofEntries(
        entry(SubjectKind.class, SUBJECT_KIND),
        entry(Tally.class, TALLY),
        entry(ReporterKind.class, REPORTER_KIND),
        entry(Grade.class, GRADE),
        entry(Measure.class, MEASURE),
        entry(Subject.class, SUBJECT),
        entry(Subject.GridWorker.class, SUBJECT.only(Subject.GridWorker.class)),
        entry(Subject.Center.class, SUBJECT.only(Subject.Center.class)),
        entry(Subject.Department.class, SUBJECT.only(Subject.Department.class)),
        entry(Subject.Area.class, SUBJECT.only(Subject.Area.class)),
        entry(Rater.class, RATER),
        entry(Rater.Resident.class, RATER.only(Rater.Resident.class)),
        entry(Rater.Unit.class, RATER.only(Rater.Unit.class)),
        entry(Evaluation.class, EVALUATION),
        entry(EvaluationSheet.class, EVALUATION_SHEET),
        entry(ReopenCandidate.class, REOPEN_CANDIDATE),
        entry(StepRecord.class, STEP_RECORD),
        entry(DispatchRecord.class, DISPATCH_RECORD),
        entry(HandlingRecord.class, HANDLING_RECORD),
        entry(CaseOutcome.class, CASE_OUTCOME),
        entry(DayRecord.class, DAY_RECORD),
        entry(Indicator.class, INDICATOR),
        entry(WeightedIndicator.class, WEIGHTED_INDICATOR),
        entry(ScoringScheme.class, SCORING_SCHEME),
        entry(IndicatorScore.class, INDICATOR_SCORE),
        entry(Scorecard.class, SCORECARD));
  }
}
