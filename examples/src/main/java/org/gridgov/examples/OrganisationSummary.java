package org.gridgov.examples;

import java.io.PrintStream;
import java.util.Locale;
import org.gridgov.core.org.Community;
import org.gridgov.core.org.Organisation;
import org.gridgov.core.org.PartyBody;
import org.gridgov.core.org.PartyPost;
import org.gridgov.core.org.Role;
import org.gridgov.core.org.ValidationReport;
import org.gridgov.core.org.Violation;

/** Prints a readable summary of an organisation and its rule check. */
final class OrganisationSummary {
  private OrganisationSummary() {}

  static void print(Organisation org, PrintStream out) {
    out.printf(Locale.ROOT, "%s (%s), organisation version %d%n", org.cityName(), org.city(), org.version());
    out.printf(Locale.ROOT, "  %d subdistricts, %d communities, %d grids, %d buildings, %d units%n",
        org.subdistricts().size(), org.communities().size(), org.grids().size(), org.buildings().size(),
        org.unitCount());
    out.printf(Locale.ROOT, "  %,d households (%,d registered individually, the rest declared per grid)%n",
        org.householdCountWithin(org.city()), org.registeredHouseholdCount());
    long oneShoulder = org.grids().stream().filter(g -> {
      var chiefs = org.holders(Role.GRID_CHIEF, g.id());
      return chiefs.size() == 1
          && org.partyPostHolders(PartyBody.of(g.id()), PartyPost.SECRETARY).contains(chiefs.get(0));
    }).count();
    out.printf(Locale.ROOT, "  party: %d 街道大工委, %d 社区大党委, %d 网格党支部; 一肩挑 in %d of %d grids%n",
        org.subdistricts().size(), org.communities().size(), org.grids().size(), oneShoulder, org.grids().size());
    out.printf(Locale.ROOT, "  %d sinking units (下沉单位), %d departments and utilities%n",
        org.sinkingUnits().size(), org.departments().size());
    out.println("  staff per role:");
    for (Role role : Role.values()) {
      int n = org.assignmentsWithin(role, org.city()).size();
      if (n > 0) {
        out.printf(Locale.ROOT, "    %-22s %-8s %,6d%n", role, role.chineseName(), n);
      }
    }
    out.println("  the article's named communities:");
    for (Community c : org.communities()) {
      if (!c.name().startsWith("社区")) {
        out.printf(Locale.ROOT, "    %s › %s: %d grids, %,d households%n", org.nameOf(c.id().subdistrict()),
            c.name(), org.children(c.id()).size(), org.householdCountWithin(c.id()));
      }
    }
    ValidationReport report = org.check();
    out.printf(Locale.ROOT, "  rule check: %d errors, %d warnings%n", report.errors().size(),
        report.warnings().size());
    for (Violation v : report.violations()) {
      out.printf(Locale.ROOT, "    %s %s%n", v.severity(), v);
    }
  }
}
