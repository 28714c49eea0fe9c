package org.gridgov.core.accountability.points;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.accountability.DateSpan;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.org.Organisation;
import org.gridgov.core.org.Role;
import org.gridgov.core.org.RoleAssignment;
import org.gridgov.core.people.PersonId;

/**
 * The points ledger (积分台账) of a community's building and unit chiefs.
 *
 * <p>Entries are posted with a caller-chosen {@link EntryId}: posting the same entry again records
 * nothing and answers {@link Posting.AlreadyRecorded}; a different entry under a used identifier is
 * rejected. A redemption that would make a balance negative is rejected. Each person's entries are in
 * time order. A rejected posting changes nothing. The full history is kept.
 *
 * <p>A ledger is a mutable aggregate and not thread-safe; confine it to one thread or guard it.
 */
public final class PointsLedger {
  private final PointsScheme scheme;
  private final ImmutableSet<PersonId> members;
  private final Map<EntryId, PointsEntry> byId = new HashMap<>();
  private final List<PointsEntry> entries = new ArrayList<>();
  private final Map<PersonId, List<PointsEntry>> byPerson = new LinkedHashMap<>();
  private final Map<PersonId, Long> balances = new HashMap<>();

  private PointsLedger(PointsScheme scheme, ImmutableSet<PersonId> members) {
    this.scheme = scheme;
    this.members = members;
  }

  /**
   * Creates an empty ledger for the given members.
   *
   * @param scheme  the earning rules and rewards, not null
   * @param members  the building and unit chiefs who may hold points, not null
   * @return the ledger, not null
   */
  public static PointsLedger create(PointsScheme scheme, Collection<PersonId> members) {
    return new PointsLedger(Checks.notNull(scheme, "scheme"), ImmutableSet.copyOf(Checks.noNulls(members, "members")));
  }

  /**
   * Creates an empty ledger whose members are the building and unit chiefs of an organisation.
   *
   * @param scheme  the scheme, not null
   * @param organisation  the organisation, not null
   * @return the ledger, not null
   */
  public static PointsLedger forChiefsOf(PointsScheme scheme, Organisation organisation) {
    Checks.notNull(organisation, "organisation");
    return create(scheme, organisation.roleAssignments().stream()
        .filter(a -> a.role() == Role.BUILDING_CHIEF || a.role() == Role.UNIT_CHIEF)
        .map(RoleAssignment::person).collect(ImmutableSet.toImmutableSet()));
  }

  /**
   * Posts points earned under a rule.
   *
   * @param id  the entry identifier, not null
   * @param person  the chief, not null
   * @param ruleId  the earning rule, not null
   * @param quantity  how many occurrences, 1 to 1000
   * @param at  when, not null
   * @return the outcome, not null
   * @throws InvalidInputException if an argument is null or the quantity out of range
   */
  public Posting earn(EntryId id, PersonId person, String ruleId, int quantity, Instant at) {
    requireArguments(id, person, at);
    Checks.notNull(ruleId, "ruleId");
    Checks.range(quantity, "quantity", 1, 1000);
    Optional<EarningRule> rule = scheme.rule(ruleId);
    if (rule.isEmpty()) {
      return new Posting.Rejected(Posting.Reason.UNKNOWN_RULE, "earning rule '" + ruleId + "' is not in the scheme");
    }
    return post(new PointsEntry(id, person, at, EntryKind.EARNED, ruleId, quantity,
        (long) rule.get().points() * quantity));
  }

  /**
   * Posts a redemption of points for rewards.
   *
   * @param id  the entry identifier, not null
   * @param person  the chief, not null
   * @param rewardId  the reward, not null
   * @param quantity  how many items, 1 to 1000
   * @param at  when, not null
   * @return the outcome, not null
   * @throws InvalidInputException if an argument is null or the quantity out of range
   */
  public Posting redeem(EntryId id, PersonId person, String rewardId, int quantity, Instant at) {
    requireArguments(id, person, at);
    Checks.notNull(rewardId, "rewardId");
    Checks.range(quantity, "quantity", 1, 1000);
    Optional<Reward> reward = scheme.reward(rewardId);
    if (reward.isEmpty()) {
      return new Posting.Rejected(Posting.Reason.UNKNOWN_REWARD, "reward '" + rewardId + "' is not in the catalogue");
    }
    return post(new PointsEntry(id, person, at, EntryKind.REDEEMED, rewardId, quantity,
        -(long) reward.get().cost() * quantity));
  }

