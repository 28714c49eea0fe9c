package org.gridgov.routing.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.gridgov.core.org.BuildingId;
import org.gridgov.core.org.CityId;
import org.gridgov.core.org.CommunityId;
import org.gridgov.core.org.DepartmentId;
import org.gridgov.core.org.GridId;
import org.gridgov.core.org.PlaceId;
import org.gridgov.core.org.SubdistrictId;
import org.gridgov.core.people.PersonId;
import org.gridgov.routing.RoutingDecision;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Routing decisions in the wire format: golden files, round trip, strict reading. */
class RoutingJsonTest {
  /** Set {@code -Dgridgov.updateGoldens=true} to rewrite the golden files from the samples (review the diff!). */
  private static final boolean UPDATE = Boolean.getBoolean("gridgov.updateGoldens");
  private static final Path DIR = Path.of("src/test/resources/org/gridgov/routing/json/golden");
  private static final ObjectMapper FOUND = new ObjectMapper().findAndRegisterModules();
  private static final ObjectWriter PRETTY = FOUND.writerWithDefaultPrettyPrinter();

  private static final CityId CITY = CityId.parse("211381");
  private static final SubdistrictId SUBDISTRICT = SubdistrictId.parse("211381001");
  private static final CommunityId COMMUNITY = CommunityId.parse("211381001001");
  private static final GridId GRID = GridId.parse("211381001001001");
  private static final DepartmentId HOUSING = DepartmentId.of("housing");
  private static final DepartmentId SANITATION = DepartmentId.of("sanitation");
  private static final DepartmentId POLICE = DepartmentId.of("police");

  /** One sample of each variant, as in the golden files. */
  static final Map<Class<? extends RoutingDecision>, RoutingDecision> SAMPLES = Map.of(
      RoutingDecision.HandleHere.class, new RoutingDecision.HandleHere(Optional.of(PersonId.of("p-zhang")),
          "垃圾堆放 is handled by the grid: category 0102 is on the grid's list"),
      RoutingDecision.AssignDown.class, new RoutingDecision.AssignDown(GRID, Optional.empty(),
          "assigned to grid 211381001001001: it covers the place"),
      RoutingDecision.Escalate.class, new RoutingDecision.Escalate(SUBDISTRICT,
          "escalated to the subdistrict: the community cannot coordinate two departments"),
      RoutingDecision.HandToCenter.class, new RoutingDecision.HandToCenter(CITY,
          "handed to the city center: red light on dispatch"),
      RoutingDecision.AssignDepartments.class, new RoutingDecision.AssignDepartments(HOUSING,
          ImmutableList.of(SANITATION), "assigned to the housing bureau: category 03 施工管理 is on its responsibility list"),
      RoutingDecision.BlowWhistle.class, new RoutingDecision.BlowWhistle(COMMUNITY, ImmutableList.of(POLICE, HOUSING),
          "社区吹哨，部门报到: the case needs police and housing on site"),
      RoutingDecision.Supervise.class, new RoutingDecision.Supervise(SUBDISTRICT,
          "supervised by the subdistrict: yellow light on handling"));

  private static Path golden(Class<?> type) {
    return DIR.resolve("RoutingDecision." + type.getSimpleName() + ".json");
  }

  private static String pretty(RoutingDecision d) {
    try {
      return PRETTY.writeValueAsString(d).replace("\r\n", "\n") + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void everyVariantHasASampleAndAStableTypeId() {
    assertThat(SAMPLES.keySet()).containsExactlyInAnyOrderElementsOf(List.of(RoutingDecision.class.getPermittedSubclasses())
        .stream().map(c -> c.asSubclass(RoutingDecision.class)).toList());
    assertThat(DecisionCodec.TYPE_IDS.keySet()).isEqualTo(SAMPLES.keySet());
  }

  @Test
  void everyVariantMatchesItsGoldenFileAndReadsBack() throws IOException {
    for (Map.Entry<Class<? extends RoutingDecision>, RoutingDecision> e : SAMPLES.entrySet()) {
      Path file = golden(e.getKey());
      String written = pretty(e.getValue());
      if (UPDATE) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, written, StandardCharsets.UTF_8);
      }
      String expected = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
      assertThat(written).as(file.toString()).isEqualTo(expected);
      assertThat(RoutingJson.read(expected)).isEqualTo(e.getValue());
      assertThat(FOUND.readValue(expected, RoutingDecision.class)).isEqualTo(e.getValue());
      assertThat(FOUND.readValue(expected, e.getKey())).isEqualTo(e.getValue());
    }
  }

