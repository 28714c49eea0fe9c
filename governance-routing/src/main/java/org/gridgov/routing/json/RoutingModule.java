package org.gridgov.routing.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.gridgov.routing.RoutingDecision;

/**
 * Jackson module giving {@link RoutingDecision} and each of its variants the JSON form of
 * {@link RoutingJson}, for mappers that embed decisions in other documents. It is found by
 * {@code ObjectMapper.findAndRegisterModules()}. Reading fails with {@link RoutingWireFormatException};
 * size limits and duplicate-property detection are the mapper's (use {@link RoutingJson} for them).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RoutingModule extends Module {

  /** Creates the module. */
  public RoutingModule() {
    // stateless
  }

  @Override
  public String getModuleName() {
    return "RoutingModule";
  }

  @Override
  public Version version() {
    return new Version(0, 1, 0, "SNAPSHOT", "org.gridgov", "governance-routing");
  }

  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    serializers.addSerializer(RoutingDecision.class, new Serializer());
    context.addSerializers(serializers);
    SimpleDeserializers deserializers = new SimpleDeserializers();
    deserializers.addDeserializer(RoutingDecision.class, new Deserializer<>(RoutingDecision.class));
    DecisionCodec.TYPE_IDS.keySet().forEach(type -> add(deserializers, type));
    context.addDeserializers(deserializers);
  }

  private static <T extends RoutingDecision> void add(SimpleDeserializers deserializers, Class<T> type) {
    deserializers.addDeserializer(type, new Deserializer<>(type));
  }

  /** Writes any decision. */
  private static final class Serializer extends StdSerializer<RoutingDecision> {
    private static final long serialVersionUID = 1L;

    Serializer() {
      super(RoutingDecision.class);
    }

    @Override
    public void serialize(RoutingDecision value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      DecisionCodec.write(value, gen);
    }
  }

  /** Reads a decision, refusing another variant than the one asked for. */
  private static final class Deserializer<T extends RoutingDecision> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final Class<T> type;

    Deserializer(Class<T> type) {
      super(type);
      this.type = type;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonStreamContext around = p.getParsingContext();
      if (p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY) {
        around = around.getParent();
      }
      boolean root = around.inRoot();
      String at = around.pathAsPointer().toString();
      JsonNode tree = ctxt.readTree(p);
      RoutingDecision decision;
      try {
        decision = DecisionCodec.read(tree, root);
      } catch (RoutingWireFormatException e) {
        throw new RoutingWireFormatException(at + e.path(), e.rule(), e);
      }
      if (!type.isInstance(decision)) {
        throw new RoutingWireFormatException(at + "/" + DecisionCodec.TYPE, "must be '"
            + DecisionCodec.TYPE_IDS.get(type) + "' here", null);
      }
      return type.cast(decision);
    }
  }
}
