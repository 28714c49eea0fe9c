package org.gridgov.routing.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableBiMap;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.gridgov.core.GovernanceException;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.org.CityId;
import org.gridgov.core.org.CommunityId;
import org.gridgov.core.org.DepartmentId;
import org.gridgov.core.org.Level;
import org.gridgov.core.org.PlaceId;
import org.gridgov.core.people.PersonId;
import org.gridgov.routing.RoutingDecision;

/** Writes and reads the routing decision document; shared by {@link RoutingJson} and {@link RoutingModule}. */
final class DecisionCodec {
  private DecisionCodec() {}

  static final int SCHEMA_VERSION = 1;
  static final String SCHEMA_VERSION_PROPERTY = "schema_version";
  static final String TYPE = "type";

  /** The stable type identifiers, in the order of the documentation. */
  static final ImmutableMap<Class<? extends RoutingDecision>, String> TYPE_IDS =
      ImmutableMap.<Class<? extends RoutingDecision>, String>builder()
          .put(RoutingDecision.HandleHere.class, "handle_here")
          .put(RoutingDecision.AssignDown.class, "assign_down")
          .put(RoutingDecision.Escalate.class, "escalate")
          .put(RoutingDecision.HandToCenter.class, "hand_to_center")
          .put(RoutingDecision.AssignDepartments.class, "assign_departments")
          .put(RoutingDecision.BlowWhistle.class, "blow_whistle")
          .put(RoutingDecision.Supervise.class, "supervise")
          .buildOrThrow();

  private static final ImmutableBiMap<Level, String> LEVELS = ImmutableBiMap.<Level, String>builder()
      .put(Level.CITY, "city").put(Level.SUBDISTRICT, "subdistrict").put(Level.COMMUNITY, "community")
      .put(Level.GRID, "grid").put(Level.BUILDING, "building").put(Level.UNIT, "unit")
      .put(Level.HOUSEHOLD, "household").buildOrThrow();

  // ------------------------------------------------------------------ writing

  /** Writes a decision; {@code schema_version} first when it is the outermost value. */
  static void write(RoutingDecision d, JsonGenerator g) throws IOException {
    boolean root = g.getOutputContext().inRoot();
    g.writeStartObject();
    if (root) {
      g.writeNumberField(SCHEMA_VERSION_PROPERTY, SCHEMA_VERSION);
    }
    g.writeStringField(TYPE, TYPE_IDS.get(d.getClass()));
    if (d instanceof RoutingDecision.HandleHere h) {
      optionalString(g, "handler", h.handler().map(PersonId::value));
    } else if (d instanceof RoutingDecision.AssignDown a) {
      place(g, "unit", a.unit());
      optionalString(g, "handler", a.handler().map(PersonId::value));
    } else if (d instanceof RoutingDecision.Escalate e) {
      place(g, "to", e.to());
    } else if (d instanceof RoutingDecision.HandToCenter c) {
      g.writeStringField("center", c.center().code());
    } else if (d instanceof RoutingDecision.AssignDepartments a) {
      g.writeStringField("lead", a.lead().value());
      departments(g, "co_handlers", a.coHandlers());
    } else if (d instanceof RoutingDecision.BlowWhistle b) {
      g.writeStringField("community", b.community().code());
      departments(g, "summoned", b.summoned());
    } else if (d instanceof RoutingDecision.Supervise s) {
      place(g, "supervisor", s.supervisor());
    }
    g.writeStringField("reason", d.reason());
    g.writeEndObject();
  }

