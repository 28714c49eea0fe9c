package org.gridgov.routing.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.gridgov.core.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * Every scenario field's rule, kept at its bounds and broken just beyond them, through the scenario file a
 * researcher writes: the error names the field. Then the file's types, and the two formulas a scenario
 * carries (storms and satisfaction).
 */
class ScenarioRulesTest {

  /** A scenario-file fragment, the field its error must name (null: accepted). */
  private record Case(String json, String field) {}

  private static final List<Case> CASES = List.of(
      new Case("\"name\": \" \"", "name"),
      new Case("\"start\": \"2026-01-04T16:30:00Z\"", "start"),
      new Case("\"start\": \"2026-01-04T16:00:00Z\"", null),
      new Case("\"horizonDays\": 0", "horizonDays"),
      new Case("\"horizonDays\": 1", null),
      new Case("\"horizonDays\": 3650", null),
      new Case("\"horizonDays\": 3651", "horizonDays"),
      new Case("\"casesPerGridPerDay\": 0", "casesPerGridPerDay"),
      new Case("\"casesPerGridPerDay\": 1000001", "casesPerGridPerDay"),
      new Case("\"hourlyProfile\": [1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1]", "hourlyProfile"),
      new Case("\"hourlyProfile\": [1,1,1,-0.5,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1]", "hourlyProfile[3]"),
      new Case("\"hourlyProfile\": [0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1000]", null),
      new Case("\"weeklyProfile\": [1,1,1,1,1,1,1,1]", "weeklyProfile"),
      new Case("\"weeklyProfile\": [1,1,1,1,1,1,1001]", "weeklyProfile[6]"),
      new Case("\"storms\": []", null),
      new Case("\"storms\": [{\"fromDay\": -1, \"days\": 1, \"factor\": 2}]", "storm.fromDay"),
      new Case("\"storms\": [{\"fromDay\": 0, \"days\": 0, \"factor\": 2}]", "storm.days"),
      new Case("\"storms\": [{\"fromDay\": 0, \"days\": 1, \"factor\": 0.9}]", "storm.factor"),
      new Case("\"storms\": [{\"fromDay\": 0, \"days\": 1, \"factor\": 10}]", null),
      new Case("\"storms\": [{\"fromDay\": 0, \"days\": 1, \"factor\": 10.5}]", "storm.factor"),
      new Case("\"categoryWeights\": {}", "categoryWeights"),
      new Case("\"categoryWeights\": {\"0102\": -1}", "categoryWeights[0102]"),
      new Case("\"categoryWeights\": {\"0102\": 0, \"0201\": 0}", "categoryWeights"),
      new Case("\"categoryWeights\": {\"0102\": 0, \"0201\": 1}", null),
      new Case("\"categoryWeights\": {\"01x2\": 1}", "categoryWeights"),
      new Case("\"urgencyWeights\": {\"ROUTINE\": 0}", "urgencyWeights"),
      new Case("\"urgencyWeights\": {\"SOON\": 1}", "urgencyWeights"),
      new Case("\"limitHours\": {\"ROUTINE\": 168, \"URGENT\": 24}", "limitHours"),
      new Case("\"limitHours\": {\"ROUTINE\": 0, \"URGENT\": 24, \"EMERGENCY\": 2}", "limitHours[ROUTINE]"),
      new Case("\"underestimateProbability\": 1.01", "underestimateProbability"),
      new Case("\"underestimateProbability\": -0.01", "underestimateProbability"),
      new Case("\"medianHandlingMinutes\": {\"GRID\": 60, \"COMMUNITY\": 60, \"SUBDISTRICT\": 60}",
          "medianHandlingMinutes"),
      new Case("\"medianHandlingMinutes\": {\"GRID\": 0, \"COMMUNITY\": 60, \"SUBDISTRICT\": 60, \"CITY\": 60}",
          "medianHandlingMinutes[GRID]"),
      new Case("\"handlingSigma\": 3", null),
      new Case("\"handlingSigma\": 3.01", "handlingSigma"),
      new Case("\"failedAttemptFraction\": 1.5", "failedAttemptFraction"),
      new Case("\"workdayStartHour\": 0, \"workdayEndHour\": 24", null),
      new Case("\"workdayStartHour\": 24", "workdayStartHour"),
      new Case("\"workdayStartHour\": 9, \"workdayEndHour\": 9", "workdayEndHour"),
      new Case("\"workdayEndHour\": 25", "workdayEndHour"),
      new Case("\"reworkProbability\": 2", "reworkProbability"),
      new Case("\"satisfaction\": {\"base\": 1.1}", "satisfaction.base"),
      new Case("\"satisfaction\": {\"overduePenalty\": -0.1}", "satisfaction.overduePenalty"),
      new Case("\"satisfaction\": {\"reworkPenalty\": 1.1}", "satisfaction.reworkPenalty"),
      new Case("\"satisfaction\": {\"escalationPenalty\": 1.1}", "satisfaction.escalationPenalty"),
      new Case("\"satisfaction\": {\"base\": 0, \"overduePenalty\": 1, \"reworkPenalty\": 0, "
          + "\"escalationPenalty\": 1}", null));

