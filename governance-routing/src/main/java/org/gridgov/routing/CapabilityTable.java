package org.gridgov.routing;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.category.CategoryCode;
import org.gridgov.core.org.Level;

/**
 * The lowest level believed able to solve each category of case (分级处置清单), as data: a grid, a
 * community, a subdistrict, or the city (meaning functional departments are needed).
 *
 * <p>A 4-digit subclass entry overrides its 2-digit class; a category with no entry needs the city. The
 * standard table's reasons are in {@code docs/ROUTING.md}. This class is immutable and thread-safe.
 */
public final class CapabilityTable {
  private static final CapabilityTable STANDARD = of(ImmutableMap.<CategoryCode, Level>builder()
      .put(CategoryCode.of("01"), Level.GRID)
      .put(CategoryCode.of("0101"), Level.CITY)
      .put(CategoryCode.of("0105"), Level.CITY)
      .put(CategoryCode.of("02"), Level.GRID)
      .put(CategoryCode.of("03"), Level.CITY)
      .put(CategoryCode.of("0304"), Level.COMMUNITY)
      .put(CategoryCode.of("04"), Level.CITY)
      .put(CategoryCode.of("0407"), Level.SUBDISTRICT)
      .put(CategoryCode.of("05"), Level.COMMUNITY)
      .put(CategoryCode.of("0501"), Level.CITY)
      .put(CategoryCode.of("0503"), Level.CITY)
      .put(CategoryCode.of("06"), Level.GRID)
      .put(CategoryCode.of("0602"), Level.COMMUNITY)
      .put(CategoryCode.of("07"), Level.CITY)
      .put(CategoryCode.of("0704"), Level.GRID)
      .put(CategoryCode.of("0705"), Level.COMMUNITY)
      .put(CategoryCode.of("08"), Level.COMMUNITY)
      .put(CategoryCode.of("0802"), Level.CITY)
      .build());

  private final ImmutableMap<CategoryCode, Level> levels;
  /**
   * The answers given so far, per category: a subclass without its own entry otherwise builds its class
   * code afresh on every call (the policies ask once per decision). At most one entry per valid code.
   */
  private final ConcurrentHashMap<CategoryCode, Level> answered = new ConcurrentHashMap<>();

  private CapabilityTable(ImmutableMap<CategoryCode, Level> levels) {
    this.levels = levels;
  }

  /**
   * Returns the standard table for the standard category catalogue.
   *
   * @return the table, not null
   */
  public static CapabilityTable standard() {
    return STANDARD;
  }

  /**
   * Returns a table over the given entries.
   *
   * @param levels  the lowest able level per category or class, each a city, subdistrict, community or grid
   *     level, not null
   * @return the table, not null
   * @throws InvalidInputException if the map is null or a level is not on the escalation ladder
   */
  public static CapabilityTable of(Map<CategoryCode, Level> levels) {
    Require.notNull(levels, "levels");
    levels.forEach((code, level) -> {
      Require.notNull(code, "levels.key");
      Require.notNull(level, "levels[" + code + "]");
      if (!Ladder.isHolderLevel(level)) {
        throw new InvalidInputException("levels[" + code + "]", "must be a city, subdistrict, community or grid",
            level);
      }
    });
    return new CapabilityTable(ImmutableMap.copyOf(levels));
  }

  /**
   * Returns the lowest level believed able to solve a category.
   *
   * @param category  the category, not null
   * @return the level; the city if the table has no entry
   */
  public Level lowestAbleLevel(CategoryCode category) {
    Require.notNull(category, "category");
    Level known = answered.get(category);
    if (known != null) {
      return known;
    }
    Level exact = levels.get(category);
    Level level = exact != null ? exact : levels.getOrDefault(category.topLevel(), Level.CITY);
    answered.putIfAbsent(category, level);
    return level;
  }

  /**
   * Returns the entries.
   *
   * @return the entries, not null
   */
  public ImmutableMap<CategoryCode, Level> entries() {
    return levels;
  }

  @Override
  public String toString() {
    return "CapabilityTable[" + levels.size() + " entries]";
  }
}
