package org.gridgov.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.gridgov.core.accountability.patrol.CheckIn;
import org.gridgov.core.accountability.patrol.Patrol;
import org.gridgov.core.accountability.scorecard.Scorecard;
import org.gridgov.core.cases.CaseCommand;
import org.gridgov.core.cases.CaseEvent;
import org.gridgov.core.cases.CaseState;
import org.gridgov.core.org.Organisation;
import org.gridgov.jackson.open311.StatusNotification;
import org.junit.jupiter.api.Test;

/** The shipped JSON Schemas (draft 2020-12) accept the golden files and written documents, and refuse bad ones. */
class SchemaTest {
  private static final ObjectMapper PLAIN = new ObjectMapper();

  static JsonSchema schema(String name) throws Exception {
    try (InputStream in = GovernanceJson.class.getResourceAsStream("schema/" + name + ".schema.json")) {
      assertThat(in).as("schema %s is shipped", name).isNotNull();
      JsonNode node = PLAIN.readTree(in);
      assertThat(node.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
    }
  }

  @Test
  void theOrganisationGoldenFileMatchesItsSchema() throws Exception {
    JsonSchema schema = schema("organisation-snapshot");
    JsonNode golden = PLAIN.readTree(Golden.read(Golden.file(Organisation.class, "")));
    assertThat(schema.validate(golden)).isEmpty();
  }

  @Test
  void everyWrittenOrganisationMatchesItsSchema() throws Exception {
    JsonSchema schema = schema("organisation-snapshot");
    qt().withFixedSeed(7L).withExamples(100).forAll(longs().all()).checkAssert(seed -> {
      String json = Golden.PRIVILEGED.write(RandomValues.organisation(new Random(seed)));
      try {
        assertThat(schema.validate(PLAIN.readTree(json))).as(json).isEmpty();
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void theSchemaRefusesWhatTheReaderRefuses() throws Exception {
    JsonSchema schema = schema("organisation-snapshot");
    ObjectNode doc = (ObjectNode) PLAIN.readTree(Golden.read(Golden.file(Organisation.class, "")));
    ObjectNode unknownProperty = doc.deepCopy().put("extra", 1);
    ObjectNode badGrid = doc.deepCopy();
    ((ObjectNode) badGrid.get("grids").get(0)).put("id", "211381001001000");
    ObjectNode badLevel = doc.deepCopy();
    ((ObjectNode) badLevel.get("role_assignments").get(0).get("place")).put("code", "b-1");
    String masked = GovernanceJson.standard().write(Samples.organisation());
    for (JsonNode bad : new JsonNode[] {unknownProperty, badGrid, badLevel, PLAIN.readTree(masked)}) {
      Set<ValidationMessage> messages = schema.validate(bad);
      assertThat(messages).as(bad.toString()).isNotEmpty();
      assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Golden.PRIVILEGED.read(bad.toString(),
          Organisation.class))).isInstanceOf(WireFormatException.class);
    }
  }

  /** The case-loop documents: each golden file of a variant class and each written document matches its schema. */
  @Test
  void theCaseGoldenFilesMatchTheirSchemas() throws Exception {
    JsonSchema caseSchema = schema("case");
    JsonSchema event = schema("case-event");
    JsonSchema command = schema("case-command");
    assertThat(caseSchema.validate(PLAIN.readTree(Golden.read(Golden.file(CaseState.class, ""))))).isEmpty();
    int checked = 0;
    for (Class<?> type : Codecs.all().keySet()) {
      JsonSchema s = CaseEvent.class.isAssignableFrom(type) ? event
          : CaseCommand.class.isAssignableFrom(type) ? command : null;
      if (s != null) {
        for (Object example : Samples.EXAMPLES.get(type)) {
          JsonNode doc = PLAIN.readTree(Golden.PRIVILEGED.write(example, type));
          assertThat(s.validate(doc)).as(doc.toString()).isEmpty();
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(45);
  }

  @Test
  void everyWrittenCaseEventAndCommandMatchesItsSchema() throws Exception {
    JsonSchema caseSchema = schema("case");
    JsonSchema event = schema("case-event");
    JsonSchema command = schema("case-command");
    qt().withFixedSeed(11L).withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      try {
        JsonNode c = PLAIN.readTree(Golden.PRIVILEGED.write(CaseRandom.state(r)));
        assertThat(caseSchema.validate(c)).as(c.toString()).isEmpty();
        JsonNode e = PLAIN.readTree(Golden.PRIVILEGED.write(CaseRandom.events(r, 1).stream().findFirst()
            .orElse(CaseSamples.HISTORY.get(0)), CaseEvent.class));
        assertThat(event.validate(e)).as(e.toString()).isEmpty();
        JsonNode k = PLAIN.readTree(Golden.PRIVILEGED.write(
            RandomValues.BY_TYPE.get(CaseCommand.class).apply(r), CaseCommand.class));
        assertThat(command.validate(k)).as(k.toString()).isEmpty();
      } catch (java.io.IOException x) {
        throw new AssertionError(x);
      }
    });
  }

  @Test
  void theCaseSchemasRefuseWhatTheReaderRefuses() throws Exception {
    ObjectNode report = (ObjectNode) PLAIN.readTree(Golden.PRIVILEGED.write(CaseSamples.REPORT));
    ObjectNode unknownType = report.deepCopy().put("type", "explode");
    ObjectNode extra = report.deepCopy().put("priority", "high");
    ObjectNode noActor = report.deepCopy();
    noActor.remove("actor");
    ObjectNode badUrgency = report.deepCopy();
    ((ObjectNode) badUrgency.get("details")).put("urgency", "asap");
    JsonSchema command = schema("case-command");
    for (JsonNode bad : new JsonNode[] {unknownType, extra, noActor, badUrgency}) {
      assertThat(command.validate(bad)).as(bad.toString()).isNotEmpty();
      assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Golden.PRIVILEGED.read(bad.toString(),
          CaseCommand.class))).isInstanceOf(WireFormatException.class);
    }
    ObjectNode doc = (ObjectNode) PLAIN.readTree(Golden.PRIVILEGED.write(CaseSamples.STATE));
    ((ObjectNode) doc.get("events").get(2)).put("surprise", true);
    assertThat(schema("case").validate(doc)).isNotEmpty();
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Golden.PRIVILEGED.read(doc.toString(),
        CaseState.class))).isInstanceOf(WireFormatException.class);
  }