  @Test
  void everyFieldIsCheckedAtItsBoundsAndTheErrorNamesIt() {
    for (Case c : CASES) {
      String json = "{" + c.json() + "}";
      if (c.field() == null) {
        assertThat(ScenarioFiles.parse(json)).as(json).isNotNull();
      } else {
        assertThatThrownBy(() -> ScenarioFiles.parse(json)).as(json).isInstanceOf(InvalidInputException.class)
            .satisfies(e -> assertThat(((InvalidInputException) e).field()).as(json).isEqualTo(c.field()));
      }
    }
  }

  /** Before, each of these read as 0, was cut to a whole number, or threw an exception of another type. */
  @Test
  void valuesOfTheWrongTypeAreRefusedNotReadAsZero() {
    String[][] cases = {
        {"\"name\": 5", "name"},
        {"\"start\": \"yesterday\"", "start"},
        {"\"start\": 1767542400", "start"},
        {"\"horizonDays\": 7.5", "horizonDays"},
        {"\"horizonDays\": \"7\"", "horizonDays"},
        {"\"horizonDays\": 1e12", "horizonDays"},
        {"\"workdayStartHour\": 8.5", "workdayStartHour"},
        {"\"casesPerGridPerDay\": \"lots\"", "casesPerGridPerDay"},
        {"\"hourlyProfile\": 1", "hourlyProfile"},
        {"\"weeklyProfile\": [1,1,1,\"x\",1,1,1]", "weeklyProfile[3]"},
        {"\"weeklyProfile\": [1,1,1,null,1,1,1]", "weeklyProfile[3]"},
        {"\"limitHours\": {\"ROUTINE\": \"a week\", \"URGENT\": 24, \"EMERGENCY\": 2}", "limitHours[ROUTINE]"},
        {"\"limitHours\": [168, 24, 2]", "limitHours"},
        {"\"storms\": {\"fromDay\": 1, \"days\": 1, \"factor\": 2}", "storms"},
        {"\"storms\": [3]", "storms[0]"},
        {"\"storms\": [{\"fromDay\": 1, \"days\": 1}]", "storms[0].factor"},
        {"\"storms\": [{\"fromDay\": 1, \"days\": 1, \"factor\": 2}, {\"from\": 1, \"days\": 1, \"factor\": 2}]",
            "storms[1].from"},
        {"\"storms\": [{\"fromDay\": 1, \"days\": \"1\", \"factor\": 2}]", "storms[0].days"},
        {"\"satisfaction\": {\"bse\": 0.9}", "satisfaction.bse"},
        {"\"satisfaction\": 0.9", "satisfaction"},
        {"\"satisfaction\": {\"base\": \"high\"}", "satisfaction.base"},
    };
    for (String[] c : cases) {
      String json = "{" + c[0] + "}";
      assertThatThrownBy(() -> ScenarioFiles.parse(json)).as(json).isInstanceOf(InvalidInputException.class)
          .satisfies(e -> assertThat(((InvalidInputException) e).field()).as(json).isEqualTo(c[1]));
    }
  }

