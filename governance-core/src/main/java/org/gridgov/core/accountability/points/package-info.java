/**
 * The points system (积分制, "morality bank" 道德银行) of volunteer building and unit chiefs: earning
 * rules and a reward catalogue as data, and an idempotent ledger whose balances never go negative.
 */
package org.gridgov.core.accountability.points;