  @Test
  void compactAndModuleFormsAreTheSameDocument() throws IOException {
    for (RoutingDecision d : SAMPLES.values()) {
      assertThat(RoutingJson.write(d)).isEqualTo(FOUND.writeValueAsString(d));
      assertThat(RoutingJson.write(d)).startsWith("{\"schema_version\":1,\"type\":\"");
    }
  }

  @Test
  void anyDecisionRoundTrips() {
    qt().withFixedSeed(21L).withExamples(500).forAll(integers().all()).checkAssert(seed -> {
      RoutingDecision d = random(new Random(seed));
      assertThat(RoutingJson.read(RoutingJson.writeBytes(d))).isEqualTo(d);
      assertThat(RoutingJson.read(RoutingJson.write(d))).isEqualTo(d);
    });
  }

  @Test
  void nestedInAnotherDocumentADecisionCarriesNoVersion() throws IOException {
    RoutingDecision d = SAMPLES.get(RoutingDecision.Escalate.class);
    String json = FOUND.writeValueAsString(List.of(d));
    assertThat(json).startsWith("[{\"type\":\"escalate\"");
    RoutingDecision[] back = FOUND.readValue(json, RoutingDecision[].class);
    assertThat(back).containsExactly(d);
  }

  private static RoutingDecision random(Random r) {
    String reason = List.of("why", "因为 the grid covers it", "a \"quoted\" / slashed\nreason").get(r.nextInt(3));
    Optional<PersonId> handler = r.nextBoolean() ? Optional.empty() : Optional.of(PersonId.of("p-" + r.nextInt(1000)));
    List<PlaceId> places = List.of(CITY, SUBDISTRICT, COMMUNITY, GRID, BuildingId.of("b-" + r.nextInt(99)));
    PlaceId place = places.get(r.nextInt(places.size()));
    List<DepartmentId> departments = List.of(HOUSING, SANITATION, POLICE, DepartmentId.of("d-" + r.nextInt(50)));
    switch (r.nextInt(7)) {
      case 0:
        return new RoutingDecision.HandleHere(handler, reason);
      case 1:
        return new RoutingDecision.AssignDown(place, handler, reason);
      case 2:
        return new RoutingDecision.Escalate(place, reason);
      case 3:
        return new RoutingDecision.HandToCenter(CITY, reason);
      case 4: {
        int n = r.nextInt(departments.size());
        return new RoutingDecision.AssignDepartments(departments.get(n), ImmutableList.copyOf(
            departments.stream().filter(x -> x != departments.get(n) && r.nextBoolean()).toList()), reason);
      }
      case 5:
        return new RoutingDecision.BlowWhistle(COMMUNITY, ImmutableList.copyOf(departments.subList(0, 1 + r.nextInt(3))),
            reason);
      default:
        return new RoutingDecision.Supervise(place, reason);
    }
  }

  // ------------------------------------------------------------------ strict reading

  private static RoutingWireFormatException failure(String json) {
    Throwable t = catchThrowable(() -> RoutingJson.read(json));
    assertThat(t).as(json).isInstanceOf(RoutingWireFormatException.class);
    return (RoutingWireFormatException) t;
  }

  private static void fails(String json, String path, String rule) {
    RoutingWireFormatException e = failure(json);
    assertThat(e.path()).as(json).isEqualTo(path);
    assertThat(e.rule()).as(json).contains(rule);
    assertThat(e.getMessage()).startsWith(path.isEmpty() ? "document: " : path + ": ");
  }

  @Nested
  class BadInput {
    private static final String V = "{\"schema_version\":1,";

    @Test
    void malformedEmptyNullAndTrailing() {
      fails("{\"schema_version\":1,", "/schema_version", "is malformed JSON");
      fails("", "", "must be a JSON object");
      fails("null", "", "must be a JSON object");
      fails("[]", "", "must be an object, was an array");
      fails(V + "\"type\":\"escalate\",\"to\":{\"level\":\"city\",\"code\":\"211381\"},\"reason\":\"r\"} {}", "",
          "trailing content");
    }

