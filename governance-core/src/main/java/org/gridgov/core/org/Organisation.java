package org.gridgov.core.org;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.category.CategoryCode;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.people.Person;
import org.gridgov.core.people.PersonId;

/**
 * An immutable snapshot of a city's organisation: the territory from city to household, the party
 * organisation that mirrors it, the people and their roles, the sinking units and the departments.
 *
 * <p>A snapshot is built by {@link #builder(CityId, String)}, which enforces the structural rules
 * ({@code ORG-…} in {@link RuleId}) and reports all their violations at once. The governance rules of
 * the article are checked by {@link #check(RuleConfig)}. Changes produce a new snapshot through
 * {@link #apply(OrganisationChange)}; this one is never modified.
 *
 * <p>Lookups use indexes built once: the parent, ancestors and grid of any place, containment and
 * role holders at a place cost a few look-ups, never a scan of the city. Buildings, units and the
 * millions of registered households of a large city are kept in a compact form (a string table of
 * their codes with an open-addressing hash index and int handles for their parents) rather than as
 * objects: a household's grid is two dependent memory reads plus small arrays, at about 90 bytes per
 * household. A builder made by {@link #toBuilder()} shares the households with this snapshot until
 * it adds one. Places passed to queries must belong to the snapshot; an unknown place is an
 * {@link InvalidInputException}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Organisation {
  private final CityId city;
  private final String cityName;
  private final long version;
  private final ImmutableMap<SubdistrictId, Subdistrict> subdistricts;
  private final ImmutableMap<CommunityId, Community> communities;
  private final ImmutableMap<GridId, Grid> grids;
  private final CodeTable buildingCodes;
  private final ImmutableList<Building> buildings;
  private final CodeTable unitCodes;
  private final BuildingUnit[] unitAt;
  private final int[] unitBuilding;
  private final int[] buildingGrid;
  private final GridId[] gridAt;
  /**
   * Every grid's subdistrict, community and grid numbers as one int ({@link #gridKey}), in an
   * open-addressing table (0 = empty), with the grid's handle in the same slot of {@link #gridSlotHandles}:
   * a grid is found without hashing and comparing its nested identifier level by level (all grids lie in
   * {@link #city}).
   */
  private final int[] gridKeys;
  private final int[] gridSlotHandles;
  private final RowIndex buildingsOfGrid;
  private final RowIndex unitsOfBuilding;
  private final Households households;
  private final ImmutableMap<PersonId, Person> people;
  private final ImmutableList<RoleAssignment> roles;
  private final ImmutableList<PartyPostAssignment> partyPosts;
  private final ImmutableMap<SinkingUnitId, SinkingUnit> sinkingUnits;
  private final ImmutableMap<DepartmentId, Department> departments;

  private final Map<PlaceId, ImmutableList<PlaceId>> children;
  private final Map<GridId, Integer> registeredHouseholds;
  private final RolesByPerson rolesByPerson;
  private final ImmutableListMultimap<RoleAt, RoleAssignment> rolesAt;
  private final ImmutableListMultimap<RoleAt, RoleAssignment> rolesWithin;
  private final ImmutableListMultimap<PartyBody, PartyPostAssignment> postsByBody;
  private final ImmutableListMultimap<PersonId, PartyPostAssignment> postsByPerson;

  /** Key of the role indexes: a role at a place. */
  private record RoleAt(Role role, PlaceId place) {}

  private Organisation(Builder b, Index index) {
    this.city = b.city;
    this.cityName = b.cityName;
    this.version = b.version;
    this.subdistricts = ImmutableMap.copyOf(b.subdistricts);
    this.communities = ImmutableMap.copyOf(b.communities);
    this.grids = ImmutableMap.copyOf(b.grids);
    this.buildingCodes = index.buildingCodes;
    this.buildings = index.buildings;
    this.unitCodes = index.unitCodes;
    this.unitAt = index.units;
    this.unitBuilding = index.unitBuilding;
    this.buildingGrid = index.buildingGrid;
    this.gridAt = index.grids;
    this.gridKeys = new int[Math.max(4, Integer.highestOneBit(Math.max(1, gridAt.length)) * 4)];
    this.gridSlotHandles = new int[gridKeys.length];
    int mask = gridKeys.length - 1;
    for (int g = 0; g < gridAt.length; g++) {
      int i = gridSlot(gridKey(gridAt[g]), mask);
      while (gridKeys[i] != 0) {
        i = (i + 1) & mask;
      }
      gridKeys[i] = gridKey(gridAt[g]);
      gridSlotHandles[i] = g;
    }
    this.buildingsOfGrid = new RowIndex(gridAt.length, buildingGrid.length, k -> buildingGrid[k]);
    this.unitsOfBuilding = new RowIndex(buildingGrid.length, unitAt.length, u -> unitBuilding[u]);
    this.households = index.households;
    this.people = ImmutableMap.copyOf(b.people);
    this.roles = ImmutableList.copyOf(b.roles);
    this.partyPosts = ImmutableList.copyOf(b.partyPosts);
    this.sinkingUnits = ImmutableMap.copyOf(b.sinkingUnits);
    this.departments = ImmutableMap.copyOf(b.departments);
    this.children = index.children;
    this.registeredHouseholds = index.registered;

    ImmutableListMultimap.Builder<PersonId, RoleAssignment> byPerson = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<RoleAt, RoleAssignment> at = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<RoleAt, RoleAssignment> within = ImmutableListMultimap.builder();
    for (RoleAssignment a : roles) {
      byPerson.put(a.person(), a);
      at.put(new RoleAt(a.role(), a.place()), a);
      for (PlaceId p = a.place(); p != null; p = parentOrNull(p)) {
        within.put(new RoleAt(a.role(), p), a);
      }
    }
    this.rolesByPerson = new RolesByPerson(byPerson.build());
    this.rolesAt = at.build();
    this.rolesWithin = within.build();
    ImmutableListMultimap.Builder<PartyBody, PartyPostAssignment> byBody = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<PersonId, PartyPostAssignment> postsOf = ImmutableListMultimap.builder();
    for (PartyPostAssignment p : partyPosts) {
      byBody.put(p.body(), p);
      postsOf.put(p.person(), p);
    }
    this.postsByBody = byBody.build();
    this.postsByPerson = postsOf.build();
  }

  /**
   * Starts building an organisation for a city.
   *
   * @param city  the city, not null
   * @param cityName  the city's name, e.g. "北票市", not null
   * @return a new builder, not null
   * @throws InvalidInputException if the city is null or the name blank
   */
  public static Builder builder(CityId city, String cityName) {
    return new Builder(Checks.notNull(city, "city"), Checks.text(cityName, "cityName", 100));
  }

  /**
   * Returns a builder holding this snapshot's content, for making a modified copy.
   *
   * @return a new builder, not null
   */
  public Builder toBuilder() {
    Builder b = new Builder(city, cityName);
    b.version = version;
    b.subdistricts.putAll(subdistricts);
    b.communities.putAll(communities);
    b.grids.putAll(grids);
    b.base = this;
    b.householdBase = households;
    b.people.putAll(people);
    b.roles.addAll(roles);
    b.partyPosts.addAll(partyPosts);
    b.sinkingUnits.putAll(sinkingUnits);
    b.departments.putAll(departments);
    return b;
  }

  // ---------------------------------------------------------------- content

  /**
   * Returns the city.
   *
   * @return the city identifier, not null
   */
  public CityId city() {
    return city;
  }

  /**
   * Returns the city's name.
   *
   * @return the name, not null
   */
  public String cityName() {
    return cityName;
  }

  /**
   * Returns the version: 0 for a built snapshot, one more for each applied change.
   *
   * @return the version
   */
  public long version() {
    return version;
  }

  /**
   * Returns the subdistricts in the order they were added.
   *
   * @return the subdistricts, not null
   */
  public ImmutableList<Subdistrict> subdistricts() {
    return subdistricts.values().asList();
  }

  /**
   * Returns the communities in the order they were added.
   *
   * @return the communities, not null
   */
  public ImmutableList<Community> communities() {
    return communities.values().asList();
  }

  /**
   * Returns the grids in the order they were added.
   *
   * @return the grids, not null
   */
  public ImmutableList<Grid> grids() {
    return grids.values().asList();
  }

  /**
   * Returns the buildings in the order they were added.
   *
   * @return an unmodifiable view of the buildings, not null
   */
  public Collection<Building> buildings() {
    return buildings;
  }

  /**
   * Returns the number of building units.
   *
   * @return the count
   */
  public int unitCount() {
    return unitAt.length;
  }

  /**
   * Returns the number of registered households (grids that only declare counts add none).
   *
   * @return the count
   */
  public int registeredHouseholdCount() {
    return households.size();
  }

  /**
   * Finds a subdistrict.
   *
   * @param id  the identifier, not null
   * @return the subdistrict, empty if unknown
   */
  public Optional<Subdistrict> subdistrict(SubdistrictId id) {
    return Optional.ofNullable(subdistricts.get(id));
  }

  /**
   * Finds a community.
   *
   * @param id  the identifier, not null
   * @return the community, empty if unknown
   */
  public Optional<Community> community(CommunityId id) {
    return Optional.ofNullable(communities.get(id));
  }

  /**
   * Finds a grid.
   *
   * @param id  the identifier, not null
   * @return the grid, empty if unknown
   */
  public Optional<Grid> grid(GridId id) {
    return Optional.ofNullable(grids.get(id));
  }

  /**
   * Finds a building.
   *
   * @param id  the identifier, not null
   * @return the building, empty if unknown
   */
  public Optional<Building> building(BuildingId id) {
    return Optional.ofNullable(buildingOrNull(Checks.notNull(id, "id")));
  }

  /**
   * Finds a building unit.
   *
   * @param id  the identifier, not null
   * @return the unit, empty if unknown
   */
  public Optional<BuildingUnit> unit(UnitId id) {
    return Optional.ofNullable(unitOrNull(Checks.notNull(id, "id")));
  }

  /**
   * Finds a registered household.
   *
   * @param id  the identifier, not null
   * @return the household, empty if unknown
   */
  public Optional<Household> household(HouseholdId id) {
    int entry = households.find(Checks.notNull(id, "id").value());
    return entry < 0 ? Optional.empty() : Optional.of(
        new Household(id, unitAt[households.unitOf(entry)].id(), households.central(households.handle(entry))));
  }

  /**
   * Returns the name of a place: the city's, subdistrict's, community's, grid's, building's or unit's
   * name, or the identifier of a household.
   *
   * @param place  a place of this organisation, not null
   * @return the name, not null
   * @throws InvalidInputException if the place is unknown
   */
  public String nameOf(PlaceId place) {
    requirePlace(place);
    if (place instanceof CityId) {
      return cityName;
    } else if (place instanceof SubdistrictId s) {
      return subdistricts.get(s).name();
    } else if (place instanceof CommunityId c) {
      return communities.get(c).name();
    } else if (place instanceof GridId g) {
      return grids.get(g).name();
    } else if (place instanceof BuildingId b) {
      return buildingOrNull(b).name();
    } else if (place instanceof UnitId u) {
      return unitOrNull(u).name();
    }
    return place.code();
  }

  /**
   * Returns whether the place belongs to this organisation.
   *
   * @param place  the place, not null
   * @return true if known
   */
  public boolean contains(PlaceId place) {
    Checks.notNull(place, "place");
    if (place instanceof GridId g) {
      return gridHandle(g) >= 0;
    } else if (place instanceof CityId c) {
      return c.equals(city);
    } else if (place instanceof SubdistrictId s) {
      return subdistricts.containsKey(s);
    } else if (place instanceof CommunityId c) {
      return communities.containsKey(c);
    } else if (place instanceof BuildingId b) {
      return buildingCodes.find(b.value()) >= 0;
    } else if (place instanceof UnitId u) {
      return unitCodes.find(u.value()) >= 0;
    } else if (place instanceof HouseholdId h) {
      return households.find(h.value()) >= 0;
    }
    return false;
  }

  /** A grid's numbers below its city as one int: each is between 1 and 999, so distinct grids of a city differ. */
  private static int gridKey(GridId g) {
    return (int) (g.key() % 1_000_000_000L);
  }

  private static int gridSlot(int key, int mask) {
    return (key * 0x9E3779B9 >>> 7) & mask;
  }

  /** Returns the handle of a grid (its position in {@link #gridAt}), or -1 if it is not one of ours. */
  private int gridHandle(GridId g) {
    if (g.key() / 1_000_000_000L != city.key()) {
      return -1;
    }
    int key = gridKey(g);
    int[] table = gridKeys;
    int mask = table.length - 1;
    for (int i = gridSlot(key, mask); ; i = (i + 1) & mask) {
      int k = table[i];
      if (k == key) {
        return gridSlotHandles[i];
      } else if (k == 0) {
        return -1;
      }
    }
  }

  // ---------------------------------------------------------------- hierarchy

  /**
   * Returns the parent of a place.
   *
   * @param place  a place of this organisation, not null
   * @return the parent, empty for the city
   * @throws InvalidInputException if the place is unknown
   */
  public Optional<PlaceId> parent(PlaceId place) {
    requirePlace(place);
    return Optional.ofNullable(parentOrNull(place));
  }

  /**
   * Returns the children of a place in the order they were added.
   *
   * @param place  a place of this organisation, not null
   * @return the children, empty for a household or a grid that only declares counts
   * @throws InvalidInputException if the place is unknown
   */
  public ImmutableList<PlaceId> children(PlaceId place) {
    requirePlace(place);
    if (place instanceof UnitId u) {
      int unit = unitHandle(u);
      int n = households.countIn(unit);
      ImmutableList.Builder<PlaceId> out = ImmutableList.builderWithExpectedSize(n);
      for (int k = 0; k < n; k++) {
        out.add(new HouseholdId(households.code(households.inUnit(unit, k))));
      }
      return out.build();
    }
    if (place instanceof BuildingId b) {
      int building = buildingCodes.handle(buildingCodes.find(b.value()));
      int n = unitsOfBuilding.count(building);
      ImmutableList.Builder<PlaceId> out = ImmutableList.builderWithExpectedSize(n);
      for (int k = 0; k < n; k++) {
        out.add(unitAt[unitsOfBuilding.child(building, k)].id());
      }
      return out.build();
    }
    if (place instanceof GridId g) {
      int grid = gridHandle(g);
      int n = buildingsOfGrid.count(grid);
      ImmutableList.Builder<PlaceId> out = ImmutableList.builderWithExpectedSize(n);
      for (int k = 0; k < n; k++) {
        out.add(buildings.get(buildingsOfGrid.child(grid, k)).id());
      }
      return out.build();
    }
    return children.getOrDefault(place, ImmutableList.of());
  }

  /**
   * Returns the ancestors of a place, nearest first, ending with the city.
   *
   * @param place  a place of this organisation, not null
   * @return the ancestors, empty for the city
   * @throws InvalidInputException if the place is unknown
   */
  public ImmutableList<PlaceId> ancestors(PlaceId place) {
    if (place instanceof HouseholdId h) {
      int u = households.unitOf(householdEntry(h));
      BuildingUnit unit = unitAt[u];
      GridId grid = gridAt[buildingGrid[unitBuilding[u]]];
      CommunityId community = grid.community();
      SubdistrictId subdistrict = community.subdistrict();
      return ImmutableList.of(unit.id(), unit.building(), grid, community, subdistrict, subdistrict.city());
    }
    requirePlace(place);
    ImmutableList.Builder<PlaceId> out = ImmutableList.builderWithExpectedSize(6);
    for (PlaceId p = parentOrNull(place); p != null; p = parentOrNull(p)) {
      out.add(p);
    }
    return out.build();
  }

  /**
   * Returns the grid of a place at grid level or below.
   *
   * @param place  a grid, building, unit or household of this organisation, not null
   * @return the grid, empty for the city, subdistricts and communities
   * @throws InvalidInputException if the place is unknown
   */
  public Optional<GridId> gridOf(PlaceId place) {
    if (place instanceof GridId g) {
      requirePlace(g);
      return Optional.of(g);
    }
    GridId grid = gridOfLeafOrNull(place);
    if (grid == null) {
      requirePlace(place);
    }
    return Optional.ofNullable(grid);
  }

  /**
   * Returns the grid of a building, unit or household with one typed look-up per level (no separate
   * existence check), or null for an area; throws for an unknown building, unit or household.
   */
  private GridId gridOfLeafOrNull(PlaceId place) {
    if (place instanceof HouseholdId h) {
      return gridAt[buildingGrid[unitBuilding[households.unitOf(householdEntry(h))]]];
    }
    Building building;
    if (place instanceof UnitId u) {
      int unit = unitHandle(u);
      if (unit < 0) {
        throw unknown(place);
      }
      building = buildings.get(unitBuilding[unit]);
    } else if (place instanceof BuildingId b) {
      building = buildingOrNull(b);
      if (building == null) {
        throw unknown(place);
      }
    } else {
      return null;
    }
    return building.grid();
  }


  /**
   * Returns whether a place lies within another: it is the same place or the other is one of its
   * ancestors (jurisdiction containment).
   *
   * @param inner  a place of this organisation, not null
   * @param outer  a place of this organisation, not null
   * @return true if {@code outer} contains {@code inner}
   * @throws InvalidInputException if either place is unknown
   */
  public boolean isWithin(PlaceId inner, PlaceId outer) {
    Checks.notNull(outer, "place");
    if (inner instanceof HouseholdId h) {
      return householdWithin(h, households.unitOf(householdEntry(h)), outer);
    }
    GridId grid = outer.level().isAbove(Level.BUILDING) ? gridOfLeafOrNull(inner) : null;
    if (grid == null) {
      requirePlace(inner);
    }
    return walkUpTo(grid != null ? grid : inner, outer);
  }

  /**
   * Returns whether a place belongs to this organisation and lies within another place of it (or is
   * it): {@code contains(inner) && isWithin(inner, outer)} with one lookup fewer.
   *
   * @param inner  the place, not null
   * @param outer  a place of this organisation, not null
   * @return true if {@code inner} is a place of this organisation and {@code outer} contains it
   * @throws InvalidInputException if {@code inner} is a place of this organisation and {@code outer} is
   *     unknown
   */
  public boolean containsWithin(PlaceId inner, PlaceId outer) {
    if (inner instanceof HouseholdId h) {
      int entry = households.find(h.value());
      return entry >= 0 && householdWithin(h, households.unitOf(entry), outer);
    }
    return contains(inner) && knownWithin(inner, outer);
  }

  /** {@link #isWithin} for a known household in the unit with the given handle. */
  private boolean householdWithin(HouseholdId household, int unit, PlaceId outer) {
    Checks.notNull(outer, "place");
    PlaceId reached;
    if (outer.level() == Level.HOUSEHOLD) {
      reached = household;
    } else if (outer.level() == Level.UNIT) {
      reached = unitAt[unit].id();
    } else if (outer.level() == Level.BUILDING) {
      reached = buildings.get(unitBuilding[unit]).id();
    } else {
      return walkUpTo(gridAt[buildingGrid[unitBuilding[unit]]], outer);
    }
    if (outer.equals(reached)) {
      return true;
    }
    requirePlace(outer);
    return false;
  }

  /** {@link #isWithin} for an inner place already known to belong to this organisation. */
  private boolean knownWithin(PlaceId inner, PlaceId outer) {
    Checks.notNull(outer, "place");
    GridId grid = outer.level().isAbove(Level.BUILDING) ? gridOfLeafOrNull(inner) : null;
    return walkUpTo(grid != null ? grid : inner, outer);
  }

  /** Walks up from a known place to the outer place's level; checks the outer place only on a miss. */
  private boolean walkUpTo(PlaceId from, PlaceId outer) {
    PlaceId p = from;
    while (p != null && outer.level().isAbove(p.level())) {
      p = parentOrNull(p);
    }
    if (outer.equals(p)) {
      return true; // the builder checks every parent, so an ancestor of a known place is known
    }
    requirePlace(outer);
    return false;
  }

  /**
   * Returns the number of households of a grid: its declared count if it declares one, otherwise the
   * number of households registered in its buildings.
   *
   * @param grid  a grid of this organisation, not null
   * @return the household count
   * @throws InvalidInputException if the grid is unknown
   */
  public int householdCount(GridId grid) {
    requirePlace(grid);
    OptionalInt declared = grids.get(grid).declaredHouseholds();
    return declared.isPresent() ? declared.getAsInt() : registeredHouseholds.getOrDefault(grid, 0);
  }

  /**
   * Returns the number of households within an area: the sum of {@link #householdCount(GridId)} over
   * its grids, or the registered households below a building or unit.
   *
   * @param area  a place of this organisation, not null
   * @return the household count
   * @throws InvalidInputException if the area is unknown
   */
  public long householdCountWithin(PlaceId area) {
    requirePlace(area);
    if (area instanceof HouseholdId) {
      return 1;
    }
    if (area instanceof UnitId u) {
      return households.countIn(unitHandle(u));
    }
    if (area instanceof GridId g) {
      return householdCount(g);
    }
    long sum = 0;
    for (PlaceId child : children(area)) {
      sum += householdCountWithin(child);
    }
    return sum;
  }

  // ---------------------------------------------------------------- people and roles

  /**
   * Finds a person.
   *
   * @param id  the identifier, not null
   * @return the person, empty if unknown
   */
  public Optional<Person> person(PersonId id) {
    return Optional.ofNullable(people.get(id));
  }

  /**
   * Returns everyone known to the organisation.
   *
   * @return the people in the order they were added, not null
   */
  public ImmutableList<Person> people() {
    return people.values().asList();
  }

  /**
   * Returns every role assignment.
   *
   * @return the assignments in the order they were added, not null
   */
  public ImmutableList<RoleAssignment> roleAssignments() {
    return roles;
  }

  /**
   * Returns the people holding a role exactly at a place.
   *
   * @param role  the role, not null
   * @param place  the place, not null
   * @return the holders in assignment order, not null
   */
  public ImmutableList<PersonId> holders(Role role, PlaceId place) {
    return rolesAt.get(new RoleAt(Checks.notNull(role, "role"), Checks.notNull(place, "place"))).stream()
        .map(RoleAssignment::person).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the assignments of a role held at an area or any place within it, e.g. all grid workers of
   * a subdistrict.
   *
   * @param role  the role, not null
   * @param area  the area, not null
   * @return the assignments, not null
   */
  public ImmutableList<RoleAssignment> assignmentsWithin(Role role, PlaceId area) {
    return rolesWithin.get(new RoleAt(Checks.notNull(role, "role"), Checks.notNull(area, "area")));
  }

  /**
   * Returns the roles a person holds.
   *
   * @param person  the person, not null
   * @return the assignments, empty for an unknown person, not null
   */
  public ImmutableList<RoleAssignment> rolesOf(PersonId person) {
    return rolesByPerson.get(Checks.notNull(person, "person"));
  }

  /**
   * Returns whether a person holds a role with jurisdiction over a place: at the place itself or at
   * a place that contains it.
   *
   * @param person  the person, not null
   * @param role  the role, not null
   * @param place  a place of this organisation, not null
   * @return true if the person's jurisdiction in that role covers the place
   * @throws InvalidInputException if the place is unknown
   */
  public boolean hasJurisdiction(PersonId person, Role role, PlaceId place) {
    Checks.notNull(role, "role");
    if (place instanceof HouseholdId h) {
      int unit = households.unitOf(householdEntry(h));
      for (RoleAssignment a : rolesOf(person)) {
        if (a.role() == role && householdWithin(h, unit, a.place())) {
          return true;
        }
      }
      return false;
    }
    requirePlace(place);
    for (RoleAssignment a : rolesOf(person)) {
      if (a.role() == role && isWithin(place, a.place())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns every party post assignment.
   *
   * @return the assignments in the order they were added, not null
   */
  public ImmutableList<PartyPostAssignment> partyPosts() {
    return partyPosts;
  }

  /**
   * Returns the posts held in a party body.
   *
   * @param body  the party body, not null
   * @return the assignments, not null
   */
  public ImmutableList<PartyPostAssignment> partyPostsIn(PartyBody body) {
    return postsByBody.get(Checks.notNull(body, "body"));
  }

  /**
   * Returns the party posts a person holds.
   *
   * @param person  the person, not null
   * @return the assignments, not null
   */
  public ImmutableList<PartyPostAssignment> partyPostsOf(PersonId person) {
    return postsByPerson.get(Checks.notNull(person, "person"));
  }

  /**
   * Returns the holders of a post in a party body.
   *
   * @param body  the party body, not null
   * @param post  the post, not null
   * @return the holders, not null
   */
  public ImmutableList<PersonId> partyPostHolders(PartyBody body, PartyPost post) {
    Checks.notNull(post, "post");
    return partyPostsIn(body).stream().filter(p -> p.post() == post).map(PartyPostAssignment::person)
        .collect(ImmutableList.toImmutableList());
  }

  // ---------------------------------------------------------------- units and departments

  /**
   * Returns the sinking units.
   *
   * @return the sinking units in the order they were added, not null
   */
  public ImmutableList<SinkingUnit> sinkingUnits() {
    return sinkingUnits.values().asList();
  }

  /**
   * Finds a sinking unit.
   *
   * @param id  the identifier, not null
   * @return the sinking unit, empty if unknown
   */
  public Optional<SinkingUnit> sinkingUnit(SinkingUnitId id) {
    return Optional.ofNullable(sinkingUnits.get(id));
  }

  /**
   * Returns the departments and utilities.
   *
   * @return the departments in the order they were added, not null
   */
  public ImmutableList<Department> departments() {
    return departments.values().asList();
  }

  /**
   * Finds a department.
   *
   * @param id  the identifier, not null
   * @return the department, empty if unknown
   */
  public Optional<Department> department(DepartmentId id) {
    return Optional.ofNullable(departments.get(id));
  }

  /**
   * Returns the departments whose responsibility list covers a category.
   *
   * @param category  the category, not null
   * @return the departments in the order they were added, not null
   */
  public ImmutableList<Department> departmentsResponsibleFor(CategoryCode category) {
    Checks.notNull(category, "category");
    return departments.values().stream().filter(d -> d.isResponsibleFor(category))
        .collect(ImmutableList.toImmutableList());
  }

  // ---------------------------------------------------------------- rules and changes

  /**
   * Checks the article's governance rules with the default settings.
   *
   * @return all violations found, not null
   */
  public ValidationReport check() {
    return check(RuleConfig.defaults());
  }

  /**
   * Checks the article's governance rules ({@code GOV-…} in {@link RuleId}), reporting all
   * violations at once.
   *
   * @param config  the settings, not null
   * @return all violations found, not null
   */
  public ValidationReport check(RuleConfig config) {
    return OrganisationRules.check(this, Checks.notNull(config, "config"));
  }

  /**
   * Applies a change with the default rule settings.
   *
   * @param change  the change, not null
   * @return the new snapshot and its change record, or the rejection with its violations
   */
  public ChangeOutcome apply(OrganisationChange change) {
    return apply(change, RuleConfig.defaults());
  }

  /**
   * Applies a change: the result is a new snapshot of the next version plus a change record, or a
   * rejection when a precondition fails or the result would break a structural rule or add a
   * governance error this snapshot does not have. This snapshot is never modified.
   *
   * @param change  the change, not null
   * @param config  the rule settings, not null
   * @return the outcome, not null
   */
  public ChangeOutcome apply(OrganisationChange change, RuleConfig config) {
    return Changes.apply(this, Checks.notNull(change, "change"), Checks.notNull(config, "config"));
  }

  // ---------------------------------------------------------------- internals

  PlaceId parentOrNull(PlaceId place) {
    if (place instanceof CityId) {
      return null;
    } else if (place instanceof SubdistrictId s) {
      return s.city();
    } else if (place instanceof CommunityId c) {
      return c.subdistrict();
    } else if (place instanceof GridId g) {
      return g.community();
    } else if (place instanceof BuildingId b) {
      return buildingOrNull(b).grid();
    } else if (place instanceof UnitId u) {
      return unitOrNull(u).building();
    }
    return unitAt[households.unitOf(householdEntry((HouseholdId) place))].id();
  }

  private Building buildingOrNull(BuildingId id) {
    int entry = buildingCodes.find(id.value());
    return entry < 0 ? null : buildings.get(buildingCodes.handle(entry));
  }

  /** Returns the handle of a unit, or -1 if unknown. */
  private int unitHandle(UnitId id) {
    int entry = unitCodes.find(id.value());
    return entry < 0 ? -1 : unitCodes.handle(entry);
  }

  private BuildingUnit unitOrNull(UnitId id) {
    int u = unitHandle(id);
    return u < 0 ? null : unitAt[u];
  }

  /** Returns the code-table entry of a registered household; throws for an unknown one. */
  private int householdEntry(HouseholdId id) {
    int entry = households.find(id.value());
    if (entry < 0) {
      throw unknown(id);
    }
    return entry;
  }

  private void requirePlace(PlaceId place) {
    if (!contains(place)) {
      throw unknown(place);
    }
  }

  private static InvalidInputException unknown(PlaceId place) {
    return new InvalidInputException("place", "must be a place of this organisation", place.code());
  }

  @Override
  public String toString() {
    return "Organisation[" + cityName + " " + city + " v" + version + ": " + subdistricts.size()
        + " subdistricts, " + communities.size() + " communities, " + grids.size() + " grids, "
        + buildings.size() + " buildings, " + households.size() + " registered households, "
        + people.size() + " people]";
  }

  /** The compact look-up structures a build makes for a snapshot. */
  private static final class Index {
    CodeTable buildingCodes;
    ImmutableList<Building> buildings;
    CodeTable unitCodes;
    BuildingUnit[] units;
    int[] unitBuilding;
    int[] buildingGrid;
    GridId[] grids;
    Households households;
    Map<PlaceId, ImmutableList<PlaceId>> children;
    Map<GridId, Integer> registered;
  }

  /**
   * Collects the content of an organisation and builds a snapshot, enforcing the structural rules.
   *
   * <p>Adding the same identifier twice is not an error until {@link #build()}, which reports every
   * violation at once. A builder is not thread-safe.
   */
  public static final class Builder {
    private final CityId city;
    private final String cityName;
    private long version;
    final Map<SubdistrictId, Subdistrict> subdistricts = new LinkedHashMap<>();
    final Map<CommunityId, Community> communities = new LinkedHashMap<>();
    final Map<GridId, Grid> grids = new LinkedHashMap<>();
    /**
     * The snapshot this builder was made from, whose buildings and units it uses until it changes them.
     * Buildings and units are never removed or reordered, so their handles in the base stay valid.
     */
    private Organisation base;
    private Map<BuildingId, Building> buildingMap;
    private Map<UnitId, BuildingUnit> unitMap;
    /** The households of the snapshot this builder started from (or last built), shared, never changed. */
    private Households householdBase = Households.NONE;
    /** The base's codes plus those added since, or null while none were added. */
    private CodeTable householdCodes;
    private UnitId[] addedUnits = new UnitId[0];
    private final BitSet addedCentral = new BitSet();
    final Map<PersonId, Person> people = new LinkedHashMap<>();
    final List<RoleAssignment> roles = new ArrayList<>();
    final List<PartyPostAssignment> partyPosts = new ArrayList<>();
    final Map<SinkingUnitId, SinkingUnit> sinkingUnits = new LinkedHashMap<>();
    final Map<DepartmentId, Department> departments = new LinkedHashMap<>();
    private final List<Violation> duplicates = new ArrayList<>();

    private Builder(CityId city, String cityName) {
      this.city = city;
      this.cityName = cityName;
    }

    /**
     * Sets the version of the snapshot to build, for restoring a persisted snapshot; 0 by default.
     *
     * @param newVersion  the version, not negative
     * @return this builder
     * @throws InvalidInputException if the version is negative
     */
    public Builder version(long newVersion) {
      this.version = Checks.range(newVersion, "version", 0, Long.MAX_VALUE);
      return this;
    }

    /** Returns the buildings to change, copied from the base snapshot on first use. */
    Map<BuildingId, Building> buildings() {
      if (buildingMap == null) {
        buildingMap = new LinkedHashMap<>();
        if (base != null) {
          for (Building b : base.buildings) {
            buildingMap.put(b.id(), b);
          }
        }
      }
      return buildingMap;
    }

    /** Returns the units to change, copied from the base snapshot on first use. */
    private Map<UnitId, BuildingUnit> units() {
      if (unitMap == null) {
        unitMap = new LinkedHashMap<>();
        if (base != null) {
          for (BuildingUnit u : base.unitAt) {
            unitMap.put(u.id(), u);
          }
        }
      }
      return unitMap;
    }

    private <K, V> Builder put(Map<K, V> map, K key, V value, String what) {
      if (map.putIfAbsent(key, value) != null) {
        duplicates.add(new Violation(RuleId.DUPLICATE_ID, key.toString(), what + " " + key + " was added twice"));
      }
      return this;
    }

    /**
     * Adds a subdistrict.
     *
     * @param id  the identifier, not null
     * @param name  the name, not null
     * @return this builder
     * @throws InvalidInputException if a value is malformed
     */
    public Builder subdistrict(SubdistrictId id, String name) {
      return put(subdistricts, id, new Subdistrict(id, name), "subdistrict");
    }

    /**
     * Adds a community.
     *
     * @param id  the identifier, not null
     * @param name  the name, not null
     * @return this builder
     * @throws InvalidInputException if a value is malformed
     */
    public Builder community(CommunityId id, String name) {
      return put(communities, id, new Community(id, name), "community");
    }

    /**
     * Adds a grid that registers its households individually.
     *
     * @param id  the identifier, not null
     * @param name  the name, not null
     * @return this builder
     * @throws InvalidInputException if a value is malformed
     */
    public Builder grid(GridId id, String name) {
      return put(grids, id, new Grid(id, name, OptionalInt.empty()), "grid");
    }

    /**
     * Adds a grid that declares only its household count.
     *
     * @param id  the identifier, not null
     * @param name  the name, not null
     * @param declaredHouseholds  the household count, 0 or more
     * @return this builder
     * @throws InvalidInputException if a value is malformed
     */
    public Builder grid(GridId id, String name, int declaredHouseholds) {
      return put(grids, id, new Grid(id, name, OptionalInt.of(declaredHouseholds)), "grid");
    }

    /**
     * Adds a building to a grid.
     *
     * @param id  the identifier, not null
     * @param grid  the grid, not null
     * @param name  the name, not null
     * @return this builder
     * @throws InvalidInputException if a value is malformed
     */
    public Builder building(BuildingId id, GridId grid, String name) {
      return put(buildings(), id, new Building(id, grid, name), "building");
    }

    /**
     * Adds a unit to a building.
     *
     * @param id  the identifier, not null
     * @param building  the building, not null
     * @param name  the name, not null
     * @return this builder
     * @throws InvalidInputException if a value is malformed
     */
    public Builder unit(UnitId id, BuildingId building, String name) {
      return put(units(), id, new BuildingUnit(id, building, name), "unit");
    }

    /**
     * Registers a household in a unit.
     *
     * @param id  the identifier, not null
     * @param unit  the unit, not null
     * @param partyMemberCentral  whether it is a party-member central household
     * @return this builder
     * @throws InvalidInputException if a value is malformed
     */
    public Builder household(HouseholdId id, UnitId unit, boolean partyMemberCentral) {
      Checks.notNull(id, "id");
      Checks.notNull(unit, "unit");
      if (householdCodes == null) {
        householdCodes = householdBase.size() == 0 ? new CodeTable(1024) : householdBase.codesToAppend();
      }
      int handle = householdCodes.add(id.value(), -1);
      if (handle < 0) {
        duplicates.add(new Violation(RuleId.DUPLICATE_ID, id.toString(), "household " + id + " was added twice"));
        return this;
      }
      int k = handle - householdBase.size();
      if (k == addedUnits.length) {
        addedUnits = Arrays.copyOf(addedUnits, Math.max(16, k + (k >> 1)));
      }
      addedUnits[k] = unit;
      if (partyMemberCentral) {
        addedCentral.set(k);
      }
      return this;
    }

    /**
     * Adds a person.
     *
     * @param person  the person, not null
     * @return this builder
     * @throws InvalidInputException if the person is null
     */
    public Builder person(Person person) {
      Checks.notNull(person, "person");
      return put(people, person.id(), person, "person");
    }

    /**
     * Gives a person a role.
     *
     * @param assignment  the assignment, not null
     * @return this builder
     * @throws InvalidInputException if the assignment is null
     */
    public Builder assign(RoleAssignment assignment) {
      roles.add(Checks.notNull(assignment, "assignment"));
      return this;
    }

    /**
     * Gives a person a role at a place (a role needing no department or sinking unit).
     *
     * @param person  the person, not null
     * @param role  the role, not null
     * @param place  the place, not null
     * @return this builder
     * @throws InvalidInputException if the role cannot be held at the place's level
     */
    public Builder assign(PersonId person, Role role, PlaceId place) {
      return assign(RoleAssignment.of(person, role, place));
    }

    /**
     * Gives a person a post in the party body mirroring a place.
     *
     * @param person  the person, not null
     * @param post  the post, not null
     * @param place  the mirrored place, not null
     * @return this builder
     * @throws InvalidInputException if no party body mirrors the place
     */
    public Builder partyPost(PersonId person, PartyPost post, PlaceId place) {
      partyPosts.add(PartyPostAssignment.of(person, post, place));
      return this;
    }

    /**
     * Adds a sinking unit.
     *
     * @param unit  the sinking unit, not null
     * @return this builder
     * @throws InvalidInputException if the unit is null
     */
    public Builder sinkingUnit(SinkingUnit unit) {
      Checks.notNull(unit, "sinkingUnit");
      return put(sinkingUnits, unit.id(), unit, "sinking unit");
    }

    /**
     * Adds a department or utility.
     *
     * @param department  the department, not null
     * @return this builder
     * @throws InvalidInputException if the department is null
     */
    public Builder department(Department department) {
      Checks.notNull(department, "department");
      return put(departments, department.id(), department, "department");
    }

    /**
     * Adds several departments, e.g. {@link Department#standard()}.
     *
     * @param list  the departments, not null
     * @return this builder
     * @throws InvalidInputException if the list or an element is null
     */
    public Builder departments(Iterable<Department> list) {
      Checks.notNull(list, "departments");
      list.forEach(this::department);
      return this;
    }

    /**
     * Builds the snapshot.
     *
     * @return the organisation, not null
     * @throws OrganisationException listing every structural violation, if any
     */
    public Organisation build() {
      List<Violation> violations = new ArrayList<>(duplicates);
      Map<PlaceId, List<PlaceId>> kids = new HashMap<>();
      for (Subdistrict s : subdistricts.values()) {
        link(violations, kids, s.id(), s.id().city(), s.id().city().equals(city));
      }
      for (Community c : communities.values()) {
        link(violations, kids, c.id(), c.id().subdistrict(), subdistricts.containsKey(c.id().subdistrict()));
      }
      for (Grid g : grids.values()) {
        link(violations, kids, g.id(), g.id().community(), communities.containsKey(g.id().community()));
      }
      Index index = new Index();
      index.grids = grids.keySet().toArray(new GridId[0]);
      Map<GridId, Integer> gridHandles = new HashMap<>(index.grids.length * 4 / 3 + 1);
      for (int g = 0; g < index.grids.length; g++) {
        gridHandles.put(index.grids[g], g);
      }
      boolean sameBuildings = buildingMap == null && base != null;
      Building[] buildingArray = sameBuildings ? base.buildings.toArray(new Building[0])
          : buildingMap == null ? new Building[0] : buildingMap.values().toArray(new Building[0]);
      index.buildingCodes = sameBuildings ? base.buildingCodes : new CodeTable(buildingArray.length);
      index.buildingGrid = new int[buildingArray.length];
      for (int b = 0; b < buildingArray.length; b++) {
        Building building = buildingArray[b];
        if (!sameBuildings) {
          index.buildingCodes.add(building.id().value(), 0);
        }
        Integer grid = gridHandles.get(building.grid());
        index.buildingGrid[b] = grid == null ? -1 : grid;
        link(violations, null, building.id(), building.grid(), grid != null);
      }
      if (unitMap == null && base != null) {
        // the base's units and their building handles stay valid: buildings are never removed or reordered
        index.unitCodes = base.unitCodes;
        index.units = base.unitAt;
        index.unitBuilding = base.unitBuilding;
      } else {
        index.units = unitMap == null ? new BuildingUnit[0] : unitMap.values().toArray(new BuildingUnit[0]);
        index.unitCodes = new CodeTable(index.units.length);
        index.unitBuilding = new int[index.units.length];
        for (int u = 0; u < index.units.length; u++) {
          BuildingUnit unit = index.units[u];
          index.unitCodes.add(unit.id().value(), 0);
          int entry = index.buildingCodes.find(unit.building().value());
          index.unitBuilding[u] = entry < 0 ? -1 : index.buildingCodes.handle(entry);
          link(violations, null, unit.id(), unit.building(), entry >= 0);
        }
      }
      index.households = households(violations, index);
      checkReferences(violations);
      if (!violations.isEmpty()) {
        throw new OrganisationException(ImmutableList.copyOf(violations));
      }
      index.buildingCodes.trim();
      index.unitCodes.trim();
      index.buildings = sameBuildings ? base.buildings : ImmutableList.copyOf(buildingArray);
      int[] perBuilding = new int[buildingArray.length];
      for (int h = 0, n = index.households.size(); h < n; h++) {
        perBuilding[index.unitBuilding[index.households.unit(h)]]++;
      }
      Map<GridId, Integer> registered = new HashMap<>();
      for (int b = 0; b < buildingArray.length; b++) {
        if (perBuilding[b] > 0) {
          registered.merge(buildingArray[b].grid(), perBuilding[b], Integer::sum);
        }
      }
      index.registered = Collections.unmodifiableMap(registered);
      Map<PlaceId, ImmutableList<PlaceId>> frozen = new HashMap<>(kids.size() * 4 / 3 + 1);
      kids.forEach((k, v) -> frozen.put(k, ImmutableList.copyOf(v)));
      index.children = Collections.unmodifiableMap(frozen);
      householdBase = index.households;
      householdCodes = null;
      addedUnits = new UnitId[0];
      addedCentral.clear();
      return new Organisation(this, index);
    }

    /**
     * Returns the base households plus those added since, with their units resolved, or the base when
     * none were added; adds a violation for each household whose unit does not exist.
     */
    private Households households(List<Violation> violations, Index index) {
      int base = householdBase.size();
      if (householdCodes == null || householdCodes.size() == base) {
        return householdBase;
      }
      int n = householdCodes.size();
      BitSet central = (BitSet) householdBase.centralFlags().clone();
      UnitId last = null;
      int lastHandle = -1;
      for (int k = 0; k < n - base; k++) {
        UnitId unit = addedUnits[k];
        int handle = lastHandle;
        if (!unit.equals(last)) {
          int entry = index.unitCodes.find(unit.value());
          handle = entry < 0 ? -1 : index.unitCodes.handle(entry);
        }
        if (handle < 0) {
          HouseholdId child = new HouseholdId(householdCodes.code(householdCodes.entry(base + k)));
          violations.add(new Violation(RuleId.MISSING_PARENT, child.code(), Level.HOUSEHOLD + " " + child
              + " refers to " + Level.UNIT + " " + unit + ", which does not exist"));
        }
        last = unit;
        lastHandle = handle;
        householdCodes.setPayload(householdCodes.entry(base + k), handle);
        if (addedCentral.get(k)) {
          central.set(base + k);
        }
      }
      return violations.isEmpty()
          ? new Households(householdCodes, central, index.units.length) : householdBase;
    }

    private static void link(List<Violation> violations, Map<PlaceId, List<PlaceId>> kids, PlaceId child,
        PlaceId parent, boolean parentExists) {
      if (parentExists) {
        if (kids != null) {
          kids.computeIfAbsent(parent, k -> new ArrayList<>(4)).add(child);
        }
      } else {
        violations.add(new Violation(RuleId.MISSING_PARENT, child.code(),
            child.level() + " " + child + " refers to " + parent.level() + " " + parent + ", which does not exist"));
      }
    }

    private boolean hasPlace(PlaceId p) {
      if (p instanceof CityId c) {
        return c.equals(city);
      } else if (p instanceof SubdistrictId s) {
        return subdistricts.containsKey(s);
      } else if (p instanceof CommunityId c) {
        return communities.containsKey(c);
      } else if (p instanceof GridId g) {
        return grids.containsKey(g);
      } else if (p instanceof BuildingId b) {
        return buildingMap != null ? buildingMap.containsKey(b) : base != null && base.contains(b);
      } else if (p instanceof UnitId u) {
        return unitMap != null ? unitMap.containsKey(u) : base != null && base.contains(u);
      }
      String code = ((HouseholdId) p).value();
      return householdCodes != null ? householdCodes.find(code) >= 0 : householdBase.find(code) >= 0;
    }

    private void checkReferences(List<Violation> violations) {
      java.util.Set<RoleAssignment> seenRoles = new java.util.HashSet<>();
      for (RoleAssignment a : roles) {
        String subject = a.person().value();
        unknownPerson(violations, a.person(), subject, "role " + a.role());
        if (!hasPlace(a.place())) {
          violations.add(new Violation(RuleId.UNKNOWN_REFERENCE, subject,
              "role " + a.role() + " is held at unknown " + a.place().level() + " " + a.place()));
        }
        a.department().filter(d -> !departments.containsKey(d)).ifPresent(d -> violations.add(
            new Violation(RuleId.UNKNOWN_REFERENCE, subject, "role " + a.role() + " names unknown department " + d)));
        a.sinkingUnit().filter(s -> !sinkingUnits.containsKey(s)).ifPresent(s -> violations.add(
            new Violation(RuleId.UNKNOWN_REFERENCE, subject, "role " + a.role() + " names unknown sinking unit " + s)));
        if (!seenRoles.add(a)) {
          violations.add(new Violation(RuleId.DUPLICATE_ASSIGNMENT, subject,
              "role " + a.role() + " at " + a.place() + " was assigned twice"));
        }
      }
      java.util.Set<PartyPostAssignment> seenPosts = new java.util.HashSet<>();
      for (PartyPostAssignment p : partyPosts) {
        String subject = p.person().value();
        unknownPerson(violations, p.person(), subject, "party post " + p.post());
        if (!hasPlace(p.body().place())) {
          violations.add(new Violation(RuleId.UNKNOWN_REFERENCE, subject,
              "party post " + p.post() + " is in the " + p.body().kind() + " of unknown place " + p.body().place()));
        }
        if (!seenPosts.add(p)) {
          violations.add(new Violation(RuleId.DUPLICATE_ASSIGNMENT, subject,
              "party post " + p.post() + " in " + p.body().kind() + " " + p.body().place() + " was assigned twice"));
        }
      }
      for (SinkingUnit u : sinkingUnits.values()) {
        String subject = u.id().value();
        unknownPerson(violations, u.partyHead(), subject, "sinking unit party head");
        unknownPerson(violations, u.deputy(), subject, "sinking unit deputy");
        for (CommunityId c : u.communities()) {
          if (!communities.containsKey(c)) {
            violations.add(new Violation(RuleId.UNKNOWN_REFERENCE, subject, "sinking unit serves unknown community " + c));
          }
        }
      }
    }

    private void unknownPerson(List<Violation> violations, PersonId person, String subject, String what) {
      if (!people.containsKey(person)) {
        violations.add(new Violation(RuleId.UNKNOWN_REFERENCE, subject, what + " names unknown person " + person));
      }
    }
  }
}
