package org.gridgov.core.org;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.gridgov.core.people.PersonId;

/** Applies organisation changes to a copy of a snapshot and validates the result. */
final class Changes {
  private Changes() {}

  static ChangeOutcome apply(Organisation org, OrganisationChange change, RuleConfig config) {
    Organisation.Builder b = org.toBuilder();
    List<Violation> pre = new ArrayList<>();
    List<String> effects = new ArrayList<>();
    if (change instanceof OrganisationChange.ReassignRole c) {
      reassign(org, b, c, pre, effects);
    } else if (change instanceof OrganisationChange.AssignRole c) {
      b.roles.add(c.assignment());
      effects.add(c.assignment().person() + " now holds " + c.assignment().role() + " at " + c.assignment().place());
    } else if (change instanceof OrganisationChange.MoveBuilding c) {
      move(b, c, pre, effects);
    } else if (change instanceof OrganisationChange.SplitGrid c) {
      split(org, b, c, pre, effects);
    } else if (change instanceof OrganisationChange.MergeGrids c) {
      merge(org, b, c, pre, effects);
    } else if (change instanceof OrganisationChange.AddSinkingUnit c) {
      addSinkingUnit(b, c.unit(), effects);
    }
    if (!pre.isEmpty()) {
      return new ChangeOutcome.Rejected(change, ImmutableList.copyOf(pre));
    }
    Organisation next;
    try {
      next = b.version(org.version() + 1).build();
    } catch (OrganisationException e) {
      return new ChangeOutcome.Rejected(change, e.violations());
    }
    Set<Violation> before = new HashSet<>(org.check(config).errors());
    ImmutableList<Violation> added = next.check(config).errors().stream().filter(v -> !before.contains(v))
        .collect(ImmutableList.toImmutableList());
    if (!added.isEmpty()) {
      return new ChangeOutcome.Rejected(change, added);
    }
    return new ChangeOutcome.Applied(next,
        new ChangeRecord(org.version(), next.version(), change, ImmutableList.copyOf(effects)));
  }

  private static Violation precondition(String subject, String message) {
    return new Violation(RuleId.CHANGE_PRECONDITION, subject, message);
  }

  private static void reassign(Organisation org, Organisation.Builder b, OrganisationChange.ReassignRole c,
      List<Violation> pre, List<String> effects) {
    RoleAssignment old = b.roles.stream()
        .filter(a -> a.role() == c.role() && a.place().equals(c.place()) && a.person().equals(c.from()))
        .findFirst().orElse(null);
    if (old == null) {
      pre.add(precondition(c.from().value(), c.from() + " does not hold " + c.role() + " at " + c.place()));
      return;
    }
    if (!b.people.containsKey(c.to())) {
      pre.add(precondition(c.to().value(), "new holder " + c.to() + " is not a known person"));
      return;
    }
    b.roles.set(b.roles.indexOf(old),
        new RoleAssignment(c.to(), old.role(), old.place(), old.department(), old.sinkingUnit()));
    effects.add(c.role() + " at " + c.place() + " passes from " + c.from() + " to " + c.to());
    if (c.role() == Role.GRID_CHIEF || c.role() == Role.GENERAL_GRID_CHIEF) {
      PartyPostAssignment secretary = new PartyPostAssignment(c.from(), PartyPost.SECRETARY, PartyBody.of(c.place()));
      int i = b.partyPosts.indexOf(secretary);
      if (i >= 0) {
        b.partyPosts.set(i, new PartyPostAssignment(c.to(), PartyPost.SECRETARY, secretary.body()));
        effects.add("secretary of the " + secretary.body().kind() + " of " + c.place() + " passes from "
            + c.from() + " to " + c.to());
      }
    }
  }

  private static void move(Organisation.Builder b, OrganisationChange.MoveBuilding c, List<Violation> pre,
      List<String> effects) {
    Building building = b.buildings().get(c.building());
    if (building == null) {
      pre.add(precondition(c.building().value(), "building " + c.building() + " does not exist"));
    } else if (building.grid().equals(c.to())) {
      pre.add(precondition(c.building().value(), "building " + c.building() + " is already in grid " + c.to()));
    } else {
      b.buildings().put(c.building(), new Building(building.id(), c.to(), building.name()));
      effects.add("building " + c.building() + " moves from grid " + building.grid() + " to grid " + c.to());
    }
  }

