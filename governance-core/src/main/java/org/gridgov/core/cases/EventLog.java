package org.gridgov.core.cases;

import com.google.common.collect.ImmutableList;

/** A persistent (shared-tail) list of a case's events, newest first. */
record EventLog(CaseEvent event, EventLog previous, int size) {

  static EventLog append(EventLog log, CaseEvent event) {
    return new EventLog(event, log, log == null ? 1 : log.size + 1);
  }

  static ImmutableList<CaseEvent> toList(EventLog log) {
    if (log == null) {
      return ImmutableList.of();
    }
    CaseEvent[] out = new CaseEvent[log.size];
    for (EventLog l = log; l != null; l = l.previous) {
      out[l.size - 1] = l.event;
    }
    return ImmutableList.copyOf(out);
  }
}
