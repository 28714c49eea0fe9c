package org.gridgov.core.cases;

/**
 * The kinds of case command, each with the authority rule that {@link CaseLoop#decide} enforces.
 *
 * <p>{@code docs/AUTHORITY.md} lists the same rules; a test checks that the two agree.
 */
public enum CommandKind {
  /** Report a problem (上报). */
  REPORT("grid patrol: a grid worker or grid chief of the case's grid; resident snapshot: a resident; "
      + "hotline: a center dispatcher; leader assignment: a subdistrict leader or deputy county-level leader; "
      + "sinking cadre: a sinking cadre"),
  /** Accept a report (受理). */
  ACCEPT("the holding center"),
  /** Void a report (作废). */
  VOID("the holding center"),
  /** Mark a report as duplicate of another case (重复件). */
  MARK_DUPLICATE("the holding center"),
  /** Triage and assign (分流交办). */
  ASSIGN("the holding center (only the holding level dispatches)"),
  /** Acknowledge an assignment (签收). */
  ACKNOWLEDGE("the current holder"),
  /** Submit the handling result (反馈结果). */
  SUBMIT_RESULT("the current holder (only the holder submits a result)"),
  /** Verify a result: pass or rework (核查/返工). */
  VERIFY("the dispatching center, not the person who submitted the result"),
  /** Evaluate (评价). */
  EVALUATE("resident satisfaction: the case's own reporter; efficiency and result: the dispatching center, "
      + "not the person who submitted the result; bottom-up: the current holder, not acting for the dispatching center"),
  /** Close (结案). */
  CLOSE("the dispatching center"),
  /** Escalate one level up, or to the city center (上报协调). */
  ESCALATE("the current holder"),
  /** Return a wrongly assigned case to its dispatcher (回退). */
  RETURN("the current holder"),
  /** Request an extension (申请延期). */
  REQUEST_EXTENSION("the current holder"),
  /** Approve a requested extension (批准延期). */
  APPROVE_EXTENSION("the dispatching center"),
  /** Deny a requested extension (驳回延期). */
  DENY_EXTENSION("the dispatching center"),
  /** Park a case: the clock stops (挂账). */
  PARK("the dispatching center, or the holding center when none dispatched"),
  /** Resume a parked case (恢复). */
  RESUME("the dispatching center, or the holding center when none dispatched"),
  /** Reopen a closed case after a dissatisfied evaluation (重办). */
  REOPEN("the case's own reporter or the dispatching center"),
  /** Blow the whistle: summon departments (吹哨). */
  BLOW_WHISTLE("the holding community center"),
  /** A summoned department reports in (报到). */
  REPORT_IN("a handler of a summoned department"),
  /** Link a child case split off this one (拆分). */
  LINK_CHILD("the holding center"),
  /** A timer tick that raises deadline warnings and breaches (计时). */
  TICK("anyone (the timer); it changes nothing but deadline flags");

  private final String authority;

  CommandKind(String authority) {
    this.authority = authority;
  }

  /**
   * Returns who may send commands of this kind, as documented in {@code docs/AUTHORITY.md}.
   *
   * @return the authority rule, not null
   */
  public String authority() {
    return authority;
  }
}