  @Test
  void theConstructorNamesAMissingProfile() {
    Scenario d = Scenario.defaults();
    assertThatThrownBy(() -> new Scenario(d.name(), d.start(), d.horizonDays(), d.casesPerGridPerDay(), null,
        d.weeklyProfile(), d.storms(), d.categoryWeights(), d.urgencyWeights(), d.limitHours(),
        d.underestimateProbability(), d.medianHandlingMinutes(), d.handlingSigma(), d.failedAttemptFraction(),
        d.workdayStartHour(), d.workdayEndHour(), d.reworkProbability(), d.satisfaction()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("hourlyProfile");
  }

  @Test
  void wholeNumbersMayBeWrittenWithAFractionOfZero() {
    assertThat(ScenarioFiles.parse("{\"horizonDays\": 7.0, \"workdayEndHour\": 17}").horizonDays()).isEqualTo(7);
  }

  @Test
  void aStormMultipliesTheRateFromItsFirstDayUpToItsLastAndStormsCompound() {
    Scenario s = ScenarioFiles.parse("{\"storms\": [{\"fromDay\": 2, \"days\": 1.5, \"factor\": 3},"
        + " {\"fromDay\": 3, \"days\": 2, \"factor\": 2}]}");
    assertThat(s.stormFactor(Math.nextDown(2.0))).isEqualTo(1.0);
    assertThat(s.stormFactor(2.0)).isEqualTo(3.0);
    assertThat(s.stormFactor(2.9)).isEqualTo(3.0);
    assertThat(s.stormFactor(3.0)).isEqualTo(6.0);
    assertThat(s.stormFactor(Math.nextDown(3.5))).isEqualTo(6.0);
    assertThat(s.stormFactor(3.5)).isEqualTo(2.0);
    assertThat(s.stormFactor(Math.nextDown(5.0))).isEqualTo(2.0);
    assertThat(s.stormFactor(5.0)).isEqualTo(1.0);
    assertThat(Scenario.defaults().withHorizonDays(3).storms()).isEqualTo(Scenario.defaults().storms());
  }

  @Test
  void satisfactionDropsWithEachPenaltyAndStaysAProbability() {
    Scenario.SatisfactionModel m = new Scenario.SatisfactionModel(0.9, 0.3, 0.15, 0.05);
    assertThat(m.satisfiedProbability(false, 0, 0)).isEqualTo(0.9);
    assertThat(m.satisfiedProbability(true, 0, 0)).isCloseTo(0.6, within(1e-12));
    assertThat(m.satisfiedProbability(false, 2, 0)).isCloseTo(0.6, within(1e-12));
    assertThat(m.satisfiedProbability(false, 0, 3)).isCloseTo(0.75, within(1e-12));
    assertThat(m.satisfiedProbability(true, 1, 1)).isCloseTo(0.4, within(1e-12));
    assertThat(m.satisfiedProbability(true, 5, 5)).isZero();
    assertThat(new Scenario.SatisfactionModel(1, 0, 0, 0).satisfiedProbability(false, 0, 0)).isEqualTo(1.0);
  }

  @Test
  void theDefaultsAreTheDocumentedBeipiaoFortnight() {
    Scenario d = Scenario.defaults();
    assertThat(d.horizonDays()).isEqualTo(14);
    assertThat(d.storms()).containsExactly(new Scenario.Storm(9, 1.5, 3.0));
    assertThat(d.hourlyProfile()).hasSize(24);
    assertThat(d.weeklyProfile()).isEqualTo(ImmutableList.of(1.0, 1.0, 1.0, 1.0, 1.0, 0.7, 0.6));
    assertThat(ScenarioFiles.parse("{}")).isEqualTo(d);
  }
}
