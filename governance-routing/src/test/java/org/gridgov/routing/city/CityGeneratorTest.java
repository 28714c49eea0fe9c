package org.gridgov.routing.city;

import static org.assertj.core.api.Assertions.assertThat;

import org.gridgov.core.org.Organisation;
import org.gridgov.core.org.Role;
import org.junit.jupiter.api.Test;

/** The presets build organisations that keep the article's rules. */
class CityGeneratorTest {

  @Test
  void beipiaoHas37CommunitiesAnd296GridsAndPassesTheChecks() {
    Organisation org = CityGenerator.generate(CitySpec.beipiao());
    assertThat(org.communities()).hasSize(37);
    assertThat(org.grids()).hasSize(296);
    assertThat(org.departments()).hasSize(13);
    assertThat(org.subdistricts()).extracting(s -> s.name()).contains("台吉街道", "冠山街道", "南山街道");
    assertThat(org.communities()).extracting(c -> c.name())
        .contains("舍宅社区", "岳家沟社区", "宏发社区", "二工村社区", "合兴社区");
    assertThat(org.check().errors()).isEmpty();
    assertThat(org.check().warnings()).isEmpty();
    assertThat(org.assignmentsWithin(Role.GRID_WORKER, org.city())).hasSize(296);
  }

  @Test
  void generationIsDeterministic() {
    assertThat(CityGenerator.generate(CitySpec.beipiao()).roleAssignments())
        .isEqualTo(CityGenerator.generate(CitySpec.beipiao()).roleAssignments());
  }

  @Test
  void megacityHasAbout20000GridsAndPassesTheChecks() {
    Organisation org = CityGenerator.generate(CitySpec.megacity(20_000));
    assertThat(org.grids()).hasSize(20_000);
    assertThat(org.check().errors()).isEmpty();
  }

  @Test
  void megacityDepartmentsAreStaffedInProportionToTheGrids() {
    assertThat(CitySpec.megacity(20_000).staffing().handlersPerDepartment()).isEqualTo(1_200);
    assertThat(CitySpec.megacity(2_000).staffing().handlersPerDepartment()).isEqualTo(120);
    assertThat(CitySpec.megacity(20).staffing().handlersPerDepartment()).isEqualTo(3);
    assertThat(CitySpec.megacity(20_000).staffing().centerDispatchers()).isEqualTo(200);
  }
}
