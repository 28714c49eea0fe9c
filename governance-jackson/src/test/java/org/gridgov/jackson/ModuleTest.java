package org.gridgov.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.impl.LaissezFaireSubTypeValidator;
import org.gridgov.core.org.GridId;
import org.gridgov.core.org.Level;
import org.gridgov.core.org.Organisation;
import org.gridgov.core.people.Person;
import org.junit.jupiter.api.Test;

/** How the module plugs into Jackson: found by the ServiceLoader, masked by default, no default typing. */
class ModuleTest {

  @Test
  void findAndRegisterModulesFindsTheModuleWritingMasked() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    assertThat(mapper.getRegisteredModuleIds()).contains(GovernanceModule.class.getName() + ":MASKED");
    assertThat(mapper.writeValueAsString(Samples.GRID_1)).isEqualTo("\"211381001001001\"");
    assertThat(mapper.writeValueAsString(Level.GRID)).isEqualTo("\"grid\"");
    assertThat(mapper.writeValueAsString(Samples.ZHANG_JIANGUO)).contains("\"张**\"", "\"masked\":true")
        .doesNotContain("建国", "13800138000", "1949");
    assertThat(mapper.readValue("\"211381001001001\"", GridId.class)).isEqualTo(Samples.GRID_1);
  }

  @Test
  void aPrivilegedModuleRegisteredLaterWins() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules()
        .registerModule(new GovernanceModule(PersonalData.REVEALED));
    assertThat(mapper.writeValueAsString(Samples.ZHANG_JIANGUO)).contains("张建国", "13800138000")
        .doesNotContain("masked");
  }

  @Test
  void aPlainMapperReportsContentErrorsWithTheSameException() {
    ObjectMapper mapper = new ObjectMapper().registerModule(new GovernanceModule());
    assertThatThrownBy(() -> mapper.readValue("{\"id\":\"p\",\"name\":\" \"}", Person.class))
        .isInstanceOfSatisfying(WireFormatException.class, e -> assertThat(e.path()).isEqualTo("/name"));
  }

  @Test
  void theStandardInstanceMasksAndThePrivilegedOneDoesNot() {
    assertThat(GovernanceJson.standard().personalData()).isEqualTo(PersonalData.MASKED);
    assertThat(GovernanceJson.standard().write(Samples.organisation())).doesNotContain("13800138000");
    assertThat(GovernanceJson.privileged().write(Samples.organisation())).contains("13800138000");
  }

  @Test
  void noDefaultTyping() throws Exception {
    ObjectMapper mapper = GovernanceJson.standard().mapper();
    assertThat(mapper.getSerializationConfig().getDefaultTyper(mapper.constructType(Object.class))).isNull();
    assertThat(mapper.getDeserializationConfig().getDefaultTyper(mapper.constructType(Object.class))).isNull();
    assertThat(mapper.isEnabled(MapperFeature.USE_ANNOTATIONS)).isTrue();
  }

  @Test
  void defaultTypingSwitchedOnByACallerCannotSmuggleClassNames() {
    ObjectMapper mapper = GovernanceJson.standard().mapper();
    mapper.activateDefaultTyping(LaissezFaireSubTypeValidator.instance, ObjectMapper.DefaultTyping.EVERYTHING);
    assertThatThrownBy(() -> mapper.writeValueAsString(Samples.GRID_1)).hasMessageContaining("Type id handling");
  }

  @Test
  void typesWithoutAFormAreRefusedPlainly() {
    assertThatThrownBy(() -> GovernanceJson.standard().read("{}", String.class))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no JSON form");
    assertThatThrownBy(() -> GovernanceJson.standard().write(Samples.GRID_1, Organisation.class))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aPlaceIsWrittenWithItsLevelOnlyAsAPlace() {
    GovernanceJson json = GovernanceJson.standard();
    assertThat(json.write(Samples.GRID_1)).isEqualTo("\"211381001001001\"");
    assertThat(json.write(Samples.GRID_1, org.gridgov.core.org.PlaceId.class))
        .isEqualTo("{\"level\":\"grid\",\"code\":\"211381001001001\"}");
  }
}
