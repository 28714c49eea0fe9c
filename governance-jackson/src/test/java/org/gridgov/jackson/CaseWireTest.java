package org.gridgov.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.gridgov.core.cases.CaseCommand;
import org.gridgov.core.cases.CaseEvent;
import org.gridgov.core.cases.CaseState;
import org.junit.jupiter.api.Test;

/** The case document replays its events and checks its summary; commands and events keep their rules. */
class CaseWireTest {
  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final GovernanceJson JSON = GovernanceJson.privileged();

  private static ObjectNode caseDocument() throws Exception {
    return (ObjectNode) PLAIN.readTree(JSON.write(CaseSamples.STATE));
  }

  private static WireFormatException failure(String json, Class<?> type) {
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> JSON.read(json, type));
    assertThat(t).isInstanceOf(WireFormatException.class);
    return (WireFormatException) t;
  }

  @Test
  void aCaseReadsBackAsTheReplayOfItsEvents() {
    CaseState back = JSON.read(JSON.write(CaseSamples.STATE), CaseState.class);
    assertThat(back).isEqualTo(CaseSamples.STATE);
    assertThat(back.events()).hasSize(10);
  }

  @Test
  void aSummaryThatContradictsTheEventsIsRefused() throws Exception {
    ObjectNode doc = caseDocument().put("status", "handling");
    assertThat(failure(doc.toString(), CaseState.class).path()).isEqualTo("/status");
    ObjectNode noHolder = caseDocument();
    noHolder.remove("holder");
    assertThat(failure(noHolder.toString(), CaseState.class).rule()).contains("holder must match the events");
  }

  @Test
  void aGapInTheEventsIsRefusedAtTheEventAfterIt() throws Exception {
    ObjectNode doc = caseDocument();
    ((ArrayNode) doc.get("events")).remove(3);
    WireFormatException e = failure(doc.toString(), CaseState.class);
    assertThat(e.path()).isEqualTo("/events/3");
    assertThat(e.rule()).contains("sequence");
  }

  @Test
  void anEventOfAnotherCaseIsRefused() throws Exception {
    ObjectNode doc = caseDocument();
    ((ObjectNode) doc.get("events").get(5)).put("case", "c-other");
    assertThat(failure(doc.toString(), CaseState.class).path()).isEqualTo("/events/5");
  }

  @Test
  void aDimensionEvaluatedTwiceIsAWireFormatErrorNotAGuavaOne() throws Exception {
    ObjectNode doc = caseDocument();
    ArrayNode events = (ArrayNode) doc.get("events");
    for (int seq = 11; seq <= 12; seq++) {
      ObjectNode e = PLAIN.createObjectNode().put("type", "evaluated").put("case", "c-20260302-0001")
          .put("sequence", seq).put("at", "2026-03-08T00:00:00Z").put("actor", "r-zhao").put("command", "e" + seq)
          .put("command_kind", "evaluate").put("status_from", "closed").put("status_to", "closed")
          .put("dimension", "resident_satisfaction").put("rating", "satisfied");
      events.add(e);
    }
    doc.put("version", 12).put("last_event_at", "2026-03-08T00:00:00Z");
    assertThat(failure(doc.toString(), CaseState.class).path()).isEqualTo("/events/11");
  }

  @Test
  void aCommandOfANewerSchemaIsRefusedWholeAnEventOfANewerSchemaIsRead() throws Exception {
    ObjectNode command = (ObjectNode) PLAIN.readTree(JSON.write(CaseSamples.REPORT));
    command.put("schema_version", 2).put("priority", "high");
    assertThat(failure(command.toString(), CaseCommand.class).path()).isEqualTo("/schema_version");
    ObjectNode event = (ObjectNode) PLAIN.readTree(JSON.write(CaseSamples.HISTORY.get(2), CaseEvent.class));
    event.put("schema_version", 2).put("handler_note", "new in version 2");
    assertThat(JSON.read(event.toString(), CaseEvent.class)).isEqualTo(CaseSamples.HISTORY.get(2));
  }

  @Test
  void typeIdentifiersAreStableNamesNotClassNames() throws Exception {
    assertThat(PLAIN.readTree(JSON.write(CaseSamples.REPORT)).get("type").asText()).isEqualTo("report");
    assertThat(JSON.write(CaseSamples.HISTORY.get(3))).contains("\"type\":\"escalated\"").doesNotContain("Escalated");
    assertThat(failure(JSON.write(CaseSamples.REPORT).replace("\"report\"", "\"Report\""), CaseCommand.class).path())
        .isEqualTo("/type");
  }

  @Test
  void aVariantCodecRefusesAnotherVariant() {
    String accept = JSON.write(CaseSamples.ONE_COMMAND_EACH.get(1));
    assertThat(failure(accept, CaseCommand.Report.class).path()).isEqualTo("/type");
  }

  /** The fast instant parser accepts and refuses exactly what OffsetDateTime.parse does. */
  @Test
  void theFastInstantParserAgreesWithTheStandardOne() {
    org.quicktheories.QuickTheory.qt().withFixedSeed(5L).withExamples(3000)
        .forAll(org.quicktheories.generators.SourceDSL.longs().all()).checkAssert(seed -> {
          java.util.Random r = new java.util.Random(seed);
          java.time.Instant at = java.time.Instant.ofEpochSecond(r.nextInt(2_000_000_000) * (r.nextBoolean() ? 1L : 20),
              r.nextInt(4) == 0 ? r.nextInt(1_000_000_000) : 0);
          String text = java.time.format.DateTimeFormatter.ISO_INSTANT.format(at);
          if (r.nextBoolean()) {
            StringBuilder b = new StringBuilder(text);
            b.setCharAt(r.nextInt(b.length()), "0123456789:-TZ.x+".charAt(r.nextInt(17)));
            text = b.toString();
          }
          Object expected;
          try {
            expected = java.time.OffsetDateTime.parse(text).toInstant();
          } catch (java.time.DateTimeException e) {
            expected = "refused";
          }
          Object actual;
          try {
            actual = ValueWire.parseInstant(text);
          } catch (java.time.DateTimeException e) {
            actual = "refused";
          }
          assertThat(actual).as(text).isEqualTo(expected);
        });
  }

  /** The fast instant formatter writes exactly what ISO_INSTANT writes, at every precision and year. */
  @Test
  void theFastInstantFormatterAgreesWithIsoInstant() {
    org.quicktheories.QuickTheory.qt().withFixedSeed(6L).withExamples(3000)
        .forAll(org.quicktheories.generators.SourceDSL.longs().all()).checkAssert(seed -> {
          java.util.Random r = new java.util.Random(seed);
          long seconds = switch (r.nextInt(3)) {
            case 0 -> r.nextInt(2_000_000_000);
            case 1 -> r.nextLong() % 400_000_000_000L;
            default -> java.time.Instant.MIN.getEpochSecond() + (r.nextLong() & Long.MAX_VALUE)
                % (java.time.Instant.MAX.getEpochSecond() - java.time.Instant.MIN.getEpochSecond());
          };
          int nano = switch (r.nextInt(4)) {
            case 0 -> 0;
            case 1 -> r.nextInt(1000) * 1_000_000;
            case 2 -> r.nextInt(1_000_000) * 1000;
            default -> r.nextInt(1_000_000_000);
          };
          java.time.Instant at = java.time.Instant.ofEpochSecond(seconds, nano);
          assertThat(ValueWire.formatInstant(at)).isEqualTo(java.time.format.DateTimeFormatter.ISO_INSTANT.format(at));
        });
  }

  /** The fast duration parser accepts and refuses exactly what Duration.parse does. */
  @Test
  void theFastDurationParserAgreesWithTheStandardOne() {
    org.quicktheories.QuickTheory.qt().withFixedSeed(7L).withExamples(3000)
        .forAll(org.quicktheories.generators.SourceDSL.longs().all()).checkAssert(seed -> {
          java.util.Random r = new java.util.Random(seed);
          String text = java.time.Duration.ofSeconds(r.nextBoolean() ? r.nextInt(400_000) : r.nextLong() % 10_000_000_000L,
              r.nextInt(5) == 0 ? r.nextInt(1_000_000_000) : 0).toString();
          if (r.nextBoolean()) {
            StringBuilder b = new StringBuilder(text);
            int edits = 1 + r.nextInt(3);
            for (int i = 0; i < edits; i++) {
              int at = r.nextInt(b.length() + 1);
              char c = "0123456789HMSPTD.-+x".charAt(r.nextInt(20));
              if (r.nextBoolean() && at < b.length()) {
                b.setCharAt(at, c);
              } else {
                b.insert(at, c);
              }
            }
            text = b.toString();
          }
          Object expected;
          try {
            expected = java.time.Duration.parse(text);
          } catch (java.time.format.DateTimeParseException e) {
            expected = "refused";
          }
          Object actual;
          try {
            actual = ValueWire.parseDuration(text);
          } catch (java.time.format.DateTimeParseException e) {
            actual = "refused";
          }
          assertThat(actual).as(text).isEqualTo(expected);
        });
  }

  @Test
  void aDeadlineTableNeedsEveryDefaultCellOnceAndNoCellTwice() throws Exception {
    ObjectNode table = (ObjectNode) PLAIN.readTree(JSON.write(org.gridgov.core.cases.DeadlineTable.standard()));
    ArrayNode entries = (ArrayNode) table.get("entries");
    entries.add(entries.get(2).deepCopy());
    WireFormatException twice = failure(table.toString(), org.gridgov.core.cases.DeadlineTable.class);
    assertThat(twice.path()).isEqualTo("/entries/" + (entries.size() - 1));
    assertThat(twice.rule()).contains("a cell given before");
    entries.remove(entries.size() - 1);
    entries.remove(0);
    WireFormatException missing = failure(table.toString(), org.gridgov.core.cases.DeadlineTable.class);
    assertThat(missing.path()).isEqualTo("/entries");
    assertThat(missing.rule()).contains("missing accept, normal");
    assertThat(JSON.read(JSON.write(org.gridgov.core.cases.DeadlineTable.standard()),
        org.gridgov.core.cases.DeadlineTable.class)).isEqualTo(org.gridgov.core.cases.DeadlineTable.standard());
  }

  @Test
  void aTallyRefusesANameThatIsNotAMeasure() {
    Class<org.gridgov.core.accountability.scorecard.Tally> tally = org.gridgov.core.accountability.scorecard.Tally.class;
    WireFormatException e = failure("{\"reports\":3,\"complaints\":1}", tally);
    assertThat(e.path()).isEqualTo("/complaints");
    assertThat(e.rule()).contains("is not a measure");
    assertThat(failure("{\"reports\":\"3\"}", tally).path()).isEqualTo("/reports");
    assertThat(JSON.read("{\"reports\":3,\"cases\":0}", tally)).isEqualTo(org.gridgov.core.accountability.scorecard.Tally
        .of(java.util.Map.of(org.gridgov.core.accountability.scorecard.Measure.REPORTS, 3L)));
  }
}