  private static void split(Organisation org, Organisation.Builder b, OrganisationChange.SplitGrid c,
      List<Violation> pre, List<String> effects) {
    Grid source = b.grids.get(c.source());
    if (source == null) {
      pre.add(precondition(c.source().code(), "grid " + c.source() + " does not exist"));
      return;
    }
    if (b.grids.containsKey(c.newGrid())) {
      pre.add(precondition(c.newGrid().code(), "grid " + c.newGrid() + " exists already"));
    }
    if (c.buildings().isEmpty()) {
      pre.add(precondition(c.source().code(), "a split must move at least one building"));
    }
    for (BuildingId id : c.buildings()) {
      Building building = b.buildings().get(id);
      if (building == null || !building.grid().equals(c.source())) {
        pre.add(precondition(id.value(), "building " + id + " is not in grid " + c.source()));
      }
    }
    OptionalInt sourceCount = source.declaredHouseholds();
    if (sourceCount.isPresent() != c.declaredHouseholds().isPresent()) {
      pre.add(precondition(c.newGrid().code(), sourceCount.isPresent()
          ? "grid " + c.source() + " declares its household count, so the new grid must declare its share"
          : "grid " + c.source() + " registers households, so the new grid must not declare a count"));
    } else if (sourceCount.isPresent() && c.declaredHouseholds().getAsInt() > sourceCount.getAsInt()) {
      pre.add(precondition(c.newGrid().code(), "the new grid's " + c.declaredHouseholds().getAsInt()
          + " households exceed the source grid's " + sourceCount.getAsInt()));
    }
    if (!pre.isEmpty()) {
      return;
    }
    if (sourceCount.isPresent()) {
      int share = c.declaredHouseholds().getAsInt();
      b.grids.put(c.source(), new Grid(source.id(), source.name(), OptionalInt.of(sourceCount.getAsInt() - share)));
    }
    b.grids.put(c.newGrid(), new Grid(c.newGrid(), c.name(), c.declaredHouseholds()));
    for (BuildingId id : c.buildings()) {
      Building building = b.buildings().get(id);
      b.buildings().put(id, new Building(id, c.newGrid(), building.name()));
    }
    b.roles.add(RoleAssignment.of(c.chief(), Role.GRID_CHIEF, c.newGrid()));
    b.partyPosts.add(PartyPostAssignment.of(c.chief(), PartyPost.SECRETARY, c.newGrid()));
    b.roles.add(RoleAssignment.of(c.worker(), Role.GRID_WORKER, c.newGrid()));
    effects.add("grid " + c.newGrid() + " is split from grid " + c.source() + " with " + c.buildings().size()
        + " building(s)");
    effects.add(c.chief() + " becomes grid chief and branch secretary of grid " + c.newGrid());
    effects.add(c.worker() + " becomes grid worker of grid " + c.newGrid());
  }

  private static void merge(Organisation org, Organisation.Builder b, OrganisationChange.MergeGrids c,
      List<Violation> pre, List<String> effects) {
    Grid absorbed = b.grids.get(c.absorbed());
    Grid into = b.grids.get(c.into());
    if (absorbed == null) {
      pre.add(precondition(c.absorbed().code(), "grid " + c.absorbed() + " does not exist"));
    }
    if (into == null) {
      pre.add(precondition(c.into().code(), "grid " + c.into() + " does not exist"));
    }
    if (!pre.isEmpty()) {
      return;
    }
    int moved = 0;
    for (Map.Entry<BuildingId, Building> e : b.buildings().entrySet()) {
      if (e.getValue().grid().equals(c.absorbed())) {
        e.setValue(new Building(e.getKey(), c.into(), e.getValue().name()));
        moved++;
      }
    }
    if (absorbed.declaredHouseholds().isPresent() || into.declaredHouseholds().isPresent()) {
      int total = org.householdCount(c.absorbed()) + org.householdCount(c.into());
      b.grids.put(c.into(), new Grid(into.id(), into.name(), OptionalInt.of(total)));
    }
    b.grids.remove(c.absorbed());
    Set<PersonId> intoWorkers = new HashSet<>(org.holders(Role.GRID_WORKER, c.into()));
    List<RoleAssignment> roles = new ArrayList<>();
    for (RoleAssignment a : b.roles) {
      if (!a.place().equals(c.absorbed())) {
        roles.add(a);
      } else if (a.role() == Role.GRID_WORKER && intoWorkers.add(a.person())) {
        roles.add(RoleAssignment.of(a.person(), Role.GRID_WORKER, c.into()));
        effects.add(a.person() + " becomes grid worker of grid " + c.into());
      } else if (a.role() == Role.GRID_CHIEF) {
        effects.add(a.person() + " is no longer grid chief of grid " + c.absorbed());
      }
    }
    b.roles.clear();
    b.roles.addAll(roles);
    PartyBody oldBranch = PartyBody.of(c.absorbed());
    PartyBody newBranch = PartyBody.of(c.into());
    Set<PartyPostAssignment> posts = new HashSet<>(b.partyPosts);
    List<PartyPostAssignment> kept = new ArrayList<>();
    for (PartyPostAssignment p : b.partyPosts) {
      if (!p.body().equals(oldBranch)) {
        kept.add(p);
      } else if (p.post() != PartyPost.SECRETARY) {
        PartyPostAssignment moved2 = new PartyPostAssignment(p.person(), p.post(), newBranch);
        if (posts.add(moved2)) {
          kept.add(moved2);
        }
      }
    }
    b.partyPosts.clear();
    b.partyPosts.addAll(kept);
    effects.add("grid " + c.absorbed() + " is merged into grid " + c.into() + " with " + moved + " building(s)");
  }

  private static void addSinkingUnit(Organisation.Builder b, SinkingUnit unit, List<String> effects) {
    b.sinkingUnit(unit);
    effects.add("sinking unit " + unit.id() + " serves " + unit.communities().size() + " community(ies)");
    Set<PartyPostAssignment> posts = new HashSet<>(b.partyPosts);
    for (CommunityId community : unit.communities()) {
      PartyPostAssignment head = PartyPostAssignment.of(unit.partyHead(), PartyPost.PART_TIME_MEMBER,
          community.subdistrict());
      if (posts.add(head)) {
        b.partyPosts.add(head);
        effects.add(unit.partyHead() + " joins the expanded working committee of subdistrict "
            + community.subdistrict() + " as a part-time member");
      }
      PartyPostAssignment deputy = PartyPostAssignment.of(unit.deputy(), PartyPost.PART_TIME_MEMBER, community);
      if (posts.add(deputy)) {
        b.partyPosts.add(deputy);
        effects.add(unit.deputy() + " joins the expanded party committee of community " + community
            + " as a part-time member");
      }
    }
  }
}