  /** The scorecard and the media-app documents, each with the type whose documents its schema describes. */
  private static final Map<String, Class<?>> DOCUMENTS = Map.of(
      "scorecard", Scorecard.class,
      "check-in", CheckIn.class,
      "patrol", Patrol.class,
      "status-notification", StatusNotification.class);

  @Test
  void theScorecardAndMediaAppGoldenFilesMatchTheirSchemas() throws Exception {
    for (Map.Entry<String, Class<?>> d : DOCUMENTS.entrySet()) {
      JsonSchema schema = schema(d.getKey());
      JsonNode golden = PLAIN.readTree(Golden.read(Golden.file(d.getValue(), "")));
      for (JsonNode doc : golden.isArray() ? golden : List.of(golden)) {
        assertThat(schema.validate(doc)).as("%s: %s", d.getKey(), doc).isEmpty();
      }
    }
  }

  @Test
  void everyWrittenScorecardAndMediaAppDocumentMatchesItsSchema() throws Exception {
    for (Map.Entry<String, Class<?>> d : DOCUMENTS.entrySet()) {
      JsonSchema schema = schema(d.getKey());
      qt().withFixedSeed(13L).withExamples(300).forAll(longs().all()).checkAssert(seed -> {
        Object value = RandomValues.BY_TYPE.get(d.getValue()).apply(new Random(seed));
        try {
          JsonNode doc = PLAIN.readTree(Golden.PRIVILEGED.write(value, d.getValue()));
          assertThat(schema.validate(doc)).as("%s: %s", d.getKey(), doc).isEmpty();
        } catch (java.io.IOException x) {
          throw new AssertionError(x);
        }
      });
    }
  }

  @Test
  void theScorecardAndMediaAppSchemasRefuseWhatTheReaderRefuses() throws Exception {
    ObjectNode card = (ObjectNode) PLAIN.readTree(Golden.PRIVILEGED.write(AccountabilitySamples.WORKER_CARD));
    ObjectNode badGrade = card.deepCopy().put("grade", "A");
    ObjectNode extra = card.deepCopy().put("rank", 1);
    ObjectNode noLines = card.deepCopy();
    noLines.remove("lines");
    ObjectNode badMeasure = card.deepCopy();
    ((ObjectNode) badMeasure.get("lines").get(0).get("indicator")).put("numerator", "happiness");
    refusedByBoth("scorecard", Scorecard.class, badGrade, extra, noLines, badMeasure);

    ObjectNode checkIn = (ObjectNode) PLAIN.readTree(Golden.PRIVILEGED.write(AccountabilitySamples.CHECK_IN));
    ObjectNode wrongType = checkIn.deepCopy().put("type", "patrol");
    ObjectNode accuracy = checkIn.deepCopy().put("accuracy_metres", 12);
    ObjectNode farNorth = checkIn.deepCopy();
    ((ObjectNode) farNorth.get("position")).put("latitude", 91);
    refusedByBoth("check-in", CheckIn.class, wrongType, accuracy, farNorth);

    ObjectNode patrol = (ObjectNode) PLAIN.readTree(Golden.PRIVILEGED.write(AccountabilitySamples.MORNING));
    ObjectNode noTrack = patrol.deepCopy();
    noTrack.remove("track");
    ObjectNode badGrid = patrol.deepCopy().put("grid", "211381001001000");
    ObjectNode badPoint = patrol.deepCopy();
    ((ObjectNode) badPoint.get("track").get(1)).put("at", "yesterday");
    refusedByBoth("patrol", Patrol.class, noTrack, badGrid, badPoint);

    ObjectNode note = (ObjectNode) PLAIN.readTree(Golden.PRIVILEGED.write(AccountabilitySamples.assigned()));
    ObjectNode badStatus = note.deepCopy().put("status", "pending");
    ObjectNode actor = note.deepCopy();
    ((ObjectNode) actor.get("note")).put("actor", "p-wang");
    refusedByBoth("status-notification", StatusNotification.class, badStatus, actor);
  }

  private static void refusedByBoth(String schemaName, Class<?> type, JsonNode... bad) throws Exception {
    JsonSchema schema = schema(schemaName);
    for (JsonNode doc : bad) {
      assertThat(schema.validate(doc)).as(doc.toString()).isNotEmpty();
      assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Golden.PRIVILEGED.read(doc.toString(), type)))
          .as(doc.toString()).isInstanceOf(WireFormatException.class);
    }
  }
}
