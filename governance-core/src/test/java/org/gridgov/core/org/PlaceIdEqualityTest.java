package org.gridgov.core.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * City, subdistrict, community and grid identifiers are equal exactly when their codes are, whatever they
 * keep to compare quickly (each keeps its code's digits as one number), and hash as their parts always did.
 */
class PlaceIdEqualityTest {
  private static final List<String> DIVISIONS = List.of("011000", "110000", "211381", "211382", "999999");

  /** A grid: a division and three numbers from a few values, so that pairs often agree in all but one. */
  private static Gen<GridId> grids() {
    Gen<Integer> number = integers().between(0, 3).map(i -> i == 3 ? 999 : i + 1);
    return integers().between(0, DIVISIONS.size() - 1).zip(number, number, number,
        (d, s, c, g) -> CityId.parse(DIVISIONS.get(d)).subdistrict(s).community(c).grid(g));
  }

  @Test
  void placesAreEqualExactlyWhenTheirCodesAre() {
    qt().withFixedSeed(15).withExamples(4_000).forAll(grids(), grids()).checkAssert((a, b) -> {
      assertThat(a.equals(b)).as("%s vs %s", a, b).isEqualTo(a.code().equals(b.code()));
      CommunityId ca = a.community();
      CommunityId cb = b.community();
      assertThat(ca.equals(cb)).isEqualTo(ca.code().equals(cb.code()));
      SubdistrictId sa = ca.subdistrict();
      SubdistrictId sb = cb.subdistrict();
      assertThat(sa.equals(sb)).isEqualTo(sa.code().equals(sb.code()));
      assertThat(sa.city().equals(sb.city())).isEqualTo(sa.city().code().equals(sb.city().code()));
      assertThat(a).isNotEqualTo(ca).isNotEqualTo(sa);
    });
  }

  @Test
  void placesHashAsTheirPartsAndComeBackFromTheirCodes() {
    qt().withFixedSeed(16).withExamples(1_000).forAll(grids()).checkAssert(g -> {
      CommunityId c = g.community();
      SubdistrictId s = c.subdistrict();
      CityId city = s.city();
      assertThat(city.hashCode()).isEqualTo(city.division().hashCode());
      assertThat(s.hashCode()).isEqualTo(city.hashCode() * 1009 + s.number());
      assertThat(c.hashCode()).isEqualTo(s.hashCode() * 1009 + c.number());
      assertThat(g.hashCode()).isEqualTo(c.hashCode() * 1009 + g.number());
      assertThat(GridId.parse(g.code())).isEqualTo(g).hasSameHashCodeAs(g);
      assertThat(CommunityId.parse(c.code())).isEqualTo(c);
      assertThat(SubdistrictId.parse(s.code())).isEqualTo(s);
      assertThat(CityId.parse(city.code())).isEqualTo(city);
    });
  }
}
