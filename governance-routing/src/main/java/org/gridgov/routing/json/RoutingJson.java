package org.gridgov.routing.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.gridgov.routing.RoutingDecision;

/**
 * Reads and writes routing decisions in the wire format, strictly: documents are limited to
 * {@value #MAX_DOCUMENT_CHARS} characters, nesting to {@value #MAX_NESTING_DEPTH} levels, strings to
 * {@value #MAX_STRING_CHARS} characters; duplicate properties and trailing content are refused. Every
 * bad input makes the {@code read} methods throw {@link RoutingWireFormatException}.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class RoutingJson {
  /** The largest document read, in characters (or bytes). */
  public static final long MAX_DOCUMENT_CHARS = 1024 * 1024;
  /** The deepest nesting read; a decision nests 2 levels. */
  public static final int MAX_NESTING_DEPTH = 16;
  /** The longest string read. */
  public static final int MAX_STRING_CHARS = 100_000;

  private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder()
              .maxDocumentLength(MAX_DOCUMENT_CHARS)
              .maxNestingDepth(MAX_NESTING_DEPTH)
              .maxStringLength(MAX_STRING_CHARS)
              .maxNumberLength(40)
              .maxNameLength(256)
              .build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build())
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .build();

  private RoutingJson() {}

  /**
   * Writes a decision as a compact UTF-8 JSON document.
   *
   * @param decision  the decision, not null
   * @return the JSON bytes, not null
   */
  public static byte[] writeBytes(RoutingDecision decision) {
    Objects.requireNonNull(decision, "decision");
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
      DecisionCodec.write(decision, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * Writes a decision as compact JSON text.
   *
   * @param decision  the decision, not null
   * @return the JSON text, not null
   */
  public static String write(RoutingDecision decision) {
    return new String(writeBytes(decision), StandardCharsets.UTF_8);
  }

  /**
   * Reads a decision from JSON text.
   *
   * @param json  the JSON text, not null
   * @return the decision, not null
   * @throws RoutingWireFormatException if the text is not a valid decision document
   */
  public static RoutingDecision read(String json) {
    Objects.requireNonNull(json, "json");
    try (JsonParser p = MAPPER.createParser(json)) {
      return read(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a decision from UTF-8 JSON bytes.
   *
   * @param json  the JSON bytes, not null
   * @return the decision, not null
   * @throws RoutingWireFormatException if the bytes are not a valid decision document
   */
  public static RoutingDecision read(byte[] json) {
    Objects.requireNonNull(json, "json");
    try (JsonParser p = MAPPER.createParser(json)) {
      return read(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static RoutingDecision read(JsonParser p) throws IOException {
    JsonNode tree;
    try {
      if (p.nextToken() == null) {
        throw new RoutingWireFormatException("", "must be a JSON object, the document was empty", null);
      }
      tree = MAPPER.readTree(p);
      if (p.nextToken() != null) {
        throw new RoutingWireFormatException("", "must hold one JSON value; trailing content found", null);
      }
    } catch (StreamConstraintsException e) {
      throw new RoutingWireFormatException(p.getParsingContext().pathAsPointer().toString(),
          "exceeds a size limit: " + e.getOriginalMessage(), e);
    } catch (StreamReadException e) {
      throw new RoutingWireFormatException(p.getParsingContext().pathAsPointer().toString(), "is malformed JSON: "
          + e.getOriginalMessage() + " at line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr(), e);
    } catch (JsonProcessingException e) {
      throw new RoutingWireFormatException(p.getParsingContext().pathAsPointer().toString(),
          "must be a JSON value of the document: " + e.getOriginalMessage(), e);
    }
    if (p.currentToken() == JsonToken.VALUE_NULL || tree == null || tree.isNull()) {
      throw new RoutingWireFormatException("", "must be a JSON object, was null", null);
    }
    return DecisionCodec.read(tree, true);
  }
}
