package org.gridgov.jackson;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.gridgov.jackson.open311.Open311;
import org.gridgov.jackson.open311.StatusNotification;

/** The media app's status notification: a state document of type {@code status_notification}. */
final class NotificationWire {
  private NotificationWire() {}

  static final ObjectCodec<StatusNotification> NOTIFICATION = ObjectCodec.of(
      (n, out) -> {
        Documents.head(out, Optional.of("status_notification"));
        out.field("case", n.caseId(), CaseWire.CASE_ID).number("sequence", n.sequence())
            .field("at", n.at(), ValueWire.INSTANT).string("status", n.status())
            .string("status_notes", n.statusNotes()).string("agency_responsible", n.agencyResponsible());
        out.gen.writeFieldName("note");
        out.begin().string("type", n.note().type()).string("summary", n.note().summary()).end();
        out.optional("expected_datetime", n.expected(), ValueWire.INSTANT).bool("evaluate", n.evaluate());
      },
      in -> {
        Documents.head(in, Optional.of("status_notification"), false);
        Instant at = in.read("at", ValueWire.INSTANT);
        Open311.Note note = in.get("note").object(o -> new Open311.Note(at, o.text("type"), o.text("summary"),
            Optional.empty()));
        return new StatusNotification(in.read("case", CaseWire.CASE_ID), in.get("sequence").integer(1, Long.MAX_VALUE),
            at, in.text("status"), in.text("status_notes"), in.text("agency_responsible"), note,
            in.readOptional("expected_datetime", ValueWire.INSTANT), in.get("evaluate").bool());
      });

  static Map<Class<?>, Codec<?>> codecs() {
    return Map.of(StatusNotification.class, NOTIFICATION);
  }
}
