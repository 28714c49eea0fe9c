package org.gridgov.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.category.CategoryCatalogue;
import org.gridgov.core.cases.CaseCommand;
import org.gridgov.core.cases.CaseId;
import org.gridgov.core.cases.CommandId;
import org.gridgov.core.cases.Source;
import org.gridgov.core.cases.Urgency;
import org.gridgov.core.people.Person;
import org.gridgov.jackson.open311.Open311;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Open311 GeoReport v2: field by field against the specification's examples, privacy, and inbound forms. */
class Open311Test {
  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final CategoryCatalogue CATALOGUE = CategoryCatalogue.standard();
  private static final Open311.Context CONTEXT = Open311.Context.of(CATALOGUE, Samples.organisation(),
      CaseSamples.CALENDAR);

  private static JsonNode json(String text) throws Exception {
    return PLAIN.readTree(text);
  }

  private static List<String> names(JsonNode object) {
    List<String> out = new ArrayList<>();
    object.fieldNames().forEachRemaining(out::add);
    return out;
  }

  @Nested
  class Outbound {
    @Test
    void servicesHaveTheSpecificationsFields() throws Exception {
      JsonNode services = json(Open311.writeServices(Open311.services(CATALOGUE)));
      assertThat(services.isArray()).isTrue();
      JsonNode rubbish = null;
      for (JsonNode s : services) {
        assertThat(names(s)).containsExactly("service_code", "service_name", "description", "metadata", "type",
            "keywords", "group");
        if (s.get("service_code").asText().equals("0102")) {
          rubbish = s;
        }
      }
      assertThat(rubbish).isNotNull();
      assertThat(rubbish.get("service_name").asText()).isEqualTo(CATALOGUE.find(
          org.gridgov.core.category.CategoryCode.of("0102")).orElseThrow().name());
      assertThat(rubbish.get("type").asText()).isEqualTo("realtime");
      assertThat(rubbish.get("metadata").asBoolean()).isTrue();
    }

    @Test
    void aServiceDefinitionOffersTheUrgencyAttribute() throws Exception {
      JsonNode d = json(Open311.writeDefinition(Open311.definition(CATALOGUE, "0102").orElseThrow()));
      assertThat(d.get("service_code").asText()).isEqualTo("0102");
      JsonNode a = d.get("attributes").get(0);
      assertThat(names(a)).containsExactly("variable", "code", "datatype", "required", "datatype_description",
          "order", "description", "values");
      assertThat(a.get("code").asText()).isEqualTo("urgency");
      assertThat(a.get("datatype").asText()).isEqualTo("singlevaluelist");
      assertThat(a.get("values").findValuesAsText("key")).containsExactly("normal", "urgent", "emergency");
      assertThat(Open311.definition(CATALOGUE, "9999")).isEmpty();
      assertThat(Open311.definition(CATALOGUE, "not a code")).isEmpty();
    }

    @Test
    void aClosedCaseIsAClosedRequestWithItsHistoryAsNotes() throws Exception {
      Open311.ServiceRequest r = Open311.requestOf(CaseSamples.HISTORY, CONTEXT, Open311.View.PUBLIC);
      JsonNode j = json(Open311.writeRequests(List.of(r))).get(0);
      assertThat(names(j)).containsExactly("service_request_id", "status", "status_notes", "service_name",
          "service_code", "description", "agency_responsible", "service_notice", "requested_datetime",
          "updated_datetime", "address", "address_id", "zipcode", "lat", "long", "media_url", "notes");
      assertThat(j.get("service_request_id").asText()).isEqualTo("c-20260302-0001");
      assertThat(j.get("status").asText()).isEqualTo("closed");
      assertThat(j.get("status_notes").asText()).isEqualTo("closed");
      assertThat(j.get("service_code").asText()).isEqualTo("0102");
      assertThat(j.get("agency_responsible").asText()).isEqualTo("环卫处");
      assertThat(j.get("requested_datetime").asText()).isEqualTo("2026-03-02T01:00:00Z");
      assertThat(j.get("updated_datetime").asText()).isEqualTo("2026-03-07T01:05:00Z");
      assertThat(j.get("lat").asDouble()).isEqualTo(41.8035);
      assertThat(j.get("long").asDouble()).isEqualTo(120.7792);
      assertThat(j.get("media_url").asText()).isEqualTo("https://media.beipiao.example/s/8f3a.jpg");
      assertThat(j.get("notes").findValuesAsText("type")).containsExactly("opened", "activity", "transferred",
          "transferred", "transferred", "activity", "activity", "activity", "closed");
      assertThat(j.get("notes").get(3).get("summary").asText())
          .isEqualTo("escalated 上报协调 from 舍宅第一网格 to 舍宅社区网格管理服务中心");
    }

