package org.gridgov.core.cases;

import static org.gridgov.core.cases.CaseFixture.*;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.gridgov.core.cases.CaseCommand.*;
import org.gridgov.core.evaluation.EvaluationDimension;
import org.gridgov.core.evaluation.Satisfaction;

/**
 * Brings a fresh case to a given status along the usual path: resident RES1 reports a normal rubbish
 * case (0102) in grid G11, the Shezhai center accepts it and assigns it to the grid, GW11 handles it.
 */
final class CaseSteps {

  private CaseSteps() {
  }

  static CaseRun reported(String id, Urgency urgency) {
    CaseRun r = new CaseRun(id);
    r.ok(new Report(r.cid(), r.id, RES1, r.now, details("0102", Source.RESIDENT_SNAPSHOT, urgency,
        Optional.of(RES1))));
    return r;
  }

  static CaseRun reported(String id) {
    return reported(id, Urgency.NORMAL);
  }

  static CaseRun accepted(String id) {
    CaseRun r = reported(id);
    r.ok(new Accept(r.cid(), r.id, CD_SHEZHAI, r.now));
    return r;
  }

  static CaseRun assignedToGrid(String id) {
    CaseRun r = accepted(id);
    r.ok(new Assign(r.cid(), r.id, CD_SHEZHAI, r.now, Holder.grid(G11), ImmutableList.of()));
    return r;
  }

  static CaseRun handling(String id) {
    CaseRun r = assignedToGrid(id);
    r.ok(new Acknowledge(r.cid(), r.id, GW11, r.now));
    return r;
  }

  static CaseRun submitted(String id) {
    CaseRun r = handling(id);
    r.ok(new SubmitResult(r.cid(), r.id, GW11, r.now, "已清运"));
    return r;
  }

  static CaseRun closed(String id) {
    CaseRun r = submitted(id);
    r.ok(new Verify(r.cid(), r.id, CD_SHEZHAI, r.now, true, "通过"));
    r.ok(new Close(r.cid(), r.id, CD_SHEZHAI, r.now));
    return r;
  }

  /** A case the Shezhai center keeps for itself: it is dispatcher and handler at once. */
  static CaseRun selfHandledBySubmitter(String id) {
    CaseRun r = accepted(id);
    r.ok(new Assign(r.cid(), r.id, CD_SHEZHAI, r.now, Holder.center(SHEZHAI), ImmutableList.of()));
    r.ok(new Acknowledge(r.cid(), r.id, CD_SHEZHAI, r.now));
    r.ok(new SubmitResult(r.cid(), r.id, CD_SHEZHAI, r.now, "中心自办"));
    return r;
  }

  static Evaluate rate(CaseRun r, org.gridgov.core.people.PersonId who, EvaluationDimension dim, Satisfaction s) {
    return new Evaluate(r.cid(), r.id, who, r.now, dim, s);
  }
}
