package org.gridgov.jackson.open311;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.cases.CaseEvent;
import org.gridgov.core.cases.CaseId;

/**
 * Status notification (状态推送): what the city media app pushes to a reporter when their case moves,
 * built from the public Open311 view, so it carries no staff identifiers and no personal data.
 *
 * <p>Its JSON form is the media-app document {@code status_notification} (docs/MEDIA-APP.md), read and
 * written by {@link org.gridgov.jackson.GovernanceJson}. This class is immutable and thread-safe.
 *
 * @param caseId  the case
 * @param sequence  the sequence number of the event notified, from 1
 * @param at  when the event happened
 * @param status  {@code open} or {@code closed}
 * @param statusNotes  the fine state of the case loop, as in the Open311 view
 * @param agencyResponsible  the current holder's public name, empty when there is none
 * @param note  the public note of the event, without actor
 * @param expected  the current step's deadline, empty for a closed case or without calendar
 * @param evaluate  whether the app should offer the satisfaction rating (the case was closed)
 */
public record StatusNotification(CaseId caseId, long sequence, Instant at, String status, String statusNotes,
    String agencyResponsible, Open311.Note note, Optional<Instant> expected, boolean evaluate) {

  /** The values of {@code status}. */
  public static final Set<String> STATUSES = Set.of("open", "closed");
  /** The values of a note's {@code type}. */
  public static final Set<String> NOTE_TYPES = Set.of("opened", "transferred", "activity", "closed");

  /**
   * Creates a notification.
   *
   * @throws InvalidInputException if a value is null, the sequence is not positive, the status or
   *     note type is not one of the known codes, the note names an actor or happened at another instant
   */
  public StatusNotification {
    Open311.req(caseId, "caseId");
    Open311.req(at, "at");
    Open311.req(status, "status");
    Open311.req(statusNotes, "statusNotes");
    Open311.req(agencyResponsible, "agencyResponsible");
    Open311.req(note, "note");
    Open311.req(expected, "expected");
    if (sequence < 1) {
      throw new InvalidInputException("sequence", "must be positive", sequence);
    }
    if (!STATUSES.contains(status)) {
      throw new InvalidInputException("status", "must be open or closed", status);
    }
    if (!NOTE_TYPES.contains(note.type())) {
      throw new InvalidInputException("note.type", "must be one of opened, transferred, activity, closed",
          note.type());
    }
    if (note.actor().isPresent()) {
      throw new InvalidInputException("note.actor", "must be empty: notifications carry no staff identifiers",
          "(present)");
    }
    if (!note.at().equals(at)) {
      throw new InvalidInputException("note.at", "must be the notification's instant " + at, note.at());
    }
  }

  /**
   * Returns the notification of a case's latest event, or empty when that event has no public note
   * (deadline flags, extensions, whistles, evaluations send nothing).
   *
   * @param events  the case's events, oldest first, at least one, not null
   * @param context  names and the calendar, not null
   * @return the notification of the last event, or empty
   * @throws InvalidInputException if the events do not form a valid history
   */
  public static Optional<StatusNotification> of(List<CaseEvent> events, Open311.Context context) {
    Open311.reqAll(events, "events");
    Open311.req(context, "context");
    if (events.isEmpty()) {
      throw new InvalidInputException("events", "must hold at least the report", 0);
    }
    CaseEvent last = events.get(events.size() - 1);
    Optional<Open311.Note> note = Open311.note(last, context.organisation(), false);
    if (note.isEmpty()) {
      return Optional.empty();
    }
    Open311.ServiceRequest request = Open311.requestOf(events, context, Open311.View.PUBLIC);
    return Optional.of(new StatusNotification(last.header().caseId(), last.header().sequence(), last.header().at(),
        request.status(), request.statusNotes(), request.agencyResponsible(), note.get(), request.expected(),
        last instanceof CaseEvent.Closed));
  }
}
