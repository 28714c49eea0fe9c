package org.gridgov.jackson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.gridgov.core.org.ChangeOutcome;
import org.gridgov.core.org.Organisation;

/** Shared test support: the golden files, pretty writing and value comparison. */
final class Golden {
  private Golden() {}

  /** Set {@code -Dgridgov.updateGoldens=true} to rewrite the golden files from the samples (review the diff!). */
  static final boolean UPDATE = Boolean.getBoolean("gridgov.updateGoldens");
  static final Path DIR = Path.of("src/test/resources/org/gridgov/jackson/golden");

  static final ObjectMapper PLAIN = new ObjectMapper();
  static final GovernanceJson PRIVILEGED = GovernanceJson.privileged();
  static final GovernanceJson STANDARD = GovernanceJson.standard();
  static final ObjectWriter PRETTY = PRIVILEGED.mapper().writerWithDefaultPrettyPrinter();
  static final ObjectWriter PRETTY_MASKED = STANDARD.mapper().writerWithDefaultPrettyPrinter();

  /** Types with a JSON form that cannot be read back: none since the core's builder restores versions. */
  static final Set<Class<?>> WRITE_ONLY = Set.of();

  /**
   * Returns the golden file of a type, by package below {@code org.gridgov.core} (or {@code org.gridgov.jackson}):
   * {@code org/Grid.json}, {@code org/OrganisationChange.SplitGrid.json}, {@code accountability/patrol/Patrol.json}.
   */
  static Path file(Class<?> type, String suffix) {
    String pkg = type.getPackageName();
    String base = pkg.startsWith("org.gridgov.core.") ? "org.gridgov.core." : "org.gridgov.jackson.";
    String dir = pkg.substring(base.length()).replace('.', '/');
    String name = type.getName().substring(pkg.length() + 1).replace('$', '.');
    return DIR.resolve(dir).resolve(name + suffix + ".json");
  }

  /** Writes the examples of a type in that type's form, pretty: one document, or an array of several. */
  static String pretty(ObjectWriter writer, Class<?> type, List<?> examples) {
    try {
      String json;
      if (examples.size() == 1) {
        json = writer.forType(type).writeValueAsString(examples.get(0));
      } else {
        ArrayNode array = PLAIN.createArrayNode();
        for (Object e : examples) {
          array.add(PLAIN.readTree(writer.forType(type).writeValueAsString(e)));
        }
        json = PLAIN.writerWithDefaultPrettyPrinter().writeValueAsString(array);
      }
      return json.replace("\r\n", "\n") + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns a comparable form: the value itself, or its full JSON for types without equals. */
  static Object comparable(Object value) {
    return value instanceof Organisation || value instanceof ChangeOutcome.Applied
        || value instanceof org.gridgov.core.calendar.BusinessCalendar
        || value instanceof org.gridgov.core.accountability.points.PointsScheme
        || value instanceof org.gridgov.core.accountability.scorecard.ScoringScheme
        ? PRIVILEGED.write(value) : value;
  }
}