    @Test
    void anOpenCaseHasItsStepDeadlineAsExpectedDatetime() throws Exception {
      Open311.ServiceRequest r = Open311.requestOf(CaseSamples.HISTORY.subList(0, 6), CONTEXT, Open311.View.PUBLIC);
      assertThat(r.status()).isEqualTo("open");
      assertThat(r.statusNotes()).isEqualTo("handling");
      assertThat(r.expected()).isPresent();
      assertThat(r.expected().get()).isAfter(r.updated());
      JsonNode j = json(Open311.writeRequests(List.of(r))).get(0);
      assertThat(j.get("expected_datetime").asText()).isEqualTo(r.expected().get().toString());
    }

    @Test
    void thePublicViewNeverContainsTheReporterOrAnyPerson() {
      Open311.Context withDirectory = new Open311.Context(CATALOGUE, Samples.organisation(),
          Optional.of(CaseSamples.CALENDAR), id -> Optional.of(Person.of(id.value(), "赵丽华").withPhone("13912345678")));
      String text = Open311.writeRequests(List.of(Open311.requestOf(CaseSamples.HISTORY, withDirectory,
          Open311.View.PUBLIC)));
      assertThat(text).doesNotContain("r-zhao", "赵丽华", "13912345678", "account_id", "first_name", "phone",
          "p-zhang", "p-li", "p-wang", "actor");
    }

    @Test
    void thePrivilegedViewMayContainTheReporter() throws Exception {
      Open311.Context withDirectory = new Open311.Context(CATALOGUE, Samples.organisation(),
          Optional.of(CaseSamples.CALENDAR), id -> Optional.of(Person.of(id.value(), "赵丽华").withPhone("13912345678")));
      JsonNode j = json(Open311.writeRequests(List.of(Open311.requestOf(CaseSamples.HISTORY, withDirectory,
          Open311.View.PRIVILEGED)))).get(0);
      assertThat(j.get("account_id").asText()).isEqualTo("r-zhao");
      assertThat(j.get("first_name").asText()).isEqualTo("赵丽华");
      assertThat(j.get("phone").asText()).isEqualTo("13912345678");
      assertThat(j.get("notes").get(0).get("actor").asText()).isEqualTo("r-zhao");
      assertThat(j.get("notes")).hasSize(10);
    }

    @Test
    void errorsAreTheSpecificationsArray() throws Exception {
      JsonNode e = json(Open311.writeErrors(List.of(new Open311.ApiError(404, "service_code: not found"))));
      assertThat(e.toString()).isEqualTo("[{\"code\":404,\"description\":\"service_code: not found\"}]");
    }
  }

  @Nested
  class Inbound {
    private final Open311.Intake intake = new Open311.Intake(CATALOGUE, CaseId.of("c-1"), CommandId.of("k-1"),
        CaseSamples.RESIDENT, Instant.parse("2026-03-02T01:00:00Z"),
        (coordinates, address) -> coordinates.isPresent() && coordinates.get().latitude() > 60
            ? Optional.empty() : Optional.of(Samples.GRID_1));

    private Map<String, List<String>> form(String... pairs) {
      Map<String, List<String>> out = new LinkedHashMap<>();
      for (int i = 0; i < pairs.length; i += 2) {
        out.computeIfAbsent(pairs[i], k -> new ArrayList<>()).add(pairs[i + 1]);
      }
      return out;
    }

    private List<String> errors(Map<String, List<String>> form) {
      Open311.Created c = Open311.parseCreate(form, intake);
      assertThat(c).isInstanceOf(Open311.Created.Invalid.class);
      return ((Open311.Created.Invalid) c).errors().stream().map(e -> e.code() + " " + e.description()).toList();
    }

