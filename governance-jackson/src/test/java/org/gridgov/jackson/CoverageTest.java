package org.gridgov.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gridgov.core.accountability.compliance.DutyComplianceEvaluator;
import org.gridgov.core.accountability.patrol.Attendance;
import org.gridgov.core.accountability.patrol.PatrolComplianceEvaluator;
import org.gridgov.core.accountability.patrol.TrackAnalyser;
import org.gridgov.core.accountability.points.PointsLedger;
import org.gridgov.core.accountability.scorecard.CaseOutcomes;
import org.gridgov.core.accountability.scorecard.Scoreboard;
import org.gridgov.core.accountability.scorecard.Scorecards;
import org.gridgov.core.calendar.BusinessCalendar;
import org.gridgov.core.cases.CaseHandler;
import org.gridgov.core.cases.CaseHistory;
import org.gridgov.core.cases.CaseLoop;
import org.gridgov.core.cases.CaseStore;
import org.gridgov.core.cases.DecisionContext;
import org.gridgov.core.cases.InMemoryCaseStore;
import org.gridgov.core.org.CityId;
import org.junit.jupiter.api.Test;

/**
 * Every public type of the packages governance-core exports has a JSON form, a golden file and a
 * generator, so a new type cannot be forgotten. The core's module descriptor names the exported
 * packages; its class files name the types.
 *
 * <p>Not wire types, by rule: exceptions (they travel as a {@link WireFormatException} or as
 * rejection values) and mutable builders (nested classes named {@code Builder}).
 */
class CoverageTest {

  /**
   * Types that have no JSON form yet, each with the reason. The lead adds a new core type here when
   * its form is to come later; the test fails once a listed type gets a form, so the list only shrinks.
   */
  static final Map<Class<?>, String> PENDING = Map.of();

  /**
   * Public value types deliberately without a JSON form (docs/WIRE-FORMAT.md, "Types without a JSON form"):
   * giving them one would let JSON create objects the core cannot, or duplicate documents that have their own.
   */
  static final Map<Class<?>, String> EXCLUDED = Map.of(
      DecisionContext.class, "the configuration a running case loop is given: an Organisation snapshot, a "
          + "BusinessCalendar and a DeadlineTable, which each have their own document and version, plus a reopen "
          + "window. Exchange those documents and assemble the context in the embedding system; embedding a "
          + "whole organisation snapshot in every context would duplicate the largest document of the format",
      Scoreboard.class, "a derived index of per-day, per-subject tallies that the core builds only from DayRecords "
          + "(Scoreboard.of / withDay) and that keeps no DayRecord: a form from tallies would let JSON create "
          + "scoreboards no DayRecords give. Exchange the DayRecords and the Scorecards (both have a form) and "
          + "rebuild with Scoreboard.of");

  /**
   * Public types that are services, not values: they have behaviour, no data of their own, and so no
   * JSON form by rule. Their results (decisions, append results, holder periods, verdicts, scorecards,
   * postings) do have one.
   */
  static final Map<Class<?>, String> NOT_VALUES = Map.ofEntries(
      Map.entry(CaseLoop.class, "static decide/evolve/replay functions"),
      Map.entry(CaseHistory.class, "static audit functions"),
      Map.entry(CaseHandler.class, "a service around a store"),
      Map.entry(CaseStore.class, "a storage interface"),
      Map.entry(InMemoryCaseStore.class, "a storage implementation"),
      Map.entry(Attendance.class, "a static function from check-ins and a roster to AttendanceRecords"),
      Map.entry(TrackAnalyser.class, "a service around PlausibilityRules (which have a form)"),
      Map.entry(PatrolComplianceEvaluator.class, "a service around a duty, PlausibilityRules and a zone; its results "
          + "(DailyPatrolCompliance) have a form"),
      Map.entry(DutyComplianceEvaluator.class, "a static evaluation; its result (ComplianceReport) has a form"),
      Map.entry(CaseOutcomes.class, "a static adapter from case events to CaseOutcome"),
      Map.entry(Scorecards.class, "static functions from an organisation and a scoreboard to Scorecards"),
      Map.entry(PointsLedger.class, "a mutable aggregate (not thread-safe) that validates postings; its data are "
          + "values with a form: the PointsScheme, the members and the PointsEntry list of entries(), from which a "
          + "ledger is restored by posting each entry again (earn/redeem)"));

