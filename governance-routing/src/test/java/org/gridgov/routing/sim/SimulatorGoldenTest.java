package org.gridgov.routing.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.gridgov.core.org.Organisation;
import org.gridgov.routing.CapabilityTable;
import org.gridgov.routing.ResponsibilityTable;
import org.gridgov.routing.RoutingPolicies;
import org.gridgov.routing.RoutingPolicy;
import org.gridgov.routing.city.CityGenerator;
import org.gridgov.routing.city.CitySpec;
import org.junit.jupiter.api.Test;

/**
 * The simulator's output, pinned across versions: the SHA-256 of the trace CSV and of the metrics of
 * fourteen fixed set-ups (seven policy compositions, on Beipiao and on a 2,000-grid megacity), kept in
 * {@code golden/trace-hashes.txt}.
 *
 * <p>The other tests check that a run is reproducible within one version. This one checks that a change
 * meant only to make the simulator faster or leaner leaves every case's path exactly as it was. A change
 * to what is simulated changes the hashes on purpose. Rewrite the file with
 * {@code -Dgridgov.updateGoldens=true} and say why in the commit.
 */
class SimulatorGoldenTest {
  private static final boolean UPDATE = Boolean.getBoolean("gridgov.updateGoldens");
  private static final Path FILE = Path.of("src/test/resources/org/gridgov/routing/sim/golden/trace-hashes.txt");

  @Test
  void tracesAndMetricsAreThoseOfTheGoldenFile() throws IOException {
    List<String> lines = new ArrayList<>();
    lines.addAll(hashes("beipiao", CityGenerator.generate(CitySpec.beipiao()), 60, "0.5"));
    lines.addAll(hashes("megacity-2000", CityGenerator.generate(CitySpec.megacity(2000)), 10, "0.72"));
    String actual = String.join("\n", lines) + "\n";
    if (UPDATE) {
      Files.createDirectories(FILE.getParent());
      Files.writeString(FILE, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual)
        .as("the simulator's output changed; if that is intended, rerun with -Dgridgov.updateGoldens=true")
        .isEqualTo(Files.readString(FILE, StandardCharsets.UTF_8).replace("\r\n", "\n"));
  }

  private static List<String> hashes(String setUp, Organisation org, int days, String casesPerGridPerDay) {
    CapabilityTable capabilities = CapabilityTable.standard();
    ResponsibilityTable list = ResponsibilityTable.of(org);
    List<RoutingPolicy> policies = List.of(
        RoutingPolicies.deadlineDriven(RoutingPolicies.tiered(capabilities, list)),
        RoutingPolicies.tiered(capabilities, list),
        RoutingPolicies.deadlineDriven(RoutingPolicies.responsibilityList(list)),
        RoutingPolicies.deadlineDriven(RoutingPolicies.centerFirst(capabilities, list)),
        RoutingPolicies.deadlineDriven(RoutingPolicies.loadAware(capabilities, list)),
        RoutingPolicies.deadlineDriven(RoutingPolicies.withLoadTieBreak(RoutingPolicies.tiered(capabilities, list))),
        RoutingPolicies.withLoadTieBreak(RoutingPolicies.loadAware(capabilities, list)));
    Scenario scenario = ScenarioFiles.parse(String.format(Locale.ROOT,
        "{\"name\": \"golden\", \"horizonDays\": %d, \"casesPerGridPerDay\": %s}", days, casesPerGridPerDay));
    Workload workload = Workload.generate(scenario, org, capabilities, RandomStreams.of(7));
    List<String> lines = new ArrayList<>();
    for (RoutingPolicy policy : policies) {
      Simulator.Replication r = Simulator.run(scenario, org, policy, CoreCaseEngine.of(org), workload);
      lines.add(setUp + " " + days + " " + policy + " " + workload.size() + " trace=" + sha256(r.traceCsv())
          + " metrics=" + sha256(r.metrics().toString()));
    }
    return lines;
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
