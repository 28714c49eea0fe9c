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
 * left out keep the value of {@link Scenario#defaults()}. Unknown fields are errors, so a misspelt field
 * never goes unnoticed. Thread-safe.
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
    return new Scenario(text(root, "name", d.name()),
        root.has("start") ? Instant.parse(root.get("start").asText()) : d.start(),
        (int) num(root, "horizonDays", d.horizonDays()),
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
        (int) num(root, "workdayStartHour", d.workdayStartHour()),
        (int) num(root, "workdayEndHour", d.workdayEndHour()),
        num(root, "reworkProbability", d.reworkProbability()),
        new Scenario.SatisfactionModel(num(sat, "base", s.base()), num(sat, "overduePenalty", s.overduePenalty()),
            num(sat, "reworkPenalty", s.reworkPenalty()), num(sat, "escalationPenalty", s.escalationPenalty())));
  }

  private static String text(JsonNode n, String f, String dflt) {
    return n.has(f) ? n.get(f).asText() : dflt;
  }

  private static double num(JsonNode n, String f, double dflt) {
    if (!n.has(f)) {
      return dflt;
    }
    if (!n.get(f).isNumber()) {
      throw new InvalidInputException(f, "must be a number", n.get(f).toString());
    }
    return n.get(f).asDouble();
  }

  private static ImmutableList<Double> doubles(JsonNode n, String f, ImmutableList<Double> dflt) {
    if (!n.has(f)) {
      return dflt;
    }
    ImmutableList.Builder<Double> out = ImmutableList.builder();
    n.get(f).forEach(v -> out.add(v.asDouble()));
    return out.build();
  }

  private static ImmutableList<Scenario.Storm> storms(JsonNode array) {
    ImmutableList.Builder<Scenario.Storm> out = ImmutableList.builder();
    array.forEach(s -> out.add(new Scenario.Storm(num(s, "fromDay", 0), num(s, "days", 1), num(s, "factor", 1))));
    return out.build();
  }

  private static <K> ImmutableMap<K, Double> map(JsonNode n, String f, Function<String, K> key,
      ImmutableMap<K, Double> dflt) {
    if (!n.has(f)) {
      return dflt;
    }
    ImmutableMap.Builder<K, Double> out = ImmutableMap.builder();
    for (Map.Entry<String, JsonNode> e : n.get(f).properties()) {
      K k;
      try {
        k = key.apply(e.getKey());
      } catch (IllegalArgumentException ex) {
        throw new InvalidInputException(f, "has an unknown key", e.getKey());
      }
      out.put(k, e.getValue().asDouble());
    }
    return out.build();
  }
}