  private static void requireArguments(EntryId id, PersonId person, Instant at) {
    Checks.notNull(id, "id");
    Checks.notNull(person, "person");
    Checks.notNull(at, "at");
  }

  private Posting post(PointsEntry entry) {
    PointsEntry before = byId.get(entry.id());
    if (before != null) {
      return before.equals(entry) ? new Posting.AlreadyRecorded(before)
          : new Posting.Rejected(Posting.Reason.CONFLICTING_ENTRY,
              "entry " + entry.id() + " is already recorded with different content: " + before);
    }
    if (!members.contains(entry.person())) {
      return new Posting.Rejected(Posting.Reason.NOT_A_MEMBER,
          entry.person() + " is not a building or unit chief of this ledger");
    }
    List<PointsEntry> own = byPerson.getOrDefault(entry.person(), List.of());
    if (!own.isEmpty() && entry.at().isBefore(own.get(own.size() - 1).at())) {
      return new Posting.Rejected(Posting.Reason.OUT_OF_ORDER, "entry " + entry.id() + " at " + entry.at()
          + " is before " + entry.person() + "'s latest entry at " + own.get(own.size() - 1).at());
    }
    long balance = balance(entry.person());
    if (balance + entry.points() < 0) {
      return new Posting.Rejected(Posting.Reason.INSUFFICIENT_BALANCE, entry.person() + " has " + balance
          + " points, the redemption needs " + -entry.points());
    }
    byId.put(entry.id(), entry);
    entries.add(entry);
    byPerson.computeIfAbsent(entry.person(), k -> new ArrayList<>()).add(entry);
    balances.put(entry.person(), balance + entry.points());
    return new Posting.Recorded(entry, balance + entry.points());
  }

  /**
   * Returns the scheme.
   *
   * @return the scheme, not null
   */
  public PointsScheme scheme() {
    return scheme;
  }

  /**
   * Returns the members.
   *
   * @return the building and unit chiefs, not null
   */
  public ImmutableSet<PersonId> members() {
    return members;
  }

  /**
   * Returns a person's balance.
   *
   * @param person  the person, not null
   * @return the balance, 0 without entries, never negative
   */
  public long balance(PersonId person) {
    return balances.getOrDefault(Checks.notNull(person, "person"), 0L);
  }

  /**
   * Returns every entry in posting order.
   *
   * @return a copy of the history, not null
   */
  public ImmutableList<PointsEntry> entries() {
    return ImmutableList.copyOf(entries);
  }

  /**
   * Returns a person's entries in time order.
   *
   * @param person  the person, not null
   * @return a copy of the person's history, not null
   */
  public ImmutableList<PointsEntry> history(PersonId person) {
    return ImmutableList.copyOf(byPerson.getOrDefault(Checks.notNull(person, "person"), List.of()));
  }

  /**
   * Summarises a person's points over a period.
   *
   * @param person  the person, not null
   * @param span  the period, not null
   * @param zone  the time zone that decides an entry's date, not null
   * @return the summary, not null
   */
  public PeriodSummary summary(PersonId person, DateSpan span, ZoneId zone) {
    Checks.notNull(span, "span");
    Checks.notNull(zone, "zone");
    long opening = 0;
    long earned = 0;
    long redeemed = 0;
    int count = 0;
    for (PointsEntry e : history(person)) {
      java.time.LocalDate date = e.at().atZone(zone).toLocalDate();
      if (date.isBefore(span.first())) {
        opening += e.points();
      } else if (span.contains(date)) {
        count++;
        if (e.points() > 0) {
          earned += e.points();
        } else {
          redeemed -= e.points();
        }
      }
    }
    return new PeriodSummary(person, span, opening, earned, redeemed, count);
  }

  /**
   * Summarises every member with entries over a period, in order of first entry.
   *
   * @param span  the period, not null
   * @param zone  the time zone, not null
   * @return the summaries, not null
   */
  public ImmutableList<PeriodSummary> summaries(DateSpan span, ZoneId zone) {
    return byPerson.keySet().stream().map(p -> summary(p, span, zone)).collect(ImmutableList.toImmutableList());
  }
}
