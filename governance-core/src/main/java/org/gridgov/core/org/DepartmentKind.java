package org.gridgov.core.org;

/** Whether a unit on the platform is a government department or a utility. */
public enum DepartmentKind {
  /** Functional department 职能部门, e.g. the housing and construction bureau. */
  FUNCTIONAL_DEPARTMENT,
  /** Public utility 公用事业单位, e.g. the power supplier. */
  UTILITY
}
