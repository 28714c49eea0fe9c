package org.gridgov.core.evaluation;

/** What an evaluation of a handled case rates. */
public enum EvaluationDimension {
  /** The resident's satisfaction with the outcome 群众满意度. */
  RESIDENT_SATISFACTION,
  /** The handling unit's efficiency 工作效率. */
  EFFICIENCY,
  /** The handling unit's result 处置结果. */
  RESULT,
  /** A lower level's rating of an upper center or department 下评上. */
  BOTTOM_UP
}
