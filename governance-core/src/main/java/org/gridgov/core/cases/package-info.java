/**
 * The case loop (事件/诉求闭环): a report becomes a case that moves through 受理问题 → 分流交办 → 联动处置 →
 * 反馈评价 with level-by-level escalation.
 *
 * <p>{@link org.gridgov.core.cases.CaseLoop#decide} turns a command into events or a rejection,
 * {@link org.gridgov.core.cases.CaseLoop#evolve} applies an event; a case's state is always the fold of
 * its events. {@link org.gridgov.core.cases.CaseStore} is the persistence contract.
 */
package org.gridgov.core.cases;