    @Test
    void unknownTypeAndMissingOrWrongProperties() {
      fails(V + "\"type\":\"route\",\"reason\":\"r\"}", "/type", "must be one of [handle_here, assign_down");
      fails(V + "\"reason\":\"r\"}", "/type", "is required");
      fails(V + "\"type\":\"escalate\",\"reason\":\"r\"}", "/to", "is required");
      fails(V + "\"type\":\"escalate\",\"to\":\"211381\",\"reason\":\"r\"}", "/to", "must be an object, was a string");
      fails(V + "\"type\":\"escalate\",\"to\":{\"level\":\"planet\",\"code\":\"1\"},\"reason\":\"r\"}", "/to/level",
          "must be one of [city");
      fails(V + "\"type\":\"escalate\",\"to\":{\"level\":\"grid\",\"code\":\"12\"},\"reason\":\"r\"}", "/to/code", "12");
      fails(V + "\"type\":\"handle_here\",\"reason\":7}", "/reason", "must be a string, was a number");
      fails(V + "\"type\":\"blow_whistle\",\"community\":\"211381001001\",\"summoned\":[\"police\",null],"
          + "\"reason\":\"r\"}", "/summoned/1", "must not be null");
      fails("{\"type\":\"handle_here\",\"reason\":\"r\"}", "/schema_version", "is required");
      fails("{\"schema_version\":0,\"type\":\"handle_here\",\"reason\":\"r\"}", "/schema_version", "must be between 1");
    }

    @Test
    void aValueTheConstructorRefusesIsReportedAtItsProperty() {
      fails(V + "\"type\":\"handle_here\",\"reason\":\" \"}", "/reason", "blank");
      fails(V + "\"type\":\"assign_departments\",\"lead\":\"police\",\"co_handlers\":[\"police\"],\"reason\":\"r\"}",
          "/co_handlers", "must not contain the lead department");
      fails(V + "\"type\":\"blow_whistle\",\"community\":\"211381001001\",\"summoned\":[],\"reason\":\"r\"}",
          "/summoned", "at least one department");
      fails(V + "\"type\":\"handle_here\",\"handler\":\"-x\",\"reason\":\"r\"}", "/handler", "letters");
    }

    @Test
    void unknownPropertiesAreRefusedAtThisVersionAndToleratedInNewerOnes() {
      fails(V + "\"type\":\"handle_here\",\"reason\":\"r\",\"priority\":3}", "/priority", "is not a known property");
      assertThat(RoutingJson.read("{\"schema_version\":2,\"type\":\"handle_here\",\"reason\":\"r\",\"priority\":3}"))
          .isEqualTo(new RoutingDecision.HandleHere(Optional.empty(), "r"));
    }

    @Test
    void duplicatePropertiesAndOversizedDocumentsAreRefused() {
      fails(V + "\"type\":\"handle_here\",\"reason\":\"r\",\"reason\":\"s\"}", "/reason", "Duplicate field 'reason'");
      String deep = "[".repeat(40) + "]".repeat(40);
      assertThat(failure(deep).rule()).contains("exceeds a size limit");
      assertThat(failure(V + "\"type\":\"handle_here\",\"reason\":\"" + "x".repeat(200_000) + "\"}").rule())
          .contains("exceeds a size limit");
    }

    @Test
    void theModuleRefusesAnotherVariantThanTheOneAskedFor() {
      String json = RoutingJson.write(SAMPLES.get(RoutingDecision.Escalate.class));
      Throwable t = catchThrowable(() -> FOUND.readValue(json, RoutingDecision.Supervise.class));
      assertThat(t).isInstanceOf(RoutingWireFormatException.class);
      assertThat(((RoutingWireFormatException) t).path()).isEqualTo("/type");
    }

    @Test
    void randomMutationsRaiseOnlyTheDocumentedException() {
      List<String> valid = SAMPLES.values().stream().map(RoutingJson::write).toList();
      qt().withFixedSeed(22L).withExamples(2000).forAll(integers().all()).checkAssert(seed -> {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder(valid.get(r.nextInt(valid.size())));
        for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
          int at = r.nextInt(b.length());
          switch (r.nextInt(3)) {
            case 0 -> b.deleteCharAt(at);
            case 1 -> b.insert(at, "{}[]\",:0an-".charAt(r.nextInt(11)));
            default -> b.setCharAt(at, "{}[]\",:0an-".charAt(r.nextInt(11)));
          }
        }
        String json = b.toString();
        try {
          RoutingJson.read(json);
        } catch (RoutingWireFormatException expected) {
          assertThat(expected.path()).isNotNull();
        }
      });
    }
  }
}
