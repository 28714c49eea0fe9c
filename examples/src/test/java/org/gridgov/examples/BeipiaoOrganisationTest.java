package org.gridgov.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.gridgov.core.org.Grid;
import org.gridgov.core.org.HouseholdId;
import org.gridgov.core.org.Organisation;
import org.gridgov.core.org.PartyBody;
import org.gridgov.core.org.PartyPost;
import org.gridgov.core.org.Role;
import org.gridgov.core.org.RuleConfig;
import org.gridgov.core.org.RuleId;
import org.gridgov.core.org.ValidationReport;
import org.junit.jupiter.api.Test;

/** The Beipiao organisation has the shape the article gives and breaks none of its rules. */
class BeipiaoOrganisationTest {
  private static final Organisation ORG = Beipiao.organisation();

  @Test
  void hasTheArticlesCounts() {
    assertThat(ORG.communities()).hasSize(37);
    assertThat(ORG.grids()).hasSize(296);
    assertThat(ORG.sinkingUnits()).hasSize(116);
    assertThat(ORG.assignmentsWithin(Role.GRID_WORKER, ORG.city())).hasSize(296);
    assertThat(ORG.assignmentsWithin(Role.SINKING_CADRE, ORG.city())).hasSize(2564);
    assertThat(ORG.departments()).hasSize(13);
  }

  @Test
  void followsEveryRuleOfTheArticle() {
    assertThat(ORG.check().violations()).isEmpty();
    for (Grid g : ORG.grids()) {
      var chief = ORG.holders(Role.GRID_CHIEF, g.id());
      assertThat(chief).hasSize(1);
      assertThat(ORG.partyPostHolders(PartyBody.of(g.id()), PartyPost.SECRETARY)).isEqualTo(chief);
    }
  }

  @Test
  void namesTheArticlesPlaces() {
    assertThat(ORG.nameOf(Beipiao.TAIJI)).isEqualTo("台吉街道");
    assertThat(ORG.nameOf(Beipiao.SHEZHAI)).isEqualTo("舍宅社区");
    assertThat(ORG.isWithin(Beipiao.SHEZHAI, Beipiao.TAIJI)).isTrue();
    assertThat(ORG.nameOf(Beipiao.YUEJIAGOU)).isEqualTo("岳家沟社区");
    assertThat(ORG.isWithin(Beipiao.YUEJIAGOU, Beipiao.GUANSHAN)).isTrue();
    assertThat(ORG.nameOf(Beipiao.HONGFA)).isEqualTo("宏发社区");
  }

  @Test
  void registeredHouseholdsOfXinyueResolveToTheirGrid() {
    HouseholdId household = HouseholdId.of("xinyue-3-2-402");
    assertThat(ORG.gridOf(household)).contains(Beipiao.XINYUE_GRID);
    assertThat(ORG.isWithin(household, Beipiao.YUEJIAGOU)).isTrue();
    assertThat(ORG.isWithin(household, Beipiao.SHEZHAI)).isFalse();
    assertThat(ORG.householdCount(Beipiao.XINYUE_GRID)).isEqualTo(216);
  }

  @Test
  void aStricterGridSizeRuleWarnsAboutTheSmallCompound() {
    ValidationReport report = ORG.check(new RuleConfig(300, 0.2));
    assertThat(report.isValid()).isTrue();
    assertThat(report.of(RuleId.GRID_SIZE)).extracting(v -> v.subject()).contains(Beipiao.XINYUE_GRID.code());
  }

  @Test
  void theExamplePrintsTheSummaryAndTheChanges() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    BeipiaoExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("37 communities, 296 grids")
        .contains("一肩挑 in 296 of 296 grids")
        .contains("rule check: 0 errors, 0 warnings")
        .contains("building xinyue-6 moves from grid 211381002001001 to grid 211381002001002")
        .contains("rejected: CHG-001");
    assertThat(out).contains("shezhai-rain-1: 0406 道路积水, CLOSED; rework 0, escalations 0")
        .contains("rejected ReportIn           OUT_OF_JURISDICTION")
        .contains("xinyue-rubbish-1: 0102 暴露垃圾, CLOSED; rework 1, escalations 0")
        .contains("hongfa-dust-1: 0302 工地扬尘, CLOSED; rework 0, escalations 3")
        .contains("rejected Escalate           INVALID_TRANSITION: the city center is the top level")
        .contains("rejected Verify             NOT_AUTHORISED");
    assertThat(out).contains("2026-06: 360 cases through the case loop, 8880 worker-days, patrol duty met on 8149")
        .contains("舍宅社区       area  97.7 A   center 100.0 A")
        .contains("grid workers graded: {A=269, B=27}");
    String open311 = out.substring(out.indexOf("== 4."));
    assertThat(open311.replaceAll("\\s+", "")).contains("\"service_request_id\":\"xinyue-rubbish-1\",\"status\":\"closed\"");
    assertThat(open311).contains("escalated 上报协调 from 南山街道网格管理服务中心 to 北票市网格管理服务中心");
    String resident = Beipiao.organisation().holders(Role.RESIDENT, Beipiao.XINYUE_RESIDENT_HOUSEHOLD).get(0).value();
    assertThat(open311.substring(open311.indexOf("public Open311 view"))).doesNotContain(resident);
  }

  @Test
  void theExampleIsDeterministic() {
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    BeipiaoExample.run(new PrintStream(first, true, StandardCharsets.UTF_8));
    BeipiaoExample.run(new PrintStream(second, true, StandardCharsets.UTF_8));
    assertThat(second.toByteArray()).isEqualTo(first.toByteArray());
  }
}
