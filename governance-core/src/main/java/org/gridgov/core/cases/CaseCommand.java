package org.gridgov.core.cases;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.evaluation.EvaluationDimension;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.org.DepartmentId;
import org.gridgov.core.people.PersonId;

/**
 * A command to a case: a closed hierarchy. Every command carries its identifier (for idempotency), its
 * case, its actor and its instant; {@link CaseLoop#decide} checks the actor's authority.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface CaseCommand {

  /**
   * Returns the command identifier.
   *
   * @return the identifier, not null
   */
  CommandId id();

  /**
   * Returns the case the command is for.
   *
   * @return the case, not null
   */
  CaseId caseId();

  /**
   * Returns the person sending the command.
   *
   * @return the actor, not null
   */
  PersonId actor();

  /**
   * Returns the instant the command was sent.
   *
   * @return the instant, not null
   */
  Instant at();

  /**
   * Returns the kind of the command.
   *
   * @return the kind, not null
   */
  CommandKind kind();

  private static void check(CommandId id, CaseId caseId, PersonId actor, Instant at) {
    Checks.notNull(id, "id");
    Checks.notNull(caseId, "caseId");
    Checks.notNull(actor, "actor");
    Checks.notNull(at, "at");
  }

  /**
   * Report a problem (上报): creates the case.
   *
   * @param id  the command identifier
   * @param caseId  the case
   * @param actor  the sender
   * @param at  the instant
   * @param details  the details
   */
  record Report(CommandId id, CaseId caseId, PersonId actor, Instant at, CaseDetails details) implements CaseCommand {
    /**
     * Creates the command.
     *
     * @throws InvalidInputException if a value is null or invalid
     */
    public Report {
      check(id, caseId, actor, at);
      Checks.notNull(details, "details");
    }

    @Override
    public CommandKind kind() {
      return CommandKind.REPORT;
    }
  }

  /**
   * Accept a report (受理).
   *
   * @param id  the command identifier
   * @param caseId  the case
   * @param actor  the sender
   * @param at  the instant

   */
  record Accept(CommandId id, CaseId caseId, PersonId actor, Instant at) implements CaseCommand {
    /**
     * Creates the command.
     *
     * @throws InvalidInputException if a value is null or invalid
     */
    public Accept {
      check(id, caseId, actor, at);
    }

    @Override
    public CommandKind kind() {
      return CommandKind.ACCEPT;
    }
  }

  /**
   * Void a report (作废).
   *
   * @param id  the command identifier
   * @param caseId  the case
   * @param actor  the sender
   * @param at  the instant
   * @param reason  the reason
   */
  record VoidReport(CommandId id, CaseId caseId, PersonId actor, Instant at, String reason) implements CaseCommand {
    /**
     * Creates the command.
     *
     * @throws InvalidInputException if a value is null or invalid
     */
    public VoidReport {
      check(id, caseId, actor, at);
      Checks.text(reason, "reason", 2000);
    }

    @Override
    public CommandKind kind() {
      return CommandKind.VOID;
    }
  }

  /**
   * Mark a report as duplicate of another case (重复件).
   *
   * @param id  the command identifier
   * @param caseId  the case
   * @param actor  the sender
   * @param at  the instant
   * @param original  the original case
   */
  record MarkDuplicate(CommandId id, CaseId caseId, PersonId actor, Instant at, CaseId original) implements CaseCommand {
    /**
     * Creates the command.
     *
     * @throws InvalidInputException if a value is null or invalid
     */
    public MarkDuplicate {
      check(id, caseId, actor, at);
      Checks.notNull(original, "original");
    }

    @Override
    public CommandKind kind() {
      return CommandKind.MARK_DUPLICATE;
    }
  }

  /**
   * Triage and assign (分流交办) to a grid, a lower center, the holder itself, or a lead department with co-handlers.
   *
   * @param id  the command identifier
   * @param caseId  the case
   * @param actor  the sender
   * @param at  the instant
   * @param target  the new holder (the lead)
   * @param coHandlers  co-handling departments, only with a department lead
   */
  record Assign(CommandId id, CaseId caseId, PersonId actor, Instant at, Holder target, ImmutableList<DepartmentId> coHandlers) implements CaseCommand {
    /**
     * Creates the command.
     *
     * @throws InvalidInputException if a value is null or invalid
     */
    public Assign {
      check(id, caseId, actor, at);
      Checks.notNull(target, "target");
      Checks.noNulls(coHandlers, "coHandlers");
    }

    @Override
    public CommandKind kind() {
      return CommandKind.ASSIGN;
    }
  }

  /**
   * Acknowledge an assignment (签收).
   *
   * @param id  the command identifier
   * @param caseId  the case
   * @param actor  the sender
   * @param at  the instant

   */
  record Acknowledge(CommandId id, CaseId caseId, PersonId actor, Instant at) implements CaseCommand {
    /**
     * Creates the command.
     *
     * @throws InvalidInputException if a value is null or invalid
     */
    public Acknowledge {
      check(id, caseId, actor, at);
    }

    @Override
    public CommandKind kind() {
      return CommandKind.ACKNOWLEDGE;
    }
  }

  /**
   * Submit the handling result (反馈结果).
   *
   * @param id  the command identifier
   * @param caseId  the case
   * @param actor  the sender
   * @param at  the instant
   * @param summary  the result summary
   */
  record SubmitResult(CommandId id, CaseId caseId, PersonId actor, Instant at, String summary) implements CaseCommand {
    /**
     * Creates the command.
     *
     * @throws InvalidInputException if a value is null or invalid
     */
    public SubmitResult {
      check(id, caseId, actor, at);
      Checks.text(summary, "summary", 2000);
    }

    @Override
    public CommandKind kind() {
      return CommandKind.SUBMIT_RESULT;
    }
  }

  /**
   * Verify a submitted result (核查): pass, or rework (返工) back to the same handler.
   *
   * @param id  the command identifier
   * @param caseId  the case
   * @param actor  the sender
   * @param at  the instant
   * @param passed  whether the result passes
   * @param note  the verification note
   */
  record Verify(CommandId id, CaseId caseId, PersonId actor, Instant at, boolean passed, String note) implements CaseCommand {
    /**
     * Creates the command.
     *
     * @throws InvalidInputException if a value is null or invalid
     */
    public Verify {
      check(id, caseId, actor, at);
      Checks.text(note, "note", 2000);
    }

    @Override
    public CommandKind kind() {
      return CommandKind.VERIFY;
    }
  }

  /**
   * Evaluate a verified or closed case (评价) on one dimension.
   *
   * @param id  the command identifier
   * @param caseId  the case
   * @param actor  the sender
   * @param at  the instant
   * @param dimension  the dimension
   * @param rating  the rating
   */
  record Evaluate(CommandId id, CaseId caseId, PersonId actor, Instant at, EvaluationDimension dimension, Satisfaction rating) implements CaseCommand {
    /**
     * Creates the command.
     *
     * @throws InvalidInputException if a value is null or invalid
     */
    public Evaluate {
      check(id, caseId, actor, at);
      Checks.notNull(dimension, "dimension");
      Checks.notNull(rating, "rating");
    }

    @Override
    public CommandKind kind() {
      return CommandKind.EVALUATE;
    }
  }

  /**
   * Close a verified case (结案).
   *
   * @param id  the command identifier
   * @param caseId  the case
   * @param actor  the sender
   * @param at  the instant

   */
  record Close(CommandId id, CaseId caseId, PersonId actor, Instant at) implements CaseCommand {
    /**
     * Creates the command.
     *
     * @throws InvalidInputException if a value is null or invalid
     */
    public Close {
      check(id, caseId, actor, at);
    }

    @Override
    public CommandKind kind() {
      return CommandKind.CLOSE;
    }
  }

  /**
   * Escalate (上报协调) strictly one level up, or straight to the city center.
   *
   * @param id  the command identifier
   * @param caseId  the case
   * @param actor  the sender
   * @param at  the instant
   * @param toCityCenter  true when responsibility is unclear or several departments are needed
   * @param reason  the reason
   */
  record Escalate(CommandId id, CaseId caseId, PersonId actor, Instant at, boolean toCityCenter, String reason) implements CaseCommand {
    /**
     * Creates the command.
     *
     * @throws InvalidInputException if a value is null or invalid
     */
    public Escalate {
      check(id, caseId, actor, at);
      Checks.text(reason, "reason", 2000);
    }

    @Override
    public CommandKind kind() {
      return CommandKind.ESCALATE;
    }
  }

  /**
   * Return a wrongly assigned case to its dispatcher (回退).
   *
   * @param id  the command identifier
   * @param caseId  the case
   * @param actor  the sender
   * @param at  the instant
   * @param reason  the reason
   */
  record Return(CommandId id, CaseId caseId, PersonId actor, Instant at, String reason) implements CaseCommand {
    /**
     * Creates the command.
     *
     * @throws InvalidInputException if a value is null or invalid
     */
    public Return {
      check(id, caseId, actor, at);
      Checks.text(reason, "reason", 2000);
    }

    @Override
    public CommandKind kind() {
      return CommandKind.RETURN;
    }
  }

  /**
   * Request an extension of the handling limit (申请延期).
   *
   * @param id  the command identifier
   * @param caseId  the case
   * @param actor  the sender
   * @param at  the instant
   * @param amount  the extra time, in the handling limit's time kind
   * @param reason  the reason
   */
  record RequestExtension(CommandId id, CaseId caseId, PersonId actor, Instant at, Duration amount, String reason) implements CaseCommand {
    /**
     * Creates the command.
     *
     * @throws InvalidInputException if a value is null or invalid
     */
    public RequestExtension {
      check(id, caseId, actor, at);
      Checks.notNull(amount, "amount");
      Checks.text(reason, "reason", 2000);
      if (amount.isNegative() || amount.isZero()) {
        throw new InvalidInputException("amount", "must be positive", amount);
      }
    }

    @Override
    public CommandKind kind() {
      return CommandKind.REQUEST_EXTENSION;
    }
  }

  /**
   * Approve the pending extension request (批准延期).
   *
   * @param id  the command identifier
   * @param caseId  the case
   * @param actor  the sender
   * @param at  the instant

   */
  record ApproveExtension(CommandId id, CaseId caseId, PersonId actor, Instant at) implements CaseCommand {
    /**
     * Creates the command.
     *
     * @throws InvalidInputException if a value is null or invalid
     */
    public ApproveExtension {
      check(id, caseId, actor, at);
    }

    @Override
    public CommandKind kind() {
      return CommandKind.APPROVE_EXTENSION;
    }
  }

  /**
   * Deny the pending extension request (驳回延期).
   *
   * @param id  the command identifier
   * @param caseId  the case
   * @param actor  the sender
   * @param at  the instant

   */
  record DenyExtension(CommandId id, CaseId caseId, PersonId actor, Instant at) implements CaseCommand {
    /**
     * Creates the command.
     *
     * @throws InvalidInputException if a value is null or invalid
     */
    public DenyExtension {
      check(id, caseId, actor, at);
    }

    @Override
    public CommandKind kind() {
      return CommandKind.DENY_EXTENSION;
    }
  }

  /**
   * Park a case that cannot be solved now (挂账): the clock stops.
   *
   * @param id  the command identifier
   * @param caseId  the case
   * @param actor  the sender
   * @param at  the instant
   * @param reason  the reason
   */
  record Park(CommandId id, CaseId caseId, PersonId actor, Instant at, String reason) implements CaseCommand {
    /**
     * Creates the command.
     *
     * @throws InvalidInputException if a value is null or invalid
     */
    public Park {
      check(id, caseId, actor, at);
      Checks.text(reason, "reason", 2000);
    }

    @Override
    public CommandKind kind() {
      return CommandKind.PARK;
    }
  }

  /**
   * Resume a parked case (恢复).
   *
   * @param id  the command identifier
   * @param caseId  the case
   * @param actor  the sender
   * @param at  the instant

   */
  record Resume(CommandId id, CaseId caseId, PersonId actor, Instant at) implements CaseCommand {
    /**
     * Creates the command.
     *
     * @throws InvalidInputException if a value is null or invalid
     */
    public Resume {
      check(id, caseId, actor, at);
    }

    @Override
    public CommandKind kind() {
      return CommandKind.RESUME;
    }
  }

  /**
   * Reopen a closed case after a dissatisfied resident evaluation, within the window (重办).
   *
   * @param id  the command identifier
   * @param caseId  the case
   * @param actor  the sender
   * @param at  the instant
   * @param reason  the reason
   */
  record Reopen(CommandId id, CaseId caseId, PersonId actor, Instant at, String reason) implements CaseCommand {
    /**
     * Creates the command.
     *
     * @throws InvalidInputException if a value is null or invalid
     */
    public Reopen {
      check(id, caseId, actor, at);
      Checks.text(reason, "reason", 2000);
    }

    @Override
    public CommandKind kind() {
      return CommandKind.REOPEN;
    }
  }

  /**
   * Blow the whistle (吹哨): the community summons departments, which must report in.
   *
   * @param id  the command identifier
   * @param caseId  the case
   * @param actor  the sender
   * @param at  the instant
   * @param departments  the summoned departments
   */
  record BlowWhistle(CommandId id, CaseId caseId, PersonId actor, Instant at, ImmutableList<DepartmentId> departments) implements CaseCommand {
    /**
     * Creates the command.
     *
     * @throws InvalidInputException if a value is null or invalid
     */
    public BlowWhistle {
      check(id, caseId, actor, at);
      Checks.noNulls(departments, "departments");
    }

    @Override
    public CommandKind kind() {
      return CommandKind.BLOW_WHISTLE;
    }
  }

  /**
   * A summoned department reports in (报到).
   *
   * @param id  the command identifier
   * @param caseId  the case
   * @param actor  the sender
   * @param at  the instant
   * @param department  the department
   */
  record ReportIn(CommandId id, CaseId caseId, PersonId actor, Instant at, DepartmentId department) implements CaseCommand {
    /**
     * Creates the command.
     *
     * @throws InvalidInputException if a value is null or invalid
     */
    public ReportIn {
      check(id, caseId, actor, at);
      Checks.notNull(department, "department");
    }

    @Override
    public CommandKind kind() {
      return CommandKind.REPORT_IN;
    }
  }

  /**
   * Link a child case split off this one (拆分).
   *
   * @param id  the command identifier
   * @param caseId  the case
   * @param actor  the sender
   * @param at  the instant
   * @param child  the child case
   */
  record LinkChild(CommandId id, CaseId caseId, PersonId actor, Instant at, CaseId child) implements CaseCommand {
    /**
     * Creates the command.
     *
     * @throws InvalidInputException if a value is null or invalid
     */
    public LinkChild {
      check(id, caseId, actor, at);
      Checks.notNull(child, "child");
    }

    @Override
    public CommandKind kind() {
      return CommandKind.LINK_CHILD;
    }
  }

  /**
   * A timer tick at an instant: raises deadline warnings and breaches, each exactly once.
   *
   * @param id  the command identifier
   * @param caseId  the case
   * @param actor  the sender
   * @param at  the instant

   */
  record Tick(CommandId id, CaseId caseId, PersonId actor, Instant at) implements CaseCommand {
    /**
     * Creates the command.
     *
     * @throws InvalidInputException if a value is null or invalid
     */
    public Tick {
      check(id, caseId, actor, at);
    }

    @Override
    public CommandKind kind() {
      return CommandKind.TICK;
    }
  }
}
