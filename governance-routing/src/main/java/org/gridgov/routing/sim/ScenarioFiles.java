package org.gridgov.routing.sim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Function;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.category.CategoryCode;
import org.gridgov.core.org.Level;
import org.gridgov.routing.Urgency;

/**
 * Reads scenarios from JSON: every field of {@link Scenario} may be given under its record name; fields
 * left out keep the value of {@link Scenario#defaults()}, and so do the satisfaction model's. Unknown
 * fields are errors at every level, so a misspelt field never goes unnoticed; so is a value of the wrong
 * type (a string where a number belongs, a fraction where a whole number does), which would otherwise
 * read as 0 or be cut. A storm names all three of its fields. Each error names the field, with its index
 * or key. Thread-safe.
 *
 * <pre>{@code {"name": "storm-week", "horizonDays": 7, "storms": [{"fromDay": 2, "days": 1, "factor": 4}],
 *  "limitHours": {"ROUTINE": 168, "URGENT": 24, "EMERGENCY": 2}}}</pre>
 */
public final class ScenarioFiles {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ImmutableSet<String> FIELDS = ImmutableSet.of("name", "start", "horizonDays",
      "casesPerGridPerDay", "hourlyProfile", "weeklyProfile", "storms", "categoryWeights", "urgencyWeights",
      "limitHours", "underestimateProbability", "medianHandlingMinutes", "handlingSigma", "failedAttemptFraction",
      "workdayStartHour", "workdayEndHour", "reworkProbability", "satisfaction");

  private ScenarioFiles() {}

