package org.gridgov.core.accountability.compliance;

import com.google.common.collect.ImmutableList;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.accountability.DateSpan;
import org.gridgov.core.duty.Activity;
import org.gridgov.core.duty.CadencePeriod;
import org.gridgov.core.duty.Duty;
import org.gridgov.core.duty.DutyBearer;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.org.Community;
import org.gridgov.core.org.Grid;
import org.gridgov.core.org.Organisation;
import org.gridgov.core.org.PartyBody;
import org.gridgov.core.org.PartyBodyKind;
import org.gridgov.core.org.PartyPostAssignment;
import org.gridgov.core.org.PlaceId;
import org.gridgov.core.org.RoleAssignment;
import org.gridgov.core.org.SinkingUnit;
import org.gridgov.core.org.Subdistrict;

/**
 * Evaluates duties (e.g. {@link Duty#standard()}) against an activity log for the bearers an
 * organisation names: role holders, sinking units and party bodies.
 *
 * <p>Each duty is judged per cadence period (day, Monday-to-Sunday week, month, quarter, year) for
 * every period that ends within the span; activities anywhere in such a period count, so supply the
 * log from the start of the first period. An activity counts for a bearer when the actor and activity
 * match, it reaches the duty's minimum duration and distance, and, if it names a place, the place lies
 * within the bearer's jurisdiction (the places of the person's role, the sinking unit's communities,
 * the party body's place). This class is stateless and thread-safe.
 */
public final class DutyComplianceEvaluator {
  private DutyComplianceEvaluator() {}

  /** A bearer with the places an activity must lie within. */
  private record Bearer(Actor actor, List<PlaceId> places) {}

  /**
   * Evaluates duties over a span.
   *
   * @param organisation  the organisation naming the bearers, not null
   * @param duties  the duties, not null
   * @param log  the activity log, not null
   * @param span  the span; periods ending within it are judged, not null
   * @param zone  the time zone that decides an activity's date, not null
   * @return the report, not null
   */
  public static ComplianceReport evaluate(Organisation organisation, Collection<Duty> duties,
      Collection<ActivityRecord> log, DateSpan span, ZoneId zone) {
    Checks.notNull(organisation, "organisation");
    Checks.noNulls(duties, "duties");
    Checks.noNulls(log, "log");
    Checks.notNull(span, "span");
    Checks.notNull(zone, "zone");
    Map<Actor, Map<Activity, List<ActivityRecord>>> byActor = new HashMap<>();
    for (ActivityRecord r : log) {
      byActor.computeIfAbsent(r.actor(), k -> new HashMap<>()).computeIfAbsent(r.activity(), k -> new ArrayList<>())
          .add(r);
    }
    ImmutableList.Builder<DutyVerdict> out = ImmutableList.builder();
    for (Duty duty : duties) {
      List<DateSpan> periods = periodsEndingIn(span, duty.period());
      for (Bearer bearer : bearers(organisation, duty.bearer())) {
        List<ActivityRecord> records = byActor.getOrDefault(bearer.actor(), Map.of())
            .getOrDefault(duty.activity(), List.of());
        for (DateSpan period : periods) {
          out.add(verdict(organisation, duty, bearer, period, records, zone));
        }
      }
    }
    return new ComplianceReport(span, out.build());
  }

  private static DutyVerdict verdict(Organisation org, Duty duty, Bearer bearer, DateSpan period,
      List<ActivityRecord> records, ZoneId zone) {
    int counted = 0;
    int below = 0;
    int elsewhere = 0;
    for (ActivityRecord r : records) {
      if (!period.contains(r.at().atZone(zone).toLocalDate())) {
        continue;
      }
      if (r.place().isPresent() && !within(org, r.place().get(), bearer.places())) {
        elsewhere++;
      } else if (duty.minimumDuration().isPresent()
          && (r.duration().isEmpty() || r.duration().get().compareTo(duty.minimumDuration().get()) < 0)
          || duty.minimumDistanceMetres().isPresent()
          && (r.distanceMetres().isEmpty() || r.distanceMetres().getAsInt() < duty.minimumDistanceMetres().getAsInt())) {
        below++;
      } else {
        counted++;
      }
    }
    return new DutyVerdict(duty, bearer.actor(), period, counted, below, elsewhere);
  }

