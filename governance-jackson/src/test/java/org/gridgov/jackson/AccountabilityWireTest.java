package org.gridgov.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.gridgov.core.accountability.patrol.CheckIn;
import org.gridgov.core.accountability.patrol.DailyPatrolCompliance;
import org.gridgov.core.accountability.patrol.Patrol;
import org.gridgov.core.accountability.patrol.PatrolCheck;
import org.gridgov.core.accountability.scorecard.Scorecard;
import org.gridgov.jackson.open311.StatusNotification;
import org.junit.jupiter.api.Test;

/** Derived properties, the media-app document heads and status notifications, by example. */
class AccountabilityWireTest {
  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final GovernanceJson JSON = GovernanceJson.privileged();

  private static ObjectNode tree(Object value) throws Exception {
    return (ObjectNode) PLAIN.readTree(JSON.write(value));
  }

  private static void refusedAt(ObjectNode doc, Class<?> type, String path) {
    assertThatThrownBy(() -> JSON.read(doc.toString(), type)).isInstanceOfSatisfying(WireFormatException.class,
        e -> assertThat(e.path()).as(e.getMessage()).isEqualTo(path));
  }

  @Test
  void aScoreThatContradictsItsLinesIsRefusedAtTheScore() throws Exception {
    ObjectNode card = tree(AccountabilitySamples.WORKER_CARD).put("score", 99.5);
    refusedAt(card, Scorecard.class, "/score");
    ObjectNode points = tree(AccountabilitySamples.WORKER_CARD);
    ((ObjectNode) points.get("lines").get(0)).put("points", 25.0);
    refusedAt(points, Scorecard.class, "/lines/0/points");
    ObjectNode graded = tree(AccountabilitySamples.NO_DATA).put("grade", "e");
    refusedAt(graded, Scorecard.class, "/grade");
  }

  @Test
  void explanationsAreForPeopleAndNotCompared() throws Exception {
    ObjectNode card = tree(AccountabilitySamples.WORKER_CARD);
    ((ArrayNode) card.get("explanation")).set(0, "reworded");
    assertThat(JSON.read(card.toString(), Scorecard.class)).isEqualTo(AccountabilitySamples.WORKER_CARD);
    ((ArrayNode) card.get("explanation")).set(0, 7);
    refusedAt(card, Scorecard.class, "/explanation/0");
  }

  @Test
  void aVerdictThatContradictsItsChecksIsRefused() throws Exception {
    ObjectNode day = tree(AccountabilitySamples.DAILY).put("met", true);
    refusedAt(day, DailyPatrolCompliance.class, "/met");
    ObjectNode check = tree(AccountabilitySamples.DAILY.checks().get(1)).put("counts", true);
    refusedAt(check, PatrolCheck.class, "/counts");
  }

  @Test
  void mediaAppUploadsCarryTheirTypeAtTheTopOnly() throws Exception {
    ObjectNode checkIn = tree(AccountabilitySamples.CHECK_IN);
    assertThat(checkIn.get("schema_version").asInt()).isEqualTo(1);
    assertThat(checkIn.get("type").asText()).isEqualTo("check_in");
    refusedAt(checkIn.deepCopy().put("type", "patrol"), CheckIn.class, "/type");
    ObjectNode untyped = checkIn.deepCopy();
    untyped.remove("type");
    refusedAt(untyped, CheckIn.class, "/type");

    ObjectNode check = tree(AccountabilitySamples.DAILY.checks().get(0));
    assertThat(check.get("patrol").has("type")).isFalse();
    assertThat(check.get("patrol").has("schema_version")).isFalse();
    ((ObjectNode) check.get("patrol")).put("type", "patrol");
    refusedAt(check, PatrolCheck.class, "/patrol/type");
  }

  @Test
  void aNewerPatrolUploadIsReadWithoutItsUnknownProperties() throws Exception {
    ObjectNode patrol = tree(AccountabilitySamples.MORNING).put("schema_version", 2).put("battery", 0.4);
    assertThat(JSON.read(patrol.toString(), Patrol.class)).isEqualTo(AccountabilitySamples.MORNING);
    refusedAt(tree(AccountabilitySamples.MORNING).put("battery", 0.4), Patrol.class, "/battery");
  }

  @Test
  void notificationsFollowThePublicNotesOnly() {
    assertThat(StatusNotification.of(CaseSamples.HISTORY.subList(0, 7), AccountabilitySamples.context()))
        .as("a deadline warning is internal").isEmpty();
    StatusNotification closed = AccountabilitySamples.closed();
    assertThat(closed.evaluate()).isTrue();
    assertThat(closed.expected()).isEmpty();
    assertThat(closed.note().actor()).isEmpty();
    assertThat(AccountabilitySamples.assigned().evaluate()).isFalse();
    assertThat(AccountabilitySamples.assigned().agencyResponsible()).isEqualTo("环卫处");
  }
}