  /**
   * Parses a scenario.
   *
   * @param json  the JSON text, not null
   * @return the scenario, not null
   * @throws InvalidInputException if the text is not JSON, names an unknown field or a value is out of range
   */
  public static Scenario parse(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json == null ? "" : json);
    } catch (JsonProcessingException e) {
      throw new InvalidInputException("scenario", "must be valid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new InvalidInputException("scenario", "must be a JSON object");
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!FIELDS.contains(f)) {
        throw new InvalidInputException("scenario." + f, "is not a scenario field; known fields are " + FIELDS);
      }
    }
    Scenario d = Scenario.defaults();
    Scenario.SatisfactionModel s = d.satisfaction();
    JsonNode sat = root.path("satisfaction");
    if (root.has("satisfaction")) {
      object(sat, "satisfaction", SATISFACTION_FIELDS);
    }
    return new Scenario(text(root, "name", d.name()),
        root.has("start") ? instant(root.get("start")) : d.start(),
        integer(root, "horizonDays", d.horizonDays()),
        num(root, "casesPerGridPerDay", d.casesPerGridPerDay()),
        doubles(root, "hourlyProfile", d.hourlyProfile()),
        doubles(root, "weeklyProfile", d.weeklyProfile()),
        root.has("storms") ? storms(root.get("storms")) : d.storms(),
        map(root, "categoryWeights", CategoryCode::of, d.categoryWeights()),
        map(root, "urgencyWeights", Urgency::valueOf, d.urgencyWeights()),
        map(root, "limitHours", Urgency::valueOf, d.limitHours()),
        num(root, "underestimateProbability", d.underestimateProbability()),
        map(root, "medianHandlingMinutes", Level::valueOf, d.medianHandlingMinutes()),
        num(root, "handlingSigma", d.handlingSigma()),
        num(root, "failedAttemptFraction", d.failedAttemptFraction()),
        integer(root, "workdayStartHour", d.workdayStartHour()),
        integer(root, "workdayEndHour", d.workdayEndHour()),
        num(root, "reworkProbability", d.reworkProbability()),
        new Scenario.SatisfactionModel(num(sat, "base", "satisfaction.base", s.base()),
            num(sat, "overduePenalty", "satisfaction.overduePenalty", s.overduePenalty()),
            num(sat, "reworkPenalty", "satisfaction.reworkPenalty", s.reworkPenalty()),
            num(sat, "escalationPenalty", "satisfaction.escalationPenalty", s.escalationPenalty())));
  }

  private static final ImmutableSet<String> SATISFACTION_FIELDS = ImmutableSet.of("base", "overduePenalty",
      "reworkPenalty", "escalationPenalty");
  private static final ImmutableSet<String> STORM_FIELDS = ImmutableSet.of("fromDay", "days", "factor");

  /** Checks that a node is an object naming only known fields. */
  private static void object(JsonNode n, String field, ImmutableSet<String> known) {
    if (!n.isObject()) {
      throw new InvalidInputException(field, "must be a JSON object", n.toString());
    }
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!known.contains(f)) {
        throw new InvalidInputException(field + "." + f, "is not a field of " + field + "; known fields are "
            + known);
      }
    }
  }

  private static String text(JsonNode n, String f, String dflt) {
    if (!n.has(f)) {
      return dflt;
    }
    if (!n.get(f).isTextual()) {
      throw new InvalidInputException(f, "must be a string", n.get(f).toString());
    }
    return n.get(f).asText();
  }

  private static Instant instant(JsonNode n) {
    if (!n.isTextual()) {
      throw new InvalidInputException("start", "must be a string", n.toString());
    }
    try {
      return Instant.parse(n.asText());
    } catch (java.time.format.DateTimeParseException e) {
      throw new InvalidInputException("start", "must be an ISO-8601 instant such as 2026-01-04T16:00:00Z",
          n.asText());
    }
  }

  private static double num(JsonNode n, String f, double dflt) {
    return num(n, f, f, dflt);
  }

  private static double num(JsonNode n, String f, String field, double dflt) {
    if (!n.has(f)) {
      return dflt;
    }
    return number(n.get(f), field);
  }

  private static double number(JsonNode v, String field) {
    if (!v.isNumber()) {
      throw new InvalidInputException(field, "must be a number", v.toString());
    }
    return v.asDouble();
  }

  /** A whole number: 7.5 days would otherwise be cut to 7 without a word. */
  private static int integer(JsonNode n, String f, int dflt) {
    if (!n.has(f)) {
      return dflt;
    }
    JsonNode v = n.get(f);
    if (!v.isNumber() || !v.canConvertToInt() || v.asDouble() != Math.rint(v.asDouble())) {
      throw new InvalidInputException(f, "must be a whole number", v.toString());
    }
    return (int) v.asDouble();
  }

  private static ImmutableList<Double> doubles(JsonNode n, String f, ImmutableList<Double> dflt) {
    if (!n.has(f)) {
      return dflt;
    }
    if (!n.get(f).isArray()) {
      throw new InvalidInputException(f, "must be an array of numbers", n.get(f).toString());
    }
    ImmutableList.Builder<Double> out = ImmutableList.builder();
    int i = 0;
    for (JsonNode v : n.get(f)) {
      out.add(number(v, f + "[" + i++ + "]"));
    }
    return out.build();
  }

  /** Each storm names all three fields: a storm has no default to fall back on. */
  private static ImmutableList<Scenario.Storm> storms(JsonNode array) {
    if (!array.isArray()) {
      throw new InvalidInputException("storms", "must be an array of storms", array.toString());
    }
    ImmutableList.Builder<Scenario.Storm> out = ImmutableList.builder();
    int i = 0;
    for (JsonNode s : array) {
      String field = "storms[" + i++ + "]";
      object(s, field, STORM_FIELDS);
      double[] v = new double[3];
      int k = 0;
      for (String f : STORM_FIELDS) {
        if (!s.has(f)) {
          throw new InvalidInputException(field + "." + f, "is required");
        }
        v[k++] = number(s.get(f), field + "." + f);
      }
      out.add(new Scenario.Storm(v[0], v[1], v[2]));
    }
    return out.build();
  }

  private static <K> ImmutableMap<K, Double> map(JsonNode n, String f, Function<String, K> key,
      ImmutableMap<K, Double> dflt) {
    if (!n.has(f)) {
      return dflt;
    }
    if (!n.get(f).isObject()) {
      throw new InvalidInputException(f, "must be a JSON object of numbers", n.get(f).toString());
    }
    ImmutableMap.Builder<K, Double> out = ImmutableMap.builder();
    for (Map.Entry<String, JsonNode> e : n.get(f).properties()) {
      K k;
      try {
        k = key.apply(e.getKey());
      } catch (IllegalArgumentException | InvalidInputException ex) {
        throw new InvalidInputException(f, "has an unknown key", e.getKey());
      }
      out.put(k, number(e.getValue(), f + "[" + e.getKey() + "]"));
    }
    return out.build();
  }
}
