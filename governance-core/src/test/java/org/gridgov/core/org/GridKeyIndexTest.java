package org.gridgov.core.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

/** Organisation.contains for a grid answers from the grid-number table exactly as membership says. */
class GridKeyIndexTest {

  private static final CityId CITY = CityId.parse("211381");
  private static final CityId OTHER = CityId.parse("211382");

  /** Grids (s, c, g) for s, c in 1..5 and g up to (s + c) % 7, skipping some communities. */
  private static Organisation sparse() {
    Organisation.Builder b = Organisation.builder(CITY, "北票市");
    for (int s = 1; s <= 5; s++) {
      SubdistrictId sd = CITY.subdistrict(s);
      b.subdistrict(sd, "街道" + s);
      for (int c = 1; c <= 5; c++) {
        if ((s * c) % 4 == 0) {
          continue;
        }
        CommunityId cm = sd.community(c);
        b.community(cm, "社区" + c);
        for (int g = 1; g <= (s + c) % 7; g++) {
          b.grid(cm.grid(g), "网格" + g);
        }
      }
    }
    return b.build();
  }

  @Test
  void containsAGridExactlyWhenItIsOneOfTheOrganisationsGrids() {
    Organisation org = sparse();
    qt().withFixedSeed(7).withExamples(2000)
        .forAll(integers().between(1, 7), integers().between(1, 7), integers().between(1, 9), integers().between(0, 4))
        .checkAssert((s, c, g, city) -> {
          GridId id = (city == 0 ? OTHER : CITY).subdistrict(s).community(c).grid(g);
          boolean member = org.grids().stream().anyMatch(grid -> grid.id().equals(id));
          assertThat(org.contains(id)).as("%s", id).isEqualTo(member);
        });
  }

  @Test
  void anOrganisationWithoutGridsContainsNone() {
    Organisation org = Organisation.builder(CITY, "北票市").build();
    assertThat(org.contains(CITY.subdistrict(1).community(1).grid(1))).isFalse();
  }
}