  private static boolean within(Organisation org, PlaceId place, List<PlaceId> jurisdiction) {
    if (!org.contains(place)) {
      return false;
    }
    for (PlaceId j : jurisdiction) {
      if (org.isWithin(place, j)) {
        return true;
      }
    }
    return false;
  }

  private static List<Bearer> bearers(Organisation org, DutyBearer bearer) {
    List<Bearer> out = new ArrayList<>();
    if (bearer instanceof DutyBearer.RoleHolders r) {
      Map<Actor, List<PlaceId>> people = new LinkedHashMap<>();
      for (RoleAssignment a : org.roleAssignments()) {
        if (a.role() == r.role()) {
          people.computeIfAbsent(Actor.person(a.person()), k -> new ArrayList<>()).add(a.place());
        }
      }
      people.forEach((actor, places) -> out.add(new Bearer(actor, places)));
    } else if (bearer instanceof DutyBearer.SinkingUnits) {
      for (SinkingUnit u : org.sinkingUnits()) {
        out.add(new Bearer(new Actor.SinkingUnit(u.id()), List.copyOf(u.communities())));
      }
    } else if (bearer instanceof DutyBearer.PartyBodies b) {
      for (PartyBody body : bodies(org, b.kind())) {
        out.add(new Bearer(new Actor.Body(body), List.of(body.place())));
      }
    } else {
      throw new InvalidInputException("bearer", "is of an unknown kind", bearer);
    }
    return out;
  }

  private static Set<PartyBody> bodies(Organisation org, PartyBodyKind kind) {
    Set<PartyBody> out = new LinkedHashSet<>();
    switch (kind) {
      case SUBDISTRICT_WORKING_COMMITTEE -> org.subdistricts().stream().map(Subdistrict::id)
          .forEach(id -> out.add(new PartyBody(kind, id)));
      case COMMUNITY_PARTY_COMMITTEE -> org.communities().stream().map(Community::id)
          .forEach(id -> out.add(new PartyBody(kind, id)));
      case GRID_BRANCH -> org.grids().stream().map(Grid::id).forEach(id -> out.add(new PartyBody(kind, id)));
      default -> org.partyPosts().stream().map(PartyPostAssignment::body).filter(b -> b.kind() == kind)
          .forEach(out::add);
    }
    return out;
  }

  /**
   * Returns the cadence periods that end within a span, in order.
   *
   * @param span  the span, not null
   * @param cadence  the cadence, not null
   * @return the periods, not null
   */
  public static ImmutableList<DateSpan> periodsEndingIn(DateSpan span, CadencePeriod cadence) {
    Checks.notNull(span, "span");
    Checks.notNull(cadence, "cadence");
    Set<DateSpan> out = new LinkedHashSet<>();
    for (LocalDate d = span.first(); !d.isAfter(span.last()); d = d.plusDays(1)) {
      DateSpan p = periodOf(d, cadence);
      if (span.contains(p.last())) {
        out.add(p);
      }
    }
    return ImmutableList.copyOf(out);
  }

  /**
   * Returns the cadence period a date falls in.
   *
   * @param date  the date, not null
   * @param cadence  the cadence, not null
   * @return the period, not null
   */
  public static DateSpan periodOf(LocalDate date, CadencePeriod cadence) {
    Checks.notNull(date, "date");
    return switch (Checks.notNull(cadence, "cadence")) {
      case DAY -> DateSpan.day(date);
      case WEEK -> DateSpan.of(date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
          date.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)));
      case MONTH -> DateSpan.of(date.withDayOfMonth(1), date.with(TemporalAdjusters.lastDayOfMonth()));
      case QUARTER -> {
        LocalDate first = date.with(IsoFields.DAY_OF_QUARTER, 1);
        yield DateSpan.of(first, first.plusMonths(3).minusDays(1));
      }
      case YEAR -> DateSpan.of(date.withDayOfYear(1), date.with(TemporalAdjusters.lastDayOfYear()));
    };
  }
}
