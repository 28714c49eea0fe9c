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
import java.util.Random;
import java.util.Set;
import org.gridgov.core.org.Organisation;
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
}
