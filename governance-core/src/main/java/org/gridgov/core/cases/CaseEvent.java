package org.gridgov.core.cases;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.evaluation.EvaluationDimension;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.org.DepartmentId;

/**
 * An event in a case's history: a closed hierarchy. Every event carries an {@link EventHeader} with the
 * audit data (sequence number, instant, actor, command, transition); {@link CaseLoop#evolve} applies it.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface CaseEvent {

  /**
   * Returns the audit header.
   *
   * @return the header, not null
   */
  EventHeader header();

  /**
   * A case was reported; the first event.
   *
   * @param header  the audit header
   * @param details  the details
   * @param holder  the first holder (the center that accepts)
   */
  record Reported(EventHeader header, CaseDetails details, Holder holder) implements CaseEvent {
    /**
     * Creates the event.
     *
     * @throws InvalidInputException if a value is null
     */
    public Reported {
      Checks.notNull(header, "header");
      Checks.notNull(details, "details");
      Checks.notNull(holder, "holder");
    }
  }

  /**
   * The holding center accepted the report.
   *
   * @param header  the audit header
   */
  record Accepted(EventHeader header) implements CaseEvent {
    /**
     * Creates the event.
     *
     * @throws InvalidInputException if a value is null
     */
    public Accepted {
      Checks.notNull(header, "header");
    }
  }

  /**
   * The report was voided.
   *
   * @param header  the audit header
   * @param reason  the reason
   */
  record Voided(EventHeader header, String reason) implements CaseEvent {
    /**
     * Creates the event.
     *
     * @throws InvalidInputException if a value is null
     */
    public Voided {
      Checks.notNull(header, "header");
      Checks.notNull(reason, "reason");
    }
  }

  /**
   * The report was marked as duplicate.
   *
   * @param header  the audit header
   * @param original  the original case
   */
  record MarkedDuplicate(EventHeader header, CaseId original) implements CaseEvent {
    /**
     * Creates the event.
     *
     * @throws InvalidInputException if a value is null
     */
    public MarkedDuplicate {
      Checks.notNull(header, "header");
      Checks.notNull(original, "original");
    }
  }

  /**
   * The case was assigned.
   *
   * @param header  the audit header
   * @param dispatcher  the dispatching center
   * @param holder  the new holder
   * @param coHandlers  the co-handling departments
   */
  record Assigned(EventHeader header, Holder dispatcher, Holder holder, ImmutableList<DepartmentId> coHandlers) implements CaseEvent {
    /**
     * Creates the event.
     *
     * @throws InvalidInputException if a value is null
     */
    public Assigned {
      Checks.notNull(header, "header");
      Checks.notNull(dispatcher, "dispatcher");
      Checks.notNull(holder, "holder");
      Checks.noNulls(coHandlers, "coHandlers");
    }
  }

  /**
   * The holder acknowledged the assignment.
   *
   * @param header  the audit header
   */
  record Acknowledged(EventHeader header) implements CaseEvent {
    /**
     * Creates the event.
     *
     * @throws InvalidInputException if a value is null
     */
    public Acknowledged {
      Checks.notNull(header, "header");
    }
  }

  /**
   * The holder submitted a result.
   *
   * @param header  the audit header
   * @param summary  the summary
   */
  record ResultSubmitted(EventHeader header, String summary) implements CaseEvent {
    /**
     * Creates the event.
     *
     * @throws InvalidInputException if a value is null
     */
    public ResultSubmitted {
      Checks.notNull(header, "header");
      Checks.notNull(summary, "summary");
    }
  }

  /**
   * The dispatcher verified the result: passed, or rework.
   *
   * @param header  the audit header
   * @param passed  whether it passed
   * @param note  the note
   */
  record Verified(EventHeader header, boolean passed, String note) implements CaseEvent {
    /**
     * Creates the event.
     *
     * @throws InvalidInputException if a value is null
     */
    public Verified {
      Checks.notNull(header, "header");
      Checks.notNull(note, "note");
    }
  }

  /**
   * An evaluation was given.
   *
   * @param header  the audit header
   * @param dimension  the dimension
   * @param rating  the rating
   */
  record Evaluated(EventHeader header, EvaluationDimension dimension, Satisfaction rating) implements CaseEvent {
    /**
     * Creates the event.
     *
     * @throws InvalidInputException if a value is null
     */
    public Evaluated {
      Checks.notNull(header, "header");
      Checks.notNull(dimension, "dimension");
      Checks.notNull(rating, "rating");
    }
  }

  /**
   * The case was closed.
   *
   * @param header  the audit header
   */
  record Closed(EventHeader header) implements CaseEvent {
    /**
     * Creates the event.
     *
     * @throws InvalidInputException if a value is null
     */
    public Closed {
      Checks.notNull(header, "header");
    }
  }

  /**
   * The case went up to a higher center.
   *
   * @param header  the audit header
   * @param previous  the previous holder
   * @param holder  the new holder
   */
  record Escalated(EventHeader header, Holder previous, Holder holder) implements CaseEvent {
    /**
     * Creates the event.
     *
     * @throws InvalidInputException if a value is null
     */
    public Escalated {
      Checks.notNull(header, "header");
      Checks.notNull(previous, "previous");
      Checks.notNull(holder, "holder");
    }
  }

  /**
   * The case went back to its dispatcher.
   *
   * @param header  the audit header
   * @param previous  the previous holder
   * @param holder  the dispatcher, now holder
   * @param reason  the reason
   */
  record Returned(EventHeader header, Holder previous, Holder holder, String reason) implements CaseEvent {
    /**
     * Creates the event.
     *
     * @throws InvalidInputException if a value is null
     */
    public Returned {
      Checks.notNull(header, "header");
      Checks.notNull(previous, "previous");
      Checks.notNull(holder, "holder");
      Checks.notNull(reason, "reason");
    }
  }

  /**
   * An extension was requested.
   *
   * @param header  the audit header
   * @param amount  the extra time
   * @param reason  the reason
   */
  record ExtensionRequested(EventHeader header, Duration amount, String reason) implements CaseEvent {
    /**
     * Creates the event.
     *
     * @throws InvalidInputException if a value is null
     */
    public ExtensionRequested {
      Checks.notNull(header, "header");
      Checks.notNull(amount, "amount");
      Checks.notNull(reason, "reason");
    }
  }

  /**
   * The pending extension was approved; the handling limit grows.
   *
   * @param header  the audit header
   * @param amount  the extra time
   */
  record ExtensionApproved(EventHeader header, Duration amount) implements CaseEvent {
    /**
     * Creates the event.
     *
     * @throws InvalidInputException if a value is null
     */
    public ExtensionApproved {
      Checks.notNull(header, "header");
      Checks.notNull(amount, "amount");
    }
  }

  /**
   * The pending extension was denied.
   *
   * @param header  the audit header
   */
  record ExtensionDenied(EventHeader header) implements CaseEvent {
    /**
     * Creates the event.
     *
     * @throws InvalidInputException if a value is null
     */
    public ExtensionDenied {
      Checks.notNull(header, "header");
    }
  }

  /**
   * The case was parked; the clock stopped.
   *
   * @param header  the audit header
   * @param reason  the reason
   */
  record Parked(EventHeader header, String reason) implements CaseEvent {
    /**
     * Creates the event.
     *
     * @throws InvalidInputException if a value is null
     */
    public Parked {
      Checks.notNull(header, "header");
      Checks.notNull(reason, "reason");
    }
  }

  /**
   * The case was resumed; the clock runs again.
   *
   * @param header  the audit header
   * @param pausedElapsed  the time the clock would have counted while parked
   */
  record Resumed(EventHeader header, Duration pausedElapsed) implements CaseEvent {
    /**
     * Creates the event.
     *
     * @throws InvalidInputException if a value is null
     */
    public Resumed {
      Checks.notNull(header, "header");
      Checks.notNull(pausedElapsed, "pausedElapsed");
    }
  }

  /**
   * A closed case was reopened at its dispatcher.
   *
   * @param header  the audit header
   * @param holder  the new holder
   * @param reason  the reason
   */
  record Reopened(EventHeader header, Holder holder, String reason) implements CaseEvent {
    /**
     * Creates the event.
     *
     * @throws InvalidInputException if a value is null
     */
    public Reopened {
      Checks.notNull(header, "header");
      Checks.notNull(holder, "holder");
      Checks.notNull(reason, "reason");
    }
  }

  /**
   * The community blew the whistle.
   *
   * @param header  the audit header
   * @param summonses  the summoned departments with their deadlines
   */
  record WhistleBlown(EventHeader header, ImmutableList<Summons> summonses) implements CaseEvent {
    /**
     * Creates the event.
     *
     * @throws InvalidInputException if a value is null
     */
    public WhistleBlown {
      Checks.notNull(header, "header");
      Checks.noNulls(summonses, "summonses");
    }
  }

  /**
   * A summoned department reported in.
   *
   * @param header  the audit header
   * @param department  the department
   */
  record ReportedIn(EventHeader header, DepartmentId department) implements CaseEvent {
    /**
     * Creates the event.
     *
     * @throws InvalidInputException if a value is null
     */
    public ReportedIn {
      Checks.notNull(header, "header");
      Checks.notNull(department, "department");
    }
  }

  /**
   * A child case was linked.
   *
   * @param header  the audit header
   * @param child  the child case
   */
  record ChildLinked(EventHeader header, CaseId child) implements CaseEvent {
    /**
     * Creates the event.
     *
     * @throws InvalidInputException if a value is null
     */
    public ChildLinked {
      Checks.notNull(header, "header");
      Checks.notNull(child, "child");
    }
  }

  /**
   * The step's deadline reached 80 % (yellow).
   *
   * @param header  the audit header
   * @param step  the step
   */
  record DeadlineWarned(EventHeader header, Step step) implements CaseEvent {
    /**
     * Creates the event.
     *
     * @throws InvalidInputException if a value is null
     */
    public DeadlineWarned {
      Checks.notNull(header, "header");
      Checks.notNull(step, "step");
    }
  }

  /**
   * The step's deadline passed (red).
   *
   * @param header  the audit header
   * @param step  the step
   */
  record DeadlineBreached(EventHeader header, Step step) implements CaseEvent {
    /**
     * Creates the event.
     *
     * @throws InvalidInputException if a value is null
     */
    public DeadlineBreached {
      Checks.notNull(header, "header");
      Checks.notNull(step, "step");
    }
  }

  /**
   * A summoned department did not report in on time.
   *
   * @param header  the audit header
   * @param department  the department
   */
  record ReportInOverdue(EventHeader header, DepartmentId department) implements CaseEvent {
    /**
     * Creates the event.
     *
     * @throws InvalidInputException if a value is null
     */
    public ReportInOverdue {
      Checks.notNull(header, "header");
      Checks.notNull(department, "department");
    }
  }
}