  /** Whole packages that landed after the wire format was cut and have no codecs yet: none now. */
  static final Map<String, String> PENDING_PACKAGES = Map.of();

  private static boolean pending(Class<?> type) {
    return PENDING.containsKey(type) || EXCLUDED.containsKey(type) || NOT_VALUES.containsKey(type)
        || PENDING_PACKAGES.containsKey(type.getPackageName());
  }

  @Test
  void everyPublicCoreTypeHasAJsonFormOrIsPending() throws Exception {
    Set<String> missing = new TreeSet<>();
    for (Class<?> type : publicCoreTypes()) {
      if (!Codecs.all().containsKey(type) && !pending(type)) {
        missing.add(type.getName());
      }
    }
    assertThat(missing).as("public core types without a JSON form; add a codec, or list them in PENDING").isEmpty();
  }

  @Test
  void pendingTypesReallyLackAForm() throws Exception {
    assertThat(PENDING.keySet()).allMatch(t -> !Codecs.all().containsKey(t), "has no codec yet");
    assertThat(NOT_VALUES.keySet()).allMatch(t -> !Codecs.all().containsKey(t), "has no codec");
    assertThat(EXCLUDED.keySet()).allMatch(t -> !Codecs.all().containsKey(t), "has no codec");
    assertThat(publicCoreTypes()).containsAll(PENDING.keySet()).containsAll(EXCLUDED.keySet())
        .containsAll(NOT_VALUES.keySet());
  }

  @Test
  void everyCoveredTypeHasSamplesAGoldenFileAndAGenerator() {
    for (Class<?> type : Codecs.all().keySet()) {
      assertThat(Samples.EXAMPLES).as("samples").containsKey(type);
      assertThat(Files.exists(Golden.file(type, ""))).as("golden file of %s", type.getName()).isTrue();
      if (!Golden.WRITE_ONLY.contains(type)) {
        assertThat(RandomValues.BY_TYPE).as("generators").containsKey(type);
      }
    }
  }

  @Test
  void theScanFindsTheKnownTypes() throws Exception {
    assertThat(publicCoreTypes()).contains(CityId.class, BusinessCalendar.Period.class)
        .doesNotContain(BusinessCalendar.Builder.class).hasSizeGreaterThan(60);
  }

  /** Lists the public types of the core's exported packages, from its module descriptor and class files. */
  static Set<Class<?>> publicCoreTypes() throws Exception {
    Path location = Path.of(CityId.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    ModuleReference core = ModuleFinder.of(location).find("org.gridgov.core").orElseThrow();
    Set<String> exported = core.descriptor().exports().stream().filter(e -> !e.isQualified())
        .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    Set<Class<?>> types = new TreeSet<>((a, b) -> a.getName().compareTo(b.getName()));
    try (ModuleReader reader = core.open(); Stream<String> names = reader.list()) {
      for (String file : (Iterable<String>) names::iterator) {
        if (!file.endsWith(".class") || file.endsWith("module-info.class") || file.endsWith("package-info.class")) {
          continue;
        }
        String name = file.substring(0, file.length() - ".class".length()).replace('/', '.');
        String pkg = name.substring(0, name.lastIndexOf('.'));
        if (!exported.contains(pkg)) {
          continue;
        }
        Class<?> type = Class.forName(name, false, CityId.class.getClassLoader());
        if (isApi(type) && !Throwable.class.isAssignableFrom(type) && !type.getSimpleName().equals("Builder")) {
          types.add(type);
        }
      }
    }
    return types;
  }

  private static boolean isApi(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isLocalClass() || t.isSynthetic()) {
        return false;
      }
    }
    return true;
  }
}
