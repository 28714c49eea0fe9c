package org.gridgov.routing;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.org.DepartmentId;
import org.gridgov.core.org.Organisation;
import org.gridgov.core.org.PlaceId;
import org.gridgov.core.people.PersonId;

/**
 * Refines a decision by load without changing where it goes: the least-loaded of the assigned departments
 * leads, and a unit asked to handle a case gets its least-loaded handler named.
 */
final class LoadAwareTieBreak {
  private LoadAwareTieBreak() {}

  static RoutingDecision refine(RoutingDecision decision, CaseFacts facts, Organisation org, WorkloadView load) {
    if (decision instanceof RoutingDecision.AssignDepartments d && !d.coHandlers().isEmpty()) {
      List<DepartmentId> all = new ArrayList<>(d.all());
      DepartmentId lead = all.stream().min(Comparator.comparingInt(load::openCases)).orElseThrow();
      if (lead.equals(d.lead())) {
        return d;
      }
      all.remove(lead);
      return new RoutingDecision.AssignDepartments(lead, ImmutableList.copyOf(all), d.reason()
          + "; " + lead + " leads as the least loaded (" + load.openCases(lead) + " open cases)");
    }
    if (decision instanceof RoutingDecision.HandleHere h && h.handler().isEmpty()) {
      return leastLoaded(org, facts.holder(), load)
          .<RoutingDecision>map(p -> new RoutingDecision.HandleHere(Optional.of(p), h.reason() + "; " + p
              + " is the least loaded handler"))
          .orElse(h);
    }
    if (decision instanceof RoutingDecision.AssignDown a && a.handler().isEmpty()) {
      return leastLoaded(org, a.unit(), load)
          .<RoutingDecision>map(p -> new RoutingDecision.AssignDown(a.unit(), Optional.of(p), a.reason() + "; "
              + p + " is the least loaded handler"))
          .orElse(a);
    }
    return decision;
  }

  private static Optional<PersonId> leastLoaded(Organisation org, PlaceId unit, WorkloadView load) {
    return Jurisdiction.handlersAt(org, unit).stream().min(Comparator.comparingInt(load::openCases));
  }
}
