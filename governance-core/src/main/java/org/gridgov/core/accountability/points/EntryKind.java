package org.gridgov.core.accountability.points;

/** Whether a ledger entry earns or redeems points. */
public enum EntryKind {
  /** Points earned under an earning rule 积分获取. */
  EARNED,
  /** Points redeemed for a reward 积分兑换. */
  REDEEMED
}
