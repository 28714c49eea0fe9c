package org.gridgov.core.accountability.patrol;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.duty.Activity;
import org.gridgov.core.duty.Duty;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.org.GridId;
import org.gridgov.core.people.PersonId;

/**
 * Evaluates grid workers' daily patrol compliance against a patrol duty (by default the article's:
 * at least 2 patrols a day, each at least 1 hour with a track of at least 1 km).
 *
 * <p>A patrol belongs to the day its start falls on in the evaluator's time zone. It counts if it
 * lasts the minimum, its noise-free great-circle track reaches the minimum distance and its track is
 * plausible; a track that repeats an earlier patrol's track (earlier by start, then identifier) among
 * the patrols given is flagged as replayed, and a patrol that starts before the same worker's earlier
 * patrol ended does not count. This class is immutable and thread-safe.
 */
public final class PatrolComplianceEvaluator {
  private static final Comparator<Patrol> ORDER =
      Comparator.comparing(Patrol::start).thenComparing(p -> p.id().value());

  private final Duty duty;
  private final TrackAnalyser analyser;
  private final ZoneId zone;
  private final Duration minimumDuration;
  private final int minimumDistanceMetres;

  private PatrolComplianceEvaluator(Duty duty, TrackAnalyser analyser, ZoneId zone) {
    this.duty = duty;
    this.analyser = analyser;
    this.zone = zone;
    this.minimumDuration = duty.minimumDuration().orElse(Duration.ZERO);
    this.minimumDistanceMetres = duty.minimumDistanceMetres().orElse(0);
  }

  /**
   * Obtains an evaluator for a patrol duty.
   *
   * @param duty  a duty whose activity is {@link Activity#PATROL} and whose period is a day, not null
   * @param rules  the plausibility rules, not null
   * @param zone  the time zone that decides the day, e.g. Asia/Shanghai, not null
   * @return the evaluator, not null
   * @throws InvalidInputException if the duty is not a daily patrol duty
   */
  public static PatrolComplianceEvaluator of(Duty duty, PlausibilityRules rules, ZoneId zone) {
    Checks.notNull(duty, "duty");
    if (duty.activity() != Activity.PATROL || duty.period() != org.gridgov.core.duty.CadencePeriod.DAY) {
      throw new InvalidInputException("duty", "must be a daily patrol duty", duty.id());
    }
    return new PatrolComplianceEvaluator(duty, TrackAnalyser.of(Checks.notNull(rules, "rules")),
        Checks.notNull(zone, "zone"));
  }

  /**
   * Obtains the evaluator for the article's grid-worker patrol duty with the standard rules.
   *
   * @param zone  the time zone, not null
   * @return the evaluator, not null
   */
  public static PatrolComplianceEvaluator standard(ZoneId zone) {
    Duty patrol = Duty.standard().stream().filter(d -> d.id().equals("grid-worker-patrol")).findFirst()
        .orElseThrow();
    return of(patrol, PlausibilityRules.standard(), zone);
  }

  /**
   * Returns the duty evaluated.
   *
   * @return the duty, not null
   */
  public Duty duty() {
    return duty;
  }

  /**
   * Returns the time zone that decides the day.
   *
   * @return the zone, not null
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Returns the track analyser.
   *
   * @return the analyser, not null
   */
  public TrackAnalyser analyser() {
    return analyser;
  }

  /**
   * Evaluates one worker's day.
   *
   * @param worker  the grid worker, not null
   * @param date  the day, not null
   * @param patrols  patrols to consider: the worker's patrols started that day are evaluated, and all
   *     of them serve as references for replay detection, not null
   * @param areas  the grid areas known; a grid without one is not checked for outside stretches, not null
   * @return the day's compliance, not null
   */
  public DailyPatrolCompliance evaluateDay(PersonId worker, LocalDate date, Collection<Patrol> patrols,
      Map<GridId, GridArea> areas) {
    Checks.notNull(worker, "worker");
    Checks.notNull(date, "date");
    return evaluate(patrols, ImmutableMap.of(date, ImmutableList.of(worker)), areas, Optional.of(worker)).get(0);
  }

