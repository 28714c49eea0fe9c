package org.gridgov.jackson.open311;

import static org.assertj.core.api.Assertions.assertThat;

import org.gridgov.core.cases.Holder;
import org.gridgov.core.org.CityId;
import org.gridgov.core.org.CommunityId;
import org.gridgov.core.org.Department;
import org.gridgov.core.org.GridId;
import org.gridgov.core.org.Organisation;
import org.gridgov.core.org.SubdistrictId;
import org.junit.jupiter.api.Test;

/**
 * The agency an Open311 request names as responsible: each department by its own name, units by name,
 * and a unit the organisation does not know by its code. (Mutation testing found that a look-up answering
 * the first department for every department passed every other test, whose cases all sat with the first.)
 */
class Open311AgencyTest {
  private static final CityId CITY = CityId.parse("211381");
  private static final SubdistrictId SUB = CITY.subdistrict(1);
  private static final CommunityId COMMUNITY = SUB.community(1);
  private static final GridId GRID = COMMUNITY.grid(1);
  private static final Organisation ORG = Organisation.builder(CITY, "北票市").subdistrict(SUB, "台吉街道")
      .community(COMMUNITY, "舍宅社区").grid(GRID, "舍宅第一网格").departments(Department.standard()).build();

  @Test
  void everyDepartmentIsNamedByItsOwnName() {
    assertThat(ORG.departments()).hasSizeGreaterThan(1);
    for (Department d : ORG.departments()) {
      assertThat(Open311.agency(Holder.department(d.id()), ORG)).isEqualTo(d.name());
    }
  }

  @Test
  void unitsAreNamedAndUnknownUnitsGiveTheirCode() {
    assertThat(Open311.agency(Holder.grid(GRID), ORG)).isEqualTo("舍宅第一网格");
    assertThat(Open311.agency(Holder.center(COMMUNITY), ORG)).isEqualTo("舍宅社区网格管理服务中心");
    GridId unknownGrid = COMMUNITY.grid(9);
    assertThat(Open311.agency(Holder.grid(unknownGrid), ORG)).isEqualTo(unknownGrid.code());
    CommunityId unknownCommunity = SUB.community(9);
    assertThat(Open311.agency(Holder.center(unknownCommunity), ORG)).isEqualTo(unknownCommunity.code());
  }
}
