package org.gridgov.routing.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.gridgov.core.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Scenario files override the defaults field by field and reject what they do not know. */
class ScenarioFilesTest {

  @Test
  void aFileOverridesOnlyTheFieldsItNames() throws IOException {
    String json = new String(getClass().getResourceAsStream("/scenarios/storm-week.json").readAllBytes(),
        StandardCharsets.UTF_8);
    Scenario s = ScenarioFiles.parse(json);
    assertThat(s.name()).isEqualTo("storm-week");
    assertThat(s.horizonDays()).isEqualTo(7);
    assertThat(s.stormFactor(2.5)).isEqualTo(4.0);
    assertThat(s.satisfaction().base()).isEqualTo(0.9);
    assertThat(s.categoryWeights()).isEqualTo(Scenario.defaults().categoryWeights());
  }

  @Test
  void unknownFieldsAndBadValuesAreRejected() {
    assertThatThrownBy(() -> ScenarioFiles.parse("{\"horizon\": 3}")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("scenario.horizon");
    assertThatThrownBy(() -> ScenarioFiles.parse("{\"storms\": [{\"fromDay\": 1, \"days\": 1, \"factor\": 40}]}"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("storm.factor");
  }
}
