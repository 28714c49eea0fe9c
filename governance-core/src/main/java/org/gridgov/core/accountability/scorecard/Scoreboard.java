package org.gridgov.core.accountability.scorecard;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.gridgov.core.accountability.DateSpan;
import org.gridgov.core.internal.Checks;

/**
 * Every subject's counts, day by day, with running totals: the incremental store behind scorecards.
 *
 * <p>{@link #withDay(DayRecord)} adds or replaces one day and updates the totals by that day's
 * difference, without revisiting other days; {@link #of(Collection)} computes the same from scratch.
 * Counts are integers, so both give identical scorecards. This class is immutable and thread-safe.
 */
public final class Scoreboard {
  private static final Comparator<Subject> ORDER =
      Comparator.comparing(Subject::kind).thenComparing(Subject::label);
  private static final Scoreboard EMPTY = new Scoreboard(ImmutableSortedMap.of(), ImmutableMap.of());

  private final ImmutableSortedMap<LocalDate, ImmutableMap<Subject, Tally>> days;
  private final ImmutableMap<Subject, Tally> totals;

  private Scoreboard(ImmutableSortedMap<LocalDate, ImmutableMap<Subject, Tally>> days,
      ImmutableMap<Subject, Tally> totals) {
    this.days = days;
    this.totals = totals;
  }

  /**
   * Returns the scoreboard without data.
   *
   * @return the empty scoreboard, not null
   */
  public static Scoreboard empty() {
    return EMPTY;
  }

  /**
   * Computes a scoreboard from scratch; where two records share a date, the later one counts.
   *
   * @param records  the day records, not null
   * @return the scoreboard, not null
   */
  public static Scoreboard of(Collection<DayRecord> records) {
    Checks.noNulls(records, "records");
    Map<LocalDate, ImmutableMap<Subject, Tally>> byDate = new HashMap<>();
    for (DayRecord r : records) {
      byDate.put(r.date(), Attribution.of(r));
    }
    Map<Subject, Tally> totals = new HashMap<>();
    byDate.values().forEach(day -> day.forEach((s, t) -> totals.merge(s, t, Tally::plus)));
    return new Scoreboard(ImmutableSortedMap.copyOf(byDate), ImmutableMap.copyOf(totals));
  }

  /**
   * Returns this scoreboard with one day added, or replaced if the date is already held. Only that
   * day is computed; the totals change by its difference.
   *
   * @param record  the day, not null
   * @return the new scoreboard, not null
   */
  public Scoreboard withDay(DayRecord record) {
    Checks.notNull(record, "record");
    ImmutableMap<Subject, Tally> day = Attribution.of(record);
    ImmutableMap<Subject, Tally> old = days.getOrDefault(record.date(), ImmutableMap.of());
    Map<Subject, Tally> newTotals = new HashMap<>(totals);
    old.forEach((s, t) -> newTotals.merge(s, t, Tally::minus));
    day.forEach((s, t) -> newTotals.merge(s, t, Tally::plus));
    newTotals.values().removeIf(Tally::isZero);
    Map<LocalDate, ImmutableMap<Subject, Tally>> newDays = new HashMap<>(days);
    newDays.put(record.date(), day);
    return new Scoreboard(ImmutableSortedMap.copyOf(newDays), ImmutableMap.copyOf(newTotals));
  }

  /**
   * Returns the dates held.
   *
   * @return the dates in order, not null
   */
  public ImmutableList<LocalDate> dates() {
    return days.keySet().asList();
  }

  /**
   * Returns the span from the first to the last date held.
   *
   * @return the span, empty if no day is held
   */
  public Optional<DateSpan> span() {
    return days.isEmpty() ? Optional.empty() : Optional.of(DateSpan.of(days.firstKey(), days.lastKey()));
  }

  /**
   * Returns every subject's counts over a period: the running totals when the period covers every
   * day held, otherwise the sum of the period's days.
   *
   * @param span  the period, not null
   * @return the counts by subject, subjects without counts left out, not null
   */
  public ImmutableMap<Subject, Tally> tallies(DateSpan span) {
    Checks.notNull(span, "span");
    if (days.isEmpty() || (!span.first().isAfter(days.firstKey()) && !span.last().isBefore(days.lastKey()))) {
      return ImmutableMap.copyOf(totals.entrySet().stream().filter(e -> !e.getValue().isZero()).toList());
    }
    SortedMap<LocalDate, ImmutableMap<Subject, Tally>> within = days.subMap(span.first(), span.last().plusDays(1));
    Map<Subject, Tally> sum = new HashMap<>();
    within.values().forEach(day -> day.forEach((s, t) -> sum.merge(s, t, Tally::plus)));
    sum.values().removeIf(Tally::isZero);
    return ImmutableMap.copyOf(sum);
  }

  /**
   * Returns one subject's counts over a period.
   *
   * @param subject  the subject, not null
   * @param span  the period, not null
   * @return the counts, zero if none, not null
   */
  public Tally tally(Subject subject, DateSpan span) {
    Checks.notNull(subject, "subject");
    Checks.notNull(span, "span");
    if (days.isEmpty() || (!span.first().isAfter(days.firstKey()) && !span.last().isBefore(days.lastKey()))) {
      return totals.getOrDefault(subject, Tally.zero());
    }
    Tally sum = Tally.zero();
    for (ImmutableMap<Subject, Tally> day : days.subMap(span.first(), span.last().plusDays(1)).values()) {
      Tally t = day.get(subject);
      if (t != null) {
        sum = sum.plus(t);
      }
    }
    return sum;
  }

  /**
   * Computes one subject's scorecard over a period.
   *
   * @param subject  the subject, not null
   * @param span  the period, not null
   * @param scheme  the scoring scheme, not null
   * @return the scorecard, not null
   */
  public Scorecard scorecard(Subject subject, DateSpan span, ScoringScheme scheme) {
    return Scorecard.compute(subject, span, tally(subject, span), scheme);
  }

  /**
   * Computes the scorecards of every subject with data in a period, ordered by kind and label.
   *
   * @param span  the period, not null
   * @param scheme  the scoring scheme, not null
   * @return the scorecards, not null
   */
  public ImmutableList<Scorecard> scorecards(DateSpan span, ScoringScheme scheme) {
    Checks.notNull(scheme, "scheme");
    return tallies(span).entrySet().stream().sorted(Map.Entry.comparingByKey(ORDER))
        .map(e -> Scorecard.compute(e.getKey(), span, e.getValue(), scheme))
        .collect(ImmutableList.toImmutableList());
  }
}
