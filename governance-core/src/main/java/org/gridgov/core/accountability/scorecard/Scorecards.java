package org.gridgov.core.accountability.scorecard;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gridgov.core.accountability.DateSpan;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.org.Community;
import org.gridgov.core.org.Department;
import org.gridgov.core.org.GridId;
import org.gridgov.core.org.Organisation;
import org.gridgov.core.org.Role;
import org.gridgov.core.org.RoleAssignment;
import org.gridgov.core.org.Subdistrict;
import org.gridgov.core.people.PersonId;

/** Scorecards of a whole organisation: every area, center, department and grid worker it names. */
public final class Scorecards {
  private Scorecards() {}

  /**
   * Returns the grid workers of an organisation with their grids, the usual daily roster.
   *
   * @param organisation  the organisation, not null
   * @return the roster in assignment order, not null
   */
  public static ImmutableMap<PersonId, GridId> gridWorkerRoster(Organisation organisation) {
    Map<PersonId, GridId> roster = new LinkedHashMap<>();
    for (RoleAssignment a : Checks.notNull(organisation, "organisation").roleAssignments()) {
      if (a.role() == Role.GRID_WORKER && a.place() instanceof GridId g) {
        roster.putIfAbsent(a.person(), g);
      }
    }
    return ImmutableMap.copyOf(roster);
  }

  /**
   * Computes the scorecards of every subject of an organisation over a period, including subjects
   * without data (not graded): the city's area and center, then each subdistrict's, each community's,
   * each department's, and each grid worker's.
   *
   * @param organisation  the organisation, not null
   * @param board  the scoreboard, not null
   * @param span  the period, not null
   * @param scheme  the scoring scheme, not null
   * @return the scorecards, not null
   */
  public static ImmutableList<Scorecard> forOrganisation(Organisation organisation, Scoreboard board, DateSpan span,
      ScoringScheme scheme) {
    Checks.notNull(organisation, "organisation");
    Checks.notNull(board, "board");
    Checks.notNull(scheme, "scheme");
    ImmutableMap<Subject, Tally> tallies = board.tallies(span);
    ImmutableList.Builder<Scorecard> out = ImmutableList.builder();
    java.util.function.Consumer<Subject> add = s ->
        out.add(Scorecard.compute(s, span, tallies.getOrDefault(s, Tally.zero()), scheme));
    add.accept(new Subject.Area(organisation.city()));
    add.accept(new Subject.Center(organisation.city()));
    for (Subdistrict s : organisation.subdistricts()) {
      add.accept(new Subject.Area(s.id()));
      add.accept(new Subject.Center(s.id()));
    }
    for (Community c : organisation.communities()) {
      add.accept(new Subject.Area(c.id()));
      add.accept(new Subject.Center(c.id()));
    }
    for (Department d : organisation.departments()) {
      add.accept(new Subject.Department(d.id()));
    }
    gridWorkerRoster(organisation).keySet().forEach(p -> add.accept(new Subject.GridWorker(p)));
    return out.build();
  }

  /**
   * Computes the scorecards of every subject of an organisation for a calendar month.
   *
   * @param organisation  the organisation, not null
   * @param board  the scoreboard, not null
   * @param month  the month, not null
   * @param scheme  the scoring scheme, not null
   * @return the scorecards, not null
   */
  public static ImmutableList<Scorecard> forMonth(Organisation organisation, Scoreboard board, YearMonth month,
      ScoringScheme scheme) {
    return forOrganisation(organisation, board, DateSpan.month(month), scheme);
  }
}
