package org.gridgov.core.org;

import java.util.Optional;

/**
 * Level of the territory, from the city down to the household.
 *
 * <p>City 市 → subdistrict 街道 → community 社区 → grid 网格 → building 楼栋 → building unit 单元 →
 * household 户.
 */
public enum Level {
  /** City 市. */
  CITY("市"),
  /** Subdistrict 街道. */
  SUBDISTRICT("街道"),
  /** Community 社区. */
  COMMUNITY("社区"),
  /** Grid 网格. */
  GRID("网格"),
  /** Building 楼栋. */
  BUILDING("楼栋"),
  /** Building unit (stairwell, entrance) 单元. */
  UNIT("单元"),
  /** Household 户. */
  HOUSEHOLD("户");

  /**
   * Each level's parent by ordinal, made once: {@link #parent()} is asked at every step of a simulated
   * case, and {@code values()} copies its array on every call.
   */
  private static final Optional<Level>[] PARENTS = parents();

  private final String chineseName;

  Level(String chineseName) {
    this.chineseName = chineseName;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Optional<Level>[] parents() {
    Level[] all = values();
    Optional<Level>[] parents = new Optional[all.length];
    parents[0] = Optional.empty();
    for (int i = 1; i < all.length; i++) {
      parents[i] = Optional.of(all[i - 1]);
    }
    return parents;
  }

  /**
   * Returns the Chinese name of the level.
   *
   * @return the Chinese name, not null
   */
  public String chineseName() {
    return chineseName;
  }

  /**
   * Returns the level directly above this one.
   *
   * @return the parent level, empty for the city
   */
  public Optional<Level> parent() {
    return PARENTS[ordinal()];
  }

  /**
   * Returns whether this level lies above the other, so that a place of this level can contain one
   * of the other.
   *
   * @param other  the other level, not null
   * @return true if this level is strictly above the other
   */
  public boolean isAbove(Level other) {
    return ordinal() < other.ordinal();
  }

  /**
   * Reads the identifier of a place at this level from its code: the area code of a city, subdistrict,
   * community or grid ({@link GridId#parse} and its kin), or the token of a building, unit or household.
   *
   * @param code  the code, not null
   * @return the identifier, not null
   * @throws org.gridgov.core.InvalidInputException if the code is malformed for this level
   */
  public PlaceId parse(String code) {
    return switch (this) {
      case CITY -> CityId.parse(code);
      case SUBDISTRICT -> SubdistrictId.parse(code);
      case COMMUNITY -> CommunityId.parse(code);
      case GRID -> GridId.parse(code);
      case BUILDING -> BuildingId.of(code);
      case UNIT -> UnitId.of(code);
      case HOUSEHOLD -> HouseholdId.of(code);
    };
  }
}
