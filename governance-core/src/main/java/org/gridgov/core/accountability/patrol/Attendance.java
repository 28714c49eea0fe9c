package org.gridgov.core.accountability.patrol;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.people.PersonId;

/** Computes daily attendance (日常考勤) from check-ins (打卡) against a roster of expected days. */
public final class Attendance {
  private Attendance() {}

  /**
   * Computes each rostered person's attendance: a rostered day counts as attended if the person
   * checked in at least once on that date in the zone. Check-ins on days not rostered are ignored.
   *
   * @param checkIns  the check-ins, not null
   * @param roster  the people expected on each date, not null
   * @param zone  the time zone that decides the date, not null
   * @return one record per rostered person, ordered by person, not null
   */
  public static ImmutableList<AttendanceRecord> compute(Collection<CheckIn> checkIns,
      Map<LocalDate, ? extends Collection<PersonId>> roster, ZoneId zone) {
    Checks.noNulls(checkIns, "checkIns");
    Checks.notNull(roster, "roster");
    Checks.notNull(zone, "zone");
    Map<PersonId, Set<LocalDate>> checked = new HashMap<>();
    for (CheckIn c : checkIns) {
      checked.computeIfAbsent(c.person(), k -> new HashSet<>()).add(c.at().atZone(zone).toLocalDate());
    }
    Map<String, PersonId> people = new TreeMap<>();
    Map<PersonId, ImmutableSortedSet.Builder<LocalDate>> attended = new HashMap<>();
    Map<PersonId, ImmutableSortedSet.Builder<LocalDate>> missed = new HashMap<>();
    roster.forEach((date, persons) -> {
      for (PersonId p : persons) {
        people.put(p.value(), p);
        boolean was = checked.getOrDefault(p, Set.of()).contains(date);
        (was ? attended : missed).computeIfAbsent(p, k -> ImmutableSortedSet.naturalOrder()).add(date);
      }
    });
    ImmutableList.Builder<AttendanceRecord> out = ImmutableList.builder();
    for (PersonId p : people.values()) {
      out.add(new AttendanceRecord(p,
          attended.containsKey(p) ? attended.get(p).build() : ImmutableSortedSet.of(),
          missed.containsKey(p) ? missed.get(p).build() : ImmutableSortedSet.of()));
    }
    return out.build();
  }
}
