package org.gridgov.routing.city;

import com.google.common.collect.ImmutableList;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.org.CityId;

/**
 * The shape of a synthetic city: its subdistricts, their communities and each community's grid count,
 * plus how many staff each level has.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param city  the city's 6-digit division code, not null
 * @param cityName  the city's name, not blank
 * @param subdistricts  the subdistricts, 1 to 999, not null
 * @param staffing  the staff per level, not null
 */
public record CitySpec(CityId city, String cityName, ImmutableList<SubdistrictSpec> subdistricts,
    Staffing staffing) {

  /**
   * Creates the spec.
   *
   * @throws InvalidInputException if a value is null, the name blank or the subdistrict count out of range
   */
  public CitySpec {
    if (city == null || cityName == null || subdistricts == null || staffing == null) {
      throw new InvalidInputException("citySpec", "city, cityName, subdistricts and staffing are required");
    }
    if (cityName.isBlank()) {
      throw new InvalidInputException("cityName", "must not be blank", cityName);
    }
    if (subdistricts.isEmpty() || subdistricts.size() > 999) {
      throw new InvalidInputException("subdistricts", "must number 1 to 999", subdistricts.size());
    }
  }

  /**
   * A subdistrict and its communities.
   *
   * @param name  the subdistrict's name, not blank
   * @param communities  the communities, 1 to 999, not null
   */
  public record SubdistrictSpec(String name, ImmutableList<CommunitySpec> communities) {
    /**
     * Creates the spec.
     *
     * @throws InvalidInputException if a value is null or blank, or the community count out of range
     */
    public SubdistrictSpec {
      if (name == null || name.isBlank()) {
        throw new InvalidInputException("subdistrict.name", "must not be blank", name);
      }
      if (communities == null || communities.isEmpty() || communities.size() > 999) {
        throw new InvalidInputException("communities", "must number 1 to 999",
            communities == null ? null : communities.size());
      }
    }
  }

  /**
   * A community and its number of grids.
   *
   * @param name  the community's name, not blank
   * @param grids  the number of grids, 1 to 999
   */
  public record CommunitySpec(String name, int grids) {
    /**
     * Creates the spec.
     *
     * @throws InvalidInputException if the name is blank or the grid count out of range
     */
    public CommunitySpec {
      if (name == null || name.isBlank()) {
        throw new InvalidInputException("community.name", "must not be blank", name);
      }
      if (grids < 1 || grids > 999) {
        throw new InvalidInputException("grids", "must be between 1 and 999", grids);
      }
    }
  }

  /**
   * How many handlers each level has beyond the article's fixed posts (one general grid chief per
   * community, one grid chief and one grid worker per grid).
   *
   * @param communityCadres  community cadres per community, at least 0
   * @param subdistrictCadres  subdistrict cadres per subdistrict (plus one leader), at least 0
   * @param centerDispatchers  dispatchers at the city center, at least 1
   * @param handlersPerDepartment  handlers per department, at least 1
   */
  public record Staffing(int communityCadres, int subdistrictCadres, int centerDispatchers,
      int handlersPerDepartment) {
    /**
     * Creates the staffing.
     *
     * @throws InvalidInputException if a count is out of range
     */
    public Staffing {
      if (communityCadres < 0 || subdistrictCadres < 0 || centerDispatchers < 1 || handlersPerDepartment < 1) {
        throw new InvalidInputException("staffing", "cadre counts must be at least 0, dispatchers and "
            + "department handlers at least 1", communityCadres + "/" + subdistrictCadres + "/"
            + centerDispatchers + "/" + handlersPerDepartment);
      }
    }
  }

  /**
   * Returns the Beipiao preset: 6 subdistricts (台吉, 冠山, 南山 from the article, others added), 37
   * communities (舍宅, 二工村 in 台吉, 岳家沟 in 冠山, 宏发 in 南山, 合兴 among them), 296 grids (8 per
   * community).
   *
   * @return the spec, not null
   */
  public static CitySpec beipiao() {
    String[][] names = {
        {"台吉街道", "舍宅社区", "二工村社区"},
        {"冠山街道", "岳家沟社区"},
        {"南山街道", "宏发社区"},
        {"城关街道", "合兴社区"},
        {"桥北街道"},
        {"三宝街道"}};
    int[] communityCounts = {7, 6, 6, 6, 6, 6};
    ImmutableList.Builder<SubdistrictSpec> subs = ImmutableList.builder();
    for (int s = 0; s < names.length; s++) {
      ImmutableList.Builder<CommunitySpec> cs = ImmutableList.builder();
      for (int c = 0; c < communityCounts[s]; c++) {
        String name = c + 1 < names[s].length ? names[s][c + 1]
            : names[s][0].replace("街道", "") + "第" + (c + 1) + "社区";
        cs.add(new CommunitySpec(name, 8));
      }
      subs.add(new SubdistrictSpec(names[s][0], cs.build()));
    }
    return new CitySpec(CityId.parse("211381"), "北票市", subs.build(), new Staffing(2, 3, 4, 3));
  }

  /**
   * Returns a megacity preset of about the given number of grids: 20 grids per community, 25 communities
   * per subdistrict, staffed for the megacity load of 0.72 cases per grid and day (six times Beipiao's per
   * grid) as Beipiao is for its own: 4 cadres per community, 20 cadres per subdistrict, one center
   * dispatcher per 100 grids (at least 4) and 0.06 handlers per grid in each department (at least 3;
   * Beipiao has 3 for 296 grids at a sixth of the load), so departments and subdistricts run at about the
   * utilisation Beipiao's do and close what arrives.
   *
   * @param approximateGrids  the wanted number of grids, 20 to 499,500
   * @return the spec, not null
   * @throws InvalidInputException if the grid count is out of range
   */
  public static CitySpec megacity(int approximateGrids) {
    if (approximateGrids < 20 || approximateGrids > 499_500) {
      throw new InvalidInputException("approximateGrids", "must be between 20 and 499500", approximateGrids);
    }
    int communities = Math.max(1, Math.round(approximateGrids / 20f));
    int subdistricts = (communities + 24) / 25;
    ImmutableList.Builder<SubdistrictSpec> subs = ImmutableList.builder();
    int left = communities;
    for (int s = 1; s <= subdistricts; s++) {
      ImmutableList.Builder<CommunitySpec> cs = ImmutableList.builder();
      for (int c = 1; c <= 25 && left > 0; c++, left--) {
        cs.add(new CommunitySpec("第" + s + "街道第" + c + "社区", 20));
      }
      subs.add(new SubdistrictSpec("第" + s + "街道", cs.build()));
    }
    int grids = communities * 20;
    return new CitySpec(CityId.parse("110105"), "超大城市", subs.build(),
        new Staffing(4, 20, Math.max(4, grids / 100), Math.max(3, (int) Math.round(grids * 0.06))));
  }

  /**
   * Returns the number of grids of the spec.
   *
   * @return the grid count
   */
  public int gridCount() {
    return subdistricts.stream().flatMap(s -> s.communities().stream()).mapToInt(CommunitySpec::grids).sum();
  }
}
