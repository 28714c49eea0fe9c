package org.gridgov.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.core.calendar.BusinessCalendar;
import org.gridgov.core.cases.CaseState;
import org.gridgov.core.category.CategoryCatalogue;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gridgov.jackson.GovernanceJson;
import org.gridgov.jackson.open311.Open311;
import org.gridgov.core.org.BuildingId;
import org.gridgov.core.org.ChangeOutcome;
import org.gridgov.core.org.GridId;
import org.gridgov.core.org.Organisation;
import org.gridgov.core.org.OrganisationChange;
import org.gridgov.core.org.Role;
import org.gridgov.core.people.PersonId;

/**
 * The Beipiao example, end to end: builds the city's organisation and prints what the library knows
 * about it.
 */
public final class BeipiaoExample {
  private BeipiaoExample() {}

  /**
   * Runs the example, printing to standard output.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /**
   * Runs the example.
   *
   * @param out  where to print, not null
   */
  static void run(PrintStream out) {
    out.println("== 1. Organisation (网格化组织体系)");
    Organisation org = Beipiao.organisation();
    OrganisationSummary.print(org, out);
    org = changes(org, out);
    out.println();
    out.println("== 2. Cases (受理问题 → 分流交办 → 联动处置 → 反馈评价), on the mainland-China working calendar");
    List<CaseState> cases = new CaseStories(org, out).runAll();
    out.println();
    out.println("== 3. Accountability (三统、两考、一评): a month of automatic scorecards");
    new MonthOfScorecards(org, out).run();
    out.println();
    out.println("== 4. Integration: the wire format and the Open311 GeoReport v2 view");
    integration(org, cases, out);
  }

  /** Writes each story's case in the wire format and shows the public Open311 view of the requests. */
  static void integration(Organisation org, List<CaseState> cases, PrintStream out) {
    Path dir = Path.of("target", "beipiao", "cases");
    GovernanceJson json = GovernanceJson.privileged();
    Open311.Context context = Open311.Context.of(CategoryCatalogue.standard(), org, BusinessCalendar.chinaMainland());
    List<Open311.ServiceRequest> requests = new ArrayList<>();
    try {
      Files.createDirectories(dir);
      for (CaseState c : cases) {
        String document = json.write(c);
        Files.writeString(dir.resolve(c.caseId().value() + ".json"), document, StandardCharsets.UTF_8);
        out.printf("  %s: %,d bytes of wire format (schema_version 1) in %s%n", c.caseId(),
            document.getBytes(StandardCharsets.UTF_8).length, dir.resolve(c.caseId().value() + ".json"));
        CaseState back = json.read(document, CaseState.class);
        if (!back.equals(c)) {
          throw new IllegalStateException("the wire format did not round-trip case " + c.caseId());
        }
        requests.add(Open311.requestOf(c.events(), context, Open311.View.PUBLIC));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println("  public Open311 view of the three requests (no reporter data):");
    try {
      ObjectMapper mapper = new ObjectMapper();
      out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(
          mapper.readTree(Open311.writeRequests(requests))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Shows one change applied and one rejected; returns the changed organisation. */
  static Organisation changes(Organisation org, PrintStream out) {
    out.println("  changes:");
    GridId neighbour = Beipiao.YUEJIAGOU.grid(2);
    ChangeOutcome moved = org.apply(new OrganisationChange.MoveBuilding(BuildingId.of("xinyue-6"), neighbour));
    Organisation next = org;
    if (moved instanceof ChangeOutcome.Applied applied) {
      next = applied.organisation();
      out.printf("    applied v%d → v%d: %s%n", applied.record().fromVersion(), applied.record().toVersion(),
          String.join("; ", applied.record().effects()));
    }
    PersonId worker = next.holders(Role.GRID_WORKER, Beipiao.XINYUE_GRID).get(0);
    PersonId secretary = next.holders(Role.GENERAL_GRID_CHIEF, Beipiao.YUEJIAGOU).get(0);
    ChangeOutcome rejected = next.apply(new OrganisationChange.ReassignRole(Role.GRID_WORKER, Beipiao.XINYUE_GRID,
        secretary, worker));
    if (rejected instanceof ChangeOutcome.Rejected r) {
      r.violations().forEach(v -> out.printf("    rejected: %s%n", v));
    }
    return next;
  }
}
