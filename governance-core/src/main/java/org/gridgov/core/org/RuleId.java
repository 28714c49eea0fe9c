package org.gridgov.core.org;

/**
 * The rules an organisation is checked against, each with a stable code.
 *
 * <p>Structural rules ({@code ORG-…}) are enforced when a snapshot is built; governance rules
 * ({@code GOV-…}) are reported by {@link Organisation#check(RuleConfig)}; change rules
 * ({@code CHG-…}) are preconditions of {@link OrganisationChange}s.
 */
public enum RuleId {
  /** ORG-001: identifiers and codes are unique. */
  DUPLICATE_ID("ORG-001", Severity.ERROR),
  /** ORG-002: every node's parent exists (no orphans); every building is in exactly one existing grid. */
  MISSING_PARENT("ORG-002", Severity.ERROR),
  /** ORG-003: assignments, posts and sinking units refer to people, places and units that exist. */
  UNKNOWN_REFERENCE("ORG-003", Severity.ERROR),
  /** ORG-004: the same assignment is not given twice. */
  DUPLICATE_ASSIGNMENT("ORG-004", Severity.ERROR),
  /** GOV-001: each community has exactly one general grid chief 总网格长. */
  ONE_GENERAL_GRID_CHIEF("GOV-001", Severity.ERROR),
  /** GOV-002: the general grid chief is the community party secretary. */
  GENERAL_GRID_CHIEF_IS_SECRETARY("GOV-002", Severity.ERROR),
  /** GOV-003: each grid has exactly one grid chief 网格长. */
  ONE_GRID_CHIEF("GOV-003", Severity.ERROR),
  /** GOV-004: the grid chief is also the grid party branch secretary (一肩挑). */
  GRID_CHIEF_IS_BRANCH_SECRETARY("GOV-004", Severity.ERROR),
  /** GOV-005: each grid has at least one full-time grid worker 专职网格员. */
  GRID_HAS_WORKER("GOV-005", Severity.ERROR),
  /** GOV-006: a grid's household count is near the reference size (300 by default). */
  GRID_SIZE("GOV-006", Severity.WARNING),
  /** GOV-007: a sinking unit's party head is a part-time member of each served subdistrict's 大工委. */
  SINKING_HEAD_ON_SUBDISTRICT_COMMITTEE("GOV-007", Severity.ERROR),
  /** GOV-008: a sinking unit's deputy is a part-time member of each served community's 大党委. */
  SINKING_DEPUTY_ON_COMMUNITY_COMMITTEE("GOV-008", Severity.ERROR),
  /** GOV-009: a party body has at most one secretary. */
  ONE_SECRETARY("GOV-009", Severity.ERROR),
  /** CHG-001: a change's preconditions hold (e.g. the person reassigned from holds the role). */
  CHANGE_PRECONDITION("CHG-001", Severity.ERROR);

  private final String code;
  private final Severity severity;

  RuleId(String code, Severity severity) {
    this.code = code;
    this.severity = severity;
  }

  /**
   * Returns the stable code, e.g. {@code GOV-003}.
   *
   * @return the code, not null
   */
  public String code() {
    return code;
  }

  /**
   * Returns the severity of a violation of this rule.
   *
   * @return the severity, not null
   */
  public Severity severity() {
    return severity;
  }
}
