package org.gridgov.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.gridgov.core.org.Grid;
import org.gridgov.core.org.GridId;
import org.gridgov.core.org.Organisation;
import org.gridgov.core.org.OrganisationChange;
import org.gridgov.core.org.PlaceId;
import org.gridgov.core.org.Violation;
import org.gridgov.core.people.Person;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every class of bad input yields a {@link WireFormatException} naming the path and the rule. */
class BadInputTest {
  private static final GovernanceJson JSON = GovernanceJson.privileged();
  private static final ObjectMapper PLAIN = new ObjectMapper();

  static WireFormatException failure(String json, Class<?> type) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> JSON.read(json, type));
    assertThat(thrown).as("reading %s as %s", json.length() > 200 ? json.substring(0, 200) + "…" : json, type)
        .isInstanceOf(WireFormatException.class);
    WireFormatException e = (WireFormatException) thrown;
    assertThat(e.getMessage()).contains(e.rule());
    return e;
  }

  static void fails(String json, Class<?> type, String path, String rule) {
    WireFormatException e = failure(json, type);
    assertThat(e.path()).as(e.getMessage()).isEqualTo(path);
    assertThat(e.rule()).as(e.getMessage()).contains(rule);
  }

  static String organisation(Consumer<ObjectNode> edit) throws Exception {
    ObjectNode doc = (ObjectNode) PLAIN.readTree(JSON.write(Samples.organisation()));
    edit.accept(doc);
    return doc.toString();
  }

  @Nested
  class Malformed {
    @Test
    void truncatedJson() {
      WireFormatException e = failure("{\"id\": \"211381001001001\", \"name\": ", Grid.class);
      assertThat(e.rule()).startsWith("is malformed JSON");
      assertThat(e.path()).isEqualTo("/name");
    }

    @Test
    void notJsonAtAll() {
      assertThat(failure("grid 1", Grid.class).rule()).startsWith("is malformed JSON");
    }

    @Test
    void emptyAndNullDocuments() {
      fails("", Grid.class, "", "must be a JSON value");
      fails("null", Grid.class, "", "must be a JSON value");
    }

    @Test
    void duplicatePropertyIsRefused() {
      WireFormatException e = failure("{\"id\":\"211381001001001\",\"name\":\"a\",\"name\":\"b\"}", Grid.class);
      assertThat(e.rule()).contains("Duplicate field 'name'");
      assertThat(e.path()).isEqualTo("/name");
    }

    @Test
    void duplicatePropertyInALargeObjectIsRefused() {
      StringBuilder json = new StringBuilder("{\"id\":\"211381001001001\",\"name\":\"a\"");
      for (int i = 0; i < 40; i++) {
        json.append(",\"p").append(i).append("\":").append(i);
      }
      json.append(",\"p33\":1}");
      WireFormatException e = failure(json.toString(), Grid.class);
      assertThat(e.rule()).contains("Duplicate field 'p33'");
      assertThat(e.path()).isEqualTo("/p33");
    }

    @Test
    void trailingContentIsRefused() {
      failure("\"211381001001001\" \"211381001001002\"", GridId.class);
      failure("{\"id\":\"211381001001001\",\"name\":\"a\"} x", Grid.class);
    }

    @Test
    void commentsAndSingleQuotesAreNotJson() {
      assertThat(failure("/* c */ \"211381\"", PlaceId.class).rule()).startsWith("is malformed JSON");
      assertThat(failure("'211381001001001'", GridId.class).rule()).startsWith("is malformed JSON");
    }

    @Test
    void allReadMethodsReportTheSameWay() {
      byte[] bytes = "{\"id\":".getBytes(StandardCharsets.UTF_8);
      assertThatThrownBy(() -> JSON.read(bytes, Grid.class)).isInstanceOf(WireFormatException.class);
      assertThatThrownBy(() -> JSON.read(new ByteArrayInputStream(bytes), Grid.class))
          .isInstanceOf(WireFormatException.class);
    }
  }

  @Nested
  class WrongTypes {
    @Test
    void stringExpected() {
      fails("{\"id\":\"211381001001001\",\"name\":5}", Grid.class, "/name", "must be a string, was a number");
    }

    @Test
    void objectExpected() {
      fails("[]", Grid.class, "", "must be an object, was an array");
    }

    @Test
    void integerExpected() {
      fails("{\"id\":\"211381001001001\",\"name\":\"a\",\"declared_households\":1.5}", Grid.class,
          "/declared_households", "must be an integer");
      fails("{\"id\":\"211381001001001\",\"name\":\"a\",\"declared_households\":\"300\"}", Grid.class,
          "/declared_households", "must be an integer, was a string");
    }

    @Test
    void arrayExpectedDeepInADocument() throws Exception {
      fails(organisation(d -> ((ObjectNode) d.get("departments").get(0)).put("responsibilities", "0102")),
          Organisation.class, "/departments/0/responsibilities", "must be an array");
    }

    @Test
    void nullElementInAnArray() throws Exception {
      fails(organisation(d -> ((ArrayNode) d.get("grids")).insertNull(1)), Organisation.class, "/grids/1",
          "must not be null");
    }
  }

  @Nested
  class MissingFields {
    @Test
    void requiredPropertyAbsentOrNull() {
      fails("{\"id\":\"211381001001001\"}", Grid.class, "/name", "is required");
      fails("{\"id\":\"211381001001001\",\"name\":null}", Grid.class, "/name", "is required");
    }

    @Test
    void schemaVersionIsRequiredOnDocuments() throws Exception {
      fails(organisation(d -> d.remove("schema_version")), Organisation.class, "/schema_version", "is required");
      fails("{\"type\":\"merge_grids\",\"absorbed\":\"211381001001002\",\"into\":\"211381001001001\"}",
          OrganisationChange.class, "/schema_version", "is required");
    }

    @Test
    void deepPathsAreNamed() throws Exception {
      fails(organisation(d -> ((ObjectNode) d.get("role_assignments").get(1).get("place")).remove("level")),
          Organisation.class, "/role_assignments/1/place/level", "is required");
    }
  }

  @Nested
  class UnknownTypeIdentifiers {
    @Test
    void unknownCommandType() {
      fails("{\"schema_version\":1,\"type\":\"explode_grid\"}", OrganisationChange.class, "/type",
          "must be one of [reassign_role, assign_role, move_building, split_grid, merge_grids, add_sinking_unit]");
    }

    @Test
    void classNamesAreNotTypeIdentifiers() {
      fails("{\"schema_version\":1,\"type\":\"org.gridgov.core.org.OrganisationChange$MergeGrids\"}",
          OrganisationChange.class, "/type", "must be one of");
    }

    @Test
    void anotherVariantThanTheClassAskedFor() {
      fails("{\"schema_version\":1,\"type\":\"merge_grids\",\"absorbed\":\"211381001001002\",\"into\":"
          + "\"211381001001001\"}", OrganisationChange.SplitGrid.class, "/type", "must be 'split_grid' here");
    }

    @Test
    void unknownEnumCode() {
      fails("{\"level\":\"province\",\"code\":\"21\"}", PlaceId.class, "/level", "must be one of [city,");
      fails("{\"rule\":\"GOV-999\",\"subject\":\"x\",\"message\":\"m\"}", Violation.class, "/rule", "must be one of");
    }

    @Test
    void enumCodesAreNotJavaConstantNames() {
      fails("{\"level\":\"GRID\",\"code\":\"211381001001001\"}", PlaceId.class, "/level", "was 'GRID'");
    }
  }

  @Nested
  class OutOfRange {
    @Test
    void coreRulesAreReportedAtTheProperty() {
      fails("{\"id\":\"211381001001001\",\"name\":\"a\",\"declared_households\":-1}", Grid.class,
          "/declared_households", "declaredHouseholds: must be between 0 and 1000000");
      fails("{\"id\":\"211381001001001\",\"name\":\"   \"}", Grid.class, "/name", "must not be blank");
    }

    @Test
    void malformedIdentifiersAreReportedAtTheirString() {
      fails("{\"id\":\"211381001001000\",\"name\":\"a\"}", Grid.class, "/id", "grid segment must not be zero");
      fails("{\"level\":\"grid\",\"code\":\"211381\"}", PlaceId.class, "/code", "a grid code must have 15 digits");
    }

    @Test
    void numbersBeyondTheirType() {
      fails("{\"id\":\"211381001001001\",\"name\":\"a\",\"declared_households\":99999999999999999999}", Grid.class,
          "/declared_households", "must be between");
    }

    @Test
    void personalDataIsValidatedButNotEchoed() {
      WireFormatException e = failure("{\"id\":\"p\",\"name\":\"张三\",\"id_card\":\"110105194912310021\"}",
          Person.class);
      assertThat(e.path()).isEqualTo("/id_card");
      assertThat(e.getMessage()).contains("check character").doesNotContain("110105194912310021");
    }

    @Test
    void inconsistentDerivedValue() {
      fails("{\"rule\":\"GOV-003\",\"severity\":\"warning\",\"subject\":\"x\",\"message\":\"m\"}", Violation.class,
          "/severity", "must be 'error'");
    }

    @Test
    void durationsAndTimesMustBeIso8601() {
      fails("{\"kind\":\"working_hours\",\"budget\":\"8 hours\"}", org.gridgov.core.calendar.TimeLimit.class,
          "/budget", "must be an ISO-8601 duration");
      fails("{\"kind\":\"working_hours\",\"budget\":\"-PT8H\"}", org.gridgov.core.calendar.TimeLimit.class,
          "/budget", "must be positive");
      fails("{\"start\":\"8.30\",\"end\":\"12:00\"}", org.gridgov.core.calendar.BusinessCalendar.Period.class,
          "/start", "must be an ISO-8601 local time");
    }
  }

  @Nested
  class StructuralRules {
    @Test
    void missingParentPointsAtTheEntry() throws Exception {
      WireFormatException e = failure(organisation(d -> ((ObjectNode) d.get("buildings").get(0))
          .put("grid", "211381001001009")), Organisation.class);
      assertThat(e.path()).isEqualTo("/buildings/0");
      assertThat(e.rule()).contains("ORG-002");
      assertThat(e.getCause()).isInstanceOf(org.gridgov.core.org.OrganisationException.class);
    }

    @Test
    void duplicateIdentifierPointsAtTheSecondEntry() throws Exception {
      fails(organisation(d -> ((ArrayNode) d.get("grids")).add(d.get("grids").get(0).deepCopy())),
          Organisation.class, "/grids/2", "ORG-001");
    }

    @Test
    void unknownPersonPointsAtTheAssignment() throws Exception {
      fails(organisation(d -> ((ObjectNode) d.get("role_assignments").get(2)).put("person", "p-nobody")),
          Organisation.class, "/role_assignments/2", "ORG-003");
    }

    @Test
    void aNegativeVersionIsRefused() throws Exception {
      fails(organisation(d -> d.put("version", -1)), Organisation.class, "/version", "0");
    }

    @Test
    void maskedPersonalDataCannotBeReadBack() {
      String masked = GovernanceJson.standard().write(Samples.organisation());
      fails(masked, Organisation.class, "/people/0/masked", "masked personal data cannot be read back");
    }
  }

  @Nested
  class UnknownProperties {
    @Test
    void refusedInDocumentsOfTheCurrentVersion() throws Exception {
      fails(organisation(d -> ((ObjectNode) d.get("grids").get(1)).put("colour", "red")), Organisation.class,
          "/grids/1/colour", "is not a known property");
      fails(organisation(d -> d.put("extra", 1)), Organisation.class, "/extra", "is not a known property");
    }

    @Test
    void refusedInValues() {
      fails("{\"id\":\"211381001001001\",\"name\":\"a\",\"nmae\":\"b\"}", Grid.class, "/nmae",
          "is not a known property");
    }

    @Test
    void toleratedInStateDocumentsOfANewerVersion() throws Exception {
      Organisation org = JSON.read(organisation(d -> {
        d.put("schema_version", 2);
        d.put("extra", 1);
        ((ObjectNode) d.get("grids").get(1)).put("colour", "red");
      }), Organisation.class);
      assertThat(JSON.write(org)).isEqualTo(JSON.write(Samples.organisation()));
    }

    @Test
    void commandsAreRefusedWithUnknownPropertiesOrANewerVersion() {
      String merge = "\"type\":\"merge_grids\",\"absorbed\":\"211381001001002\",\"into\":\"211381001001001\"";
      fails("{\"schema_version\":1," + merge + ",\"force\":true}", OrganisationChange.class, "/force",
          "is not a known property");
      fails("{\"schema_version\":2," + merge + "}", OrganisationChange.class, "/schema_version",
          "a command of schema version 2 is refused");
    }

    @Test
    void nestedDocumentsCarryNoVersionOfTheirOwn() {
      fails("{\"schema_version\":1,\"from_version\":0,\"to_version\":1,\"effects\":[],\"change\":{"
          + "\"schema_version\":1,\"type\":\"move_building\",\"building\":\"b-1\",\"to\":\"211381001001002\"}}",
          org.gridgov.core.org.ChangeRecord.class, "/change/schema_version", "is not a known property");
    }

    @Test
    void schemaVersionMustBeAPositiveInteger() throws Exception {
      fails(organisation(d -> d.put("schema_version", 0)), Organisation.class, "/schema_version", "must be between 1");
      fails(organisation(d -> d.put("schema_version", "1")), Organisation.class, "/schema_version",
          "must be an integer");
    }
  }

  @Nested
  class Limits {
    @Test
    void oversizedStringsAreRefused() {
      String huge = "\"" + "1".repeat(GovernanceJson.MAX_STRING_CHARS + 1) + "\"";
      WireFormatException e = failure(huge, GridId.class);
      assertThat(e.rule()).startsWith("exceeds a size limit");
    }

    @Test
    void oversizedNumbersAndNamesAreRefused() {
      assertThat(failure("{\"id\":\"211381001001001\",\"name\":\"a\",\"declared_households\":"
          + "1".repeat(GovernanceJson.MAX_NUMBER_DIGITS + 1) + "}", Grid.class).rule()).startsWith("exceeds a size limit");
      assertThat(failure("{\"" + "n".repeat(GovernanceJson.MAX_NAME_CHARS + 1) + "\":1}", Grid.class).rule())
          .startsWith("exceeds a size limit");
    }

    @Test
    void deeplyNestedDocumentsAreRefusedWithThePath() {
      String deep = "{\"id\":\"211381001001001\",\"name\":" + "[".repeat(100) + "]".repeat(100) + "}";
      WireFormatException e = failure(deep, Grid.class);
      assertThat(e.rule()).startsWith("exceeds a size limit").contains("nesting depth");
      assertThat(e.path()).startsWith("/name/0/0/0");
    }

    @Test
    void documentsWithinTheLimitsAreRead() throws Exception {
      JsonNode doc = PLAIN.readTree(JSON.write(Samples.organisation()));
      assertThat(JSON.read(doc.toString().getBytes(StandardCharsets.UTF_8), Organisation.class).grids()).hasSize(2);
    }
  }
}
