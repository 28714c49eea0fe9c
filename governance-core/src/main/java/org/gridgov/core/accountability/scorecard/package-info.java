/**
 * Scorecards (考核打分): case outcomes, evaluations (群众满意度, 下评上), indicators as data with
 * formulas, weights per subject kind, grades A–E, explanations, and an incremental scoreboard.
 */
package org.gridgov.core.accountability.scorecard;
