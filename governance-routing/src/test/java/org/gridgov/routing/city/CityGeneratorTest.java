package org.gridgov.routing.city;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.org.CityId;
import org.gridgov.core.org.Community;
import org.gridgov.core.org.Department;
import org.gridgov.core.org.Grid;
import org.gridgov.core.org.Organisation;
import org.gridgov.core.org.Role;
import org.gridgov.core.org.Subdistrict;
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

  /**
   * Every unit gets exactly the staff of the spec: a leader, two dispatchers and the cadres per
   * subdistrict; a secretary, a dispatcher and the cadres per community; a chief and a worker per grid; the
   * city's dispatchers; each department's handlers.
   */
  @Test
  void everyUnitIsStaffedExactlyAsTheSpecSays() {
    CitySpec spec = new CitySpec(CityId.parse("211381"), "城", ImmutableList.of(
        new CitySpec.SubdistrictSpec("甲", ImmutableList.of(new CitySpec.CommunitySpec("一", 2),
            new CitySpec.CommunitySpec("二", 3))),
        new CitySpec.SubdistrictSpec("乙", ImmutableList.of(new CitySpec.CommunitySpec("三", 1)))),
        new CitySpec.Staffing(2, 3, 5, 4));
    Organisation org = CityGenerator.generate(spec);
    assertThat(org.subdistricts()).hasSize(2);
    assertThat(org.communities()).hasSize(3);
    assertThat(org.grids()).hasSize(6).hasSize(spec.gridCount());
    for (Subdistrict s : org.subdistricts()) {
      assertThat(org.holders(Role.SUBDISTRICT_LEADER, s.id())).hasSize(1);
      assertThat(org.holders(Role.CENTER_DISPATCHER, s.id())).hasSize(2);
      assertThat(org.holders(Role.SUBDISTRICT_CADRE, s.id())).hasSize(3);
    }
    for (Community c : org.communities()) {
      assertThat(org.holders(Role.GENERAL_GRID_CHIEF, c.id())).hasSize(1);
      assertThat(org.holders(Role.CENTER_DISPATCHER, c.id())).hasSize(1);
      assertThat(org.holders(Role.COMMUNITY_CADRE, c.id())).hasSize(2);
    }
    for (Grid g : org.grids()) {
      assertThat(org.holders(Role.GRID_CHIEF, g.id())).hasSize(1);
      assertThat(org.holders(Role.GRID_WORKER, g.id())).hasSize(1);
    }
    assertThat(org.holders(Role.CENTER_DISPATCHER, org.city())).hasSize(5);
    assertThat(org.departments()).hasSize(Department.standard().size());
    for (Department d : org.departments()) {
      assertThat(org.assignmentsWithin(Role.DEPARTMENT_HANDLER, org.city()).stream()
          .filter(a -> a.department().equals(java.util.Optional.of(d.id())))).hasSize(4);
    }
    assertThat(org.communities()).extracting(Community::name).containsExactly("一", "二", "三");
    assertThat(org.check().errors()).isEmpty();
    assertThat(CityGenerator.generate(new CitySpec(spec.city(), spec.cityName(), spec.subdistricts(),
        new CitySpec.Staffing(0, 0, 1, 1))).assignmentsWithin(Role.COMMUNITY_CADRE, spec.city())).isEmpty();
  }

  @Test
  void theMegacityPresetRoundsToWholeCommunitiesOf20GridsAnd25PerSubdistrict() {
    assertThat(CitySpec.megacity(20).gridCount()).isEqualTo(20);
    assertThat(CitySpec.megacity(29).gridCount()).isEqualTo(20);
    assertThat(CitySpec.megacity(30).gridCount()).isEqualTo(40);
    assertThat(CitySpec.megacity(500).subdistricts()).hasSize(1);
    assertThat(CitySpec.megacity(520).subdistricts()).hasSize(2);
    assertThat(CitySpec.megacity(520).subdistricts().get(1).communities()).hasSize(1);
    assertThat(CitySpec.megacity(499_500).gridCount()).isEqualTo(499_500);
    assertThat(CitySpec.megacity(499_500).subdistricts()).hasSize(999);
    assertThatThrownBy(() -> CitySpec.megacity(19)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("approximateGrids");
    assertThatThrownBy(() -> CitySpec.megacity(499_501)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("approximateGrids");
    assertThat(CitySpec.beipiao().gridCount()).isEqualTo(296);
  }

  /** Communities the article does not name are numbered within their subdistrict; grids declare 240–360 households. */
  @Test
  void beipiaosUnnamedCommunitiesAreNumberedAndItsGridsDeclareHouseholds() {
    Organisation org = CityGenerator.generate(CitySpec.beipiao());
    assertThat(org.communities()).extracting(Community::name).contains("桥北第1社区", "三宝第6社区");
    assertThat(org.grids().stream().limit(5).map(g -> g.declaredHouseholds().getAsInt()))
        .containsExactly(240, 277, 314, 351, 267);
    assertThat(org.grids()).allSatisfy(g -> assertThat(g.declaredHouseholds().getAsInt()).isBetween(240, 360));
  }

  @Test
  void specsRefuseCountsOutOfRangeByName() {
    CitySpec.CommunitySpec one = new CitySpec.CommunitySpec("一", 1);
    assertThat(new CitySpec.CommunitySpec("大", 999).grids()).isEqualTo(999);
    assertThatThrownBy(() -> new CitySpec.CommunitySpec("空", 0)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("grids");
    assertThatThrownBy(() -> new CitySpec.CommunitySpec("大", 1000)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("grids");
    assertThatThrownBy(() -> new CitySpec.CommunitySpec(" ", 1)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("community.name");
    ImmutableList<CitySpec.CommunitySpec> many = ImmutableList.copyOf(java.util.Collections.nCopies(999, one));
    assertThat(new CitySpec.SubdistrictSpec("甲", many).communities()).hasSize(999);
    assertThatThrownBy(() -> new CitySpec.SubdistrictSpec("甲", ImmutableList.<CitySpec.CommunitySpec>builder()
        .addAll(many).add(one).build())).isInstanceOf(InvalidInputException.class).hasMessageContaining("communities");
    assertThatThrownBy(() -> new CitySpec.SubdistrictSpec("甲", ImmutableList.of()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("communities");
    CitySpec.SubdistrictSpec sub = new CitySpec.SubdistrictSpec("甲", ImmutableList.of(one));
    CitySpec.Staffing staff = new CitySpec.Staffing(0, 0, 1, 1);
    assertThat(new CitySpec(CityId.parse("211381"), "城", ImmutableList.copyOf(java.util.Collections.nCopies(999,
        sub)), staff).subdistricts()).hasSize(999);
    assertThatThrownBy(() -> new CitySpec(CityId.parse("211381"), "城", ImmutableList.copyOf(
        java.util.Collections.nCopies(1000, sub)), staff)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("subdistricts");
    assertThatThrownBy(() -> new CitySpec(CityId.parse("211381"), "城", ImmutableList.of(), staff))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("subdistricts");
    for (int[] bad : new int[][] {{-1, 0, 1, 1}, {0, -1, 1, 1}, {0, 0, 0, 1}, {0, 0, 1, 0}}) {
      assertThatThrownBy(() -> new CitySpec.Staffing(bad[0], bad[1], bad[2], bad[3]))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("staffing");
    }
  }
}