    @Test
    void aValidFormBecomesAResidentSnapshotReport() {
      Open311.Created c = Open311.parseCreate(form("service_code", "0102", "lat", "41.8035", "long", "120.7792",
          "address_string", "舍宅社区1号楼前", "description", "楼前堆放生活垃圾", "media_url", "https://m.example/1.jpg",
          "attribute[urgency]", "urgent", "first_name", "丽华", "last_name", "赵", "phone", "13912345678",
          "api_key", "k", "jurisdiction_id", "beipiao"), intake);
      assertThat(c).isInstanceOf(Open311.Created.Accepted.class);
      Open311.Created.Accepted a = (Open311.Created.Accepted) c;
      CaseCommand.Report r = a.report();
      assertThat(r.caseId()).isEqualTo(CaseId.of("c-1"));
      assertThat(r.details().source()).isEqualTo(Source.RESIDENT_SNAPSHOT);
      assertThat(r.details().urgency()).isEqualTo(Urgency.URGENT);
      assertThat(r.details().place()).isEqualTo(Samples.GRID_1);
      assertThat(r.details().media()).containsExactly("https://m.example/1.jpg");
      assertThat(r.details().reporter()).contains(CaseSamples.RESIDENT);
      assertThat(a.contact().name()).contains("赵丽华");
      assertThat(GovernanceJson.privileged().write(r)).doesNotContain("赵", "13912345678");
    }

    @Test
    void missingFieldsAreReportedAllAtOnce() {
      assertThat(errors(form("first_name", "丽华"))).containsExactly("400 service_code: is required",
          "400 location: lat and long, address_string or address_id is required", "400 description: is required");
    }

    @Test
    void malformedFieldsGetOpen311Errors() {
      assertThat(errors(form("service_code", "9999", "address_string", "x", "description", "d")))
          .containsExactly("404 service_code: '9999' is not a service of this jurisdiction");
      assertThat(errors(form("service_code", "0102", "lat", "41.8", "description", "d")))
          .containsExactly("400 long: is required with lat");
      assertThat(errors(form("service_code", "0102", "lat", "north", "long", "120", "description", "d")))
          .containsExactly("400 lat/long: must be decimal degrees (WGS-84), such as 41.80 and 120.77");
      assertThat(errors(form("service_code", "0102", "lat", "91", "long", "120", "description", "d")))
          .singleElement().asString().startsWith("400 lat/long: latitude");
      assertThat(errors(form("service_code", "0102", "address_id", "a", "description", "d",
          "attribute[urgency]", "asap", "attribute[colour]", "red", "phone", "call me", "color", "red")))
          .containsExactlyInAnyOrder("400 attribute[urgency]: must be one of normal, urgent, emergency",
              "400 attribute[colour]: is not an attribute of this service", "400 phone: is not a valid phone number",
              "400 color: is not a GeoReport v2 field");
      assertThat(errors(form("service_code", "0102", "service_code", "0103", "address_id", "a", "description", "d")))
          .contains("400 service_code: must be sent once, was sent 2 times");
      assertThat(errors(form("service_code", "0102", "lat", "70", "long", "120", "description", "d")))
          .containsExactly("400 location: lies outside every grid of this jurisdiction");
    }

    @Test
    void aDescriptionMayHave2000CharactersAndNoMore() {
      assertThat(Open311.parseCreate(form("service_code", "0102", "address_id", "b-1", "description",
          "垃".repeat(2000)), intake)).isInstanceOf(Open311.Created.Accepted.class);
      assertThat(errors(form("service_code", "0102", "address_id", "b-1", "description", "垃".repeat(2001))))
          .containsExactly("400 description: must be at most 2000 characters, was 2001");
    }

    @Test
    void aCaseCreatedFromAFormRoundTripsThroughTheWireFormat() {
      Open311.Created c = Open311.parseCreate(form("service_code", "0102", "address_id", "b-1",
          "description", "楼道堆物"), intake);
      CaseCommand.Report r = ((Open311.Created.Accepted) c).report();
      assertThat(GovernanceJson.privileged().read(GovernanceJson.privileged().write(r), CaseCommand.class))
          .isEqualTo(r);
    }
  }
}