  /**
   * Evaluates every worker's every day that has patrols, plus the rostered days without any, ordered
   * by worker and date.
   *
   * @param patrols  all patrols; all serve as references for replay detection, not null
   * @param roster  the workers expected to patrol on each date, not null
   * @param areas  the grid areas known, not null
   * @return the results by worker and date, not null
   */
  public ImmutableList<DailyPatrolCompliance> evaluateAll(Collection<Patrol> patrols,
      Map<LocalDate, ? extends Collection<PersonId>> roster, Map<GridId, GridArea> areas) {
    return evaluate(patrols, roster, areas, Optional.empty());
  }

  private ImmutableList<DailyPatrolCompliance> evaluate(Collection<Patrol> patrols,
      Map<LocalDate, ? extends Collection<PersonId>> roster, Map<GridId, GridArea> areas, Optional<PersonId> only) {
    Checks.noNulls(patrols, "patrols");
    Checks.notNull(roster, "roster");
    Checks.notNull(areas, "areas");
    List<Patrol> all = new ArrayList<>(patrols);
    all.sort(ORDER);
    Map<WorkerDay, List<PatrolCheck>> days = new TreeMap<>();
    roster.forEach((date, workers) -> workers.forEach(w ->
        days.put(new WorkerDay(Checks.notNull(w, "roster worker"), Checks.notNull(date, "roster date")),
            new ArrayList<>())));
    ReplayIndex index = new ReplayIndex(analyser);
    Map<PersonId, Patrol> latest = new java.util.HashMap<>();
    for (Patrol p : all) {
      WorkerDay key = new WorkerDay(p.worker(), p.start().atZone(zone).toLocalDate());
      Patrol before = latest.get(p.worker());
      Optional<Patrol> overlapped = before != null && p.start().isBefore(before.end())
          ? Optional.of(before) : Optional.empty();
      if (only.isEmpty() || days.containsKey(key)) {
        days.computeIfAbsent(key, k -> new ArrayList<>()).add(check(p, index.match(p), overlapped, areas));
      }
      index.add(p);
      if (before == null || p.end().isAfter(before.end())) {
        latest.put(p.worker(), p);
      }
    }
    ImmutableList.Builder<DailyPatrolCompliance> out = ImmutableList.builderWithExpectedSize(days.size());
    days.forEach((k, checks) ->
        out.add(new DailyPatrolCompliance(k.worker, k.date, duty.minimumCount(), ImmutableList.copyOf(checks))));
    return out.build();
  }

  private record WorkerDay(PersonId worker, LocalDate date) implements Comparable<WorkerDay> {
    @Override
    public int compareTo(WorkerDay o) {
      int c = worker.value().compareTo(o.worker.value());
      return c != 0 ? c : date.compareTo(o.date);
    }
  }

  private PatrolCheck check(Patrol patrol, Optional<Patrol> replayed, Optional<Patrol> overlapped,
      Map<GridId, GridArea> areas) {
    TrackAssessment assessment = analyser.assess(patrol, Optional.ofNullable(areas.get(patrol.grid())));
    if (replayed.isPresent()) {
      Patrol e = replayed.get();
      assessment = assessment.withFlag(new TrackFlag(FlagKind.REPLAYED_TRACK,
          "the track repeats patrol " + e.id() + " of " + e.worker() + " started " + e.start()));
    }
    EnumSet<Shortfall> shortfalls = EnumSet.noneOf(Shortfall.class);
    if (patrol.duration().compareTo(minimumDuration) < 0) {
      shortfalls.add(Shortfall.TOO_SHORT);
    }
    if (assessment.distanceMetres() < minimumDistanceMetres) {
      shortfalls.add(Shortfall.TOO_LITTLE_DISTANCE);
    }
    if (!assessment.plausible()) {
      shortfalls.add(Shortfall.IMPLAUSIBLE_TRACK);
    }
    if (overlapped.isPresent()) {
      shortfalls.add(Shortfall.OVERLAPS_EARLIER_PATROL);
    }
    return new PatrolCheck(patrol, patrol.duration(), assessment, minimumDuration, minimumDistanceMetres,
        ImmutableSet.copyOf(shortfalls));
  }
}