  private static void optionalString(JsonGenerator g, String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    }
  }

  private static void place(JsonGenerator g, String name, PlaceId place) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeStringField("level", LEVELS.get(place.level()));
    g.writeStringField("code", place.code());
    g.writeEndObject();
  }

  private static void departments(JsonGenerator g, String name, ImmutableList<DepartmentId> ids) throws IOException {
    g.writeArrayFieldStart(name);
    for (DepartmentId id : ids) {
      g.writeString(id.value());
    }
    g.writeEndArray();
  }

  // ------------------------------------------------------------------ reading

  /**
   * Reads a decision from a JSON tree.
   *
   * @param node  the value
   * @param root  whether it is the outermost value (which carries {@code schema_version})
   * @throws RoutingWireFormatException if the value is not a valid decision
   */
  static RoutingDecision read(JsonNode node, boolean root) {
    In in = new In(node, "", false);
    return in.object(o -> {
      if (root) {
        int version = o.get(SCHEMA_VERSION_PROPERTY).integer();
        if (version < 1) {
          throw o.child(SCHEMA_VERSION_PROPERTY).fail("must be between 1 and " + Integer.MAX_VALUE + ", was " + version);
        }
        o.ignoreUnknown = version > SCHEMA_VERSION;
      }
      In type = o.get(TYPE);
      String id = type.text();
      switch (id) {
        case "handle_here":
          return new RoutingDecision.HandleHere(o.opt("handler").map(v -> v.text(PersonId::of)), o.get("reason").text());
        case "assign_down":
          return new RoutingDecision.AssignDown(o.get("unit").place(), o.opt("handler").map(v -> v.text(PersonId::of)),
              o.get("reason").text());
        case "escalate":
          return new RoutingDecision.Escalate(o.get("to").place(), o.get("reason").text());
        case "hand_to_center":
          return new RoutingDecision.HandToCenter(o.get("center").text(CityId::parse), o.get("reason").text());
        case "assign_departments":
          return new RoutingDecision.AssignDepartments(o.get("lead").text(DepartmentId::of),
              o.get("co_handlers").departments(), o.get("reason").text());
        case "blow_whistle":
          return new RoutingDecision.BlowWhistle(o.get("community").text(CommunityId::parse),
              o.get("summoned").departments(), o.get("reason").text());
        case "supervise":
          return new RoutingDecision.Supervise(o.get("supervisor").place(), o.get("reason").text());
        default:
          throw type.fail("must be one of " + TYPE_IDS.values() + ", was '" + id + "'");
      }
    });
  }

  /** A JSON value at its path, with the unknown-property policy of its document. */
  private static final class In {
    private final JsonNode node;
    private final String path;
    private boolean ignoreUnknown;
    private final Set<String> seen = new HashSet<>();

    In(JsonNode node, String path, boolean ignoreUnknown) {
      this.node = node;
      this.path = path;
      this.ignoreUnknown = ignoreUnknown;
    }

    RoutingWireFormatException fail(String rule) {
      return new RoutingWireFormatException(path, rule, null);
    }

    In child(String name) {
      return new In(node == null ? null : node.get(name), path + "/" + name.replace("~", "~0").replace("/", "~1"),
          ignoreUnknown);
    }

    <T> T object(Function<In, T> body) {
      if (!node.isObject()) {
        throw fail("must be an object, was " + describe());
      }
      T value;
      try {
        value = body.apply(this);
      } catch (InvalidInputException e) {
        String field = snake(e.field());
        In at = node.has(field) ? child(field) : this;
        throw new RoutingWireFormatException(at.path, e.getMessage(), e);
      }
      if (!ignoreUnknown) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
          String name = names.next();
          if (!seen.contains(name)) {
            throw child(name).fail("is not a known property here");
          }
        }
      }
      return value;
    }

    In get(String name) {
      return opt(name).orElseThrow(() -> child(name).fail("is required"));
    }

    Optional<In> opt(String name) {
      seen.add(name);
      JsonNode value = node.get(name);
      return value == null || value.isNull() ? Optional.empty() : Optional.of(child(name));
    }

    String text() {
      if (!node.isTextual()) {
        throw fail("must be a string, was " + describe());
      }
      return node.textValue();
    }

    <T> T text(Function<String, T> parse) {
      String text = text();
      try {
        return parse.apply(text);
      } catch (GovernanceException e) {
        throw new RoutingWireFormatException(path, e.getMessage(), e);
      }
    }

    int integer() {
      if (!node.isIntegralNumber()) {
        throw fail("must be an integer, was " + describe());
      }
      if (!node.canConvertToInt()) {
        throw fail("must be between 1 and " + Integer.MAX_VALUE + ", was " + node.asText());
      }
      return node.intValue();
    }

    PlaceId place() {
      return object(o -> {
        In levelNode = o.get("level");
        String code = levelNode.text();
        Level level = LEVELS.inverse().get(code);
        if (level == null) {
          throw levelNode.fail("must be one of " + LEVELS.values() + ", was '" + code + "'");
        }
        return o.get("code").text(c -> parse(level, c));
      });
    }

    ImmutableList<DepartmentId> departments() {
      if (!node.isArray()) {
        throw fail("must be an array, was " + describe());
      }
      ImmutableList.Builder<DepartmentId> out = ImmutableList.builder();
      for (int i = 0; i < node.size(); i++) {
        In element = new In(node.get(i), path + "/" + i, ignoreUnknown);
        if (element.node.isNull()) {
          throw element.fail("must not be null");
        }
        out.add(element.text(DepartmentId::of));
      }
      return out.build();
    }

    private String describe() {
      switch (node.getNodeType()) {
        case OBJECT:
          return "an object";
        case ARRAY:
          return "an array";
        case STRING:
          return "a string";
        case NUMBER:
          return "a number";
        case BOOLEAN:
          return "a boolean";
        default:
          return "null";
      }
    }
  }

  private static PlaceId parse(Level level, String code) {
    return level.parse(code);
  }

  /** Maps a constructor's field name ({@code coHandlers}) to the wire property ({@code co_handlers}). */
  private static String snake(String camel) {
    StringBuilder out = new StringBuilder(camel.length() + 4);
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (Character.isUpperCase(c)) {
        out.append('_').append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  static Map<Class<? extends RoutingDecision>, String> typeIds() {
    return TYPE_IDS;
  }
}
