package org.gridgov.jackson;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Reads and writes grid governance documents in the stable wire format, strictly.
 *
 * <p>Its mapper registers {@link GovernanceModule}, refuses duplicate properties and trailing
 * content, and limits documents to {@value #MAX_DOCUMENT_CHARS} characters, nesting to
 * {@value #MAX_NESTING_DEPTH} levels, strings to {@value #MAX_STRING_CHARS} characters, numbers to
 * {@value #MAX_NUMBER_DIGITS} digits and property names to {@value #MAX_NAME_CHARS} characters.
 * Default typing is never enabled. Every bad input makes the {@code read} methods throw
 * {@link WireFormatException}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GovernanceJson {
  /** The largest document read, in characters (or bytes): room for a city of 200,000 households. */
  public static final long MAX_DOCUMENT_CHARS = 64L * 1024 * 1024;
  /** The deepest nesting read; the deepest document of the format nests less than 16 levels. */
  public static final int MAX_NESTING_DEPTH = 64;
  /** The longest string read. */
  public static final int MAX_STRING_CHARS = 1_000_000;
  /** The longest number read; a long has 19 digits. */
  public static final int MAX_NUMBER_DIGITS = 40;
  /** The longest property name read. */
  public static final int MAX_NAME_CHARS = 256;

  private final ObjectMapper mapper;
  private final PersonalData personalData;

  private GovernanceJson(PersonalData personalData) {
    this.personalData = personalData;
    this.mapper = newMapper(personalData);
  }

  /**
   * Returns the standard instance: personal data written masked, safe for logs and public views.
   *
   * @return the instance, not null
   */
  public static GovernanceJson standard() {
    return new GovernanceJson(PersonalData.MASKED);
  }

  /**
   * Returns the privileged instance: personal data written in full, for storage and exchange
   * between trusted systems.
   *
   * @return the instance, not null
   */
  public static GovernanceJson privileged() {
    return new GovernanceJson(PersonalData.REVEALED);
  }

  /**
   * Creates a new mapper configured like this class's: the module, strict parsing, the limits.
   *
   * @param personalData  how personal data is written, not null
   * @return a new mapper the caller owns, not null
   */
  public static ObjectMapper newMapper(PersonalData personalData) {
    Objects.requireNonNull(personalData, "personalData");
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(MAX_DOCUMENT_CHARS)
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxStringLength(MAX_STRING_CHARS)
            .maxNumberLength(MAX_NUMBER_DIGITS)
            .maxNameLength(MAX_NAME_CHARS)
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    return JsonMapper.builder(factory)
        .addModule(new GovernanceModule(personalData))
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .build();
  }

  /**
   * Returns how this instance writes personal data.
   *
   * @return the setting, not null
   */
  public PersonalData personalData() {
    return personalData;
  }

  /**
   * Returns a copy of the configured mapper, e.g. to build readers and writers from.
   *
   * @return a new mapper the caller owns, not null
   */
  public ObjectMapper mapper() {
    return mapper.copy();
  }

  /**
   * Reads a value from JSON text.
   *
   * @param <T>  the type
   * @param json  the JSON text, not null
   * @param type  a type of the core that has a JSON form, not null
   * @return the value, not null
   * @throws WireFormatException if the text is not a valid JSON form of the type
   * @throws IllegalArgumentException if the type has no JSON form
   */
  public <T> T read(String json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    requireCovered(type);
    try (JsonParser p = mapper.createParser(json)) {
      return read(p, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a value from UTF-8 (or UTF-16/32, detected) JSON bytes.
   *
   * @param <T>  the type
   * @param json  the JSON bytes, not null
   * @param type  a type of the core that has a JSON form, not null
   * @return the value, not null
   * @throws WireFormatException if the bytes are not a valid JSON form of the type
   * @throws IllegalArgumentException if the type has no JSON form
   */
  public <T> T read(byte[] json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    requireCovered(type);
    try (JsonParser p = mapper.createParser(json)) {
      return read(p, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a value from a stream of JSON bytes; the stream is not closed.
   *
   * @param <T>  the type
   * @param json  the JSON stream, not null
   * @param type  a type of the core that has a JSON form, not null
   * @return the value, not null
   * @throws WireFormatException if the content is not a valid JSON form of the type
   * @throws IllegalArgumentException if the type has no JSON form
   * @throws UncheckedIOException if reading the stream fails
   */
  public <T> T read(InputStream json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    requireCovered(type);
    try (JsonParser p = mapper.createParser(json)) {
      p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      return read(p, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private <T> T read(JsonParser p, Class<T> type) throws IOException {
    // the codecs' Tree refuses duplicate properties itself, more cheaply than the parser's hash set
    p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    T value;
    try {
      value = mapper.readValue(p, type);
      if (value == null) {
        throw new WireFormatException("", "must be a JSON value of the document, was null or empty", null);
      }
      if (p.nextToken() != null) {
        throw new WireFormatException("", "must hold one JSON value; trailing content found", null);
      }
    } catch (StreamConstraintsException e) {
      throw new WireFormatException(pointer(p.getParsingContext()), "exceeds a size limit: "
          + e.getOriginalMessage(), e);
    } catch (StreamReadException e) {
      throw new WireFormatException(pointer(p.getParsingContext()), "is malformed JSON: "
          + e.getOriginalMessage() + " at line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr(), e);
    } catch (MismatchedInputException e) {
      throw new WireFormatException(pointer(e), "must be a JSON value of the document: " + e.getOriginalMessage(), e);
    } catch (JsonMappingException e) {
      throw new WireFormatException(pointer(e), e.getOriginalMessage(), e);
    } catch (JsonProcessingException e) {
      throw new WireFormatException(pointer(p.getParsingContext()), e.getOriginalMessage(), e);
    }
    return value;
  }

  /**
   * Writes a value as compact JSON text, in the form of its own class.
   *
   * @param value  a value of a type of the core that has a JSON form, not null
   * @return the JSON text, not null
   * @throws IllegalArgumentException if the value's type has no JSON form
   */
  public String write(Object value) {
    Objects.requireNonNull(value, "value");
    return write(value, value.getClass());
  }

  /**
   * Writes a value as compact JSON text, in the form of a type it belongs to: a {@code GridId} as
   * {@code PlaceId} is written with its level, as {@code GridId} it is a plain string.
   *
   * @param value  the value, not null
   * @param type  a type of the value that has a JSON form, not null
   * @return the JSON text, not null
   * @throws IllegalArgumentException if the type has no JSON form or the value is not of the type
   */
  public String write(Object value, Class<?> type) {
    return new String(writeBytes(value, type), StandardCharsets.UTF_8);
  }

  /**
   * Writes a value as compact UTF-8 JSON bytes, in the form of its own class.
   *
   * @param value  a value of a type of the core that has a JSON form, not null
   * @return the JSON bytes, not null
   * @throws IllegalArgumentException if the value's type has no JSON form
   */
  public byte[] writeBytes(Object value) {
    Objects.requireNonNull(value, "value");
    return writeBytes(value, value.getClass());
  }

  /**
   * Writes a value as compact UTF-8 JSON bytes, in the form of a type it belongs to.
   *
   * @param value  the value, not null
   * @param type  a type of the value that has a JSON form, not null
   * @return the JSON bytes, not null
   * @throws IllegalArgumentException if the type has no JSON form or the value is not of the type
   */
  public byte[] writeBytes(Object value, Class<?> type) {
    Objects.requireNonNull(value, "value");
    requireCovered(type);
    if (!type.isInstance(value)) {
      throw new IllegalArgumentException(value.getClass().getName() + " is not a " + type.getName());
    }
    return encode(type, value);
  }

  /**
   * Writes with the codec straight to a generator of the mapper's factory, which is what the mapper's
   * {@code writeValueAsBytes} ends up doing through the module's serializer, without its per-call
   * writer, serializer look-up and context.
   */
  private <T> byte[] encode(Class<T> type, Object value) {
    Codec<T> codec = Codecs.of(type).orElseThrow();
    JsonFactory factory = mapper.getFactory();
    BufferRecycler recycler = factory._getBufferRecycler();
    try (ByteArrayBuilder bytes = new ByteArrayBuilder(recycler)) {
      try (JsonGenerator gen = factory.createGenerator(bytes, JsonEncoding.UTF8)) {
        codec.write(type.cast(value), new Out(gen, personalData));
      }
      byte[] out = bytes.toByteArray();
      bytes.release();
      return out;
    } catch (IOException e) {
      throw new IllegalStateException("writing a " + value.getClass().getName() + " failed", e);
    } finally {
      recycler.releaseToPool();
    }
  }

  private static void requireCovered(Class<?> type) {
    Objects.requireNonNull(type, "type");
    if (!Codecs.all().containsKey(type)) {
      throw new IllegalArgumentException(type.getName() + " has no JSON form in the gridgov wire format");
    }
  }

  private static String pointer(JsonStreamContext context) {
    return context == null ? "" : context.pathAsPointer().toString();
  }

  private static String pointer(JsonMappingException e) {
    StringBuilder out = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      out.append('/');
      out.append(r.getFieldName() != null ? In.escape(r.getFieldName()) : Integer.toString(r.getIndex()));
    }
    return out.toString();
  }
}
