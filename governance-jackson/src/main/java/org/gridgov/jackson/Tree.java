package org.gridgov.jackson;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * A read-only JSON value read in one pass from a {@link JsonParser}: the input of {@link In}.
 *
 * <p>It replaces Jackson's {@code JsonNode} tree on the reading path because building that tree
 * (a {@code LinkedHashMap} and a node per value, through the data-binding context) was over a quarter
 * of the time of reading a case (JsonBenchmark). Objects keep their properties in document order in two
 * small arrays; lookups scan them, which beats hashing at the sizes of this format (at most a few dozen
 * properties). The parser has already enforced the syntax and size limits; duplicate properties are
 * refused here, as Jackson's {@code STRICT_DUPLICATE_DETECTION} would (same message), because its
 * hash set per object was a tenth of the time of reading a case: a scan of the names read so far is
 * cheaper at these sizes.
 */
final class Tree {
  enum Kind { OBJECT, ARRAY, STRING, INTEGER, BIG_INTEGER, FLOAT, BOOLEAN, NULL }

  /** Up to this many properties a duplicate is found by scanning; beyond, by hashing (no quadratic cost). */
  private static final int LINEAR_DUPLICATE_SCAN = 16;
  private static final String[] NO_NAMES = new String[0];
  private static final Object[] NO_VALUES = new Object[0];
  /** The node of every string value; the string itself is stored in its container (see {@link #value}). */
  static final Tree STRING = new Tree(Kind.STRING, null, 0, 0, NO_NAMES, NO_VALUES, 0);
  static final Tree NULL = new Tree(Kind.NULL, "null", 0, 0, NO_NAMES, NO_VALUES, 0);
  static final Tree TRUE = new Tree(Kind.BOOLEAN, "true", 1, 1, NO_NAMES, NO_VALUES, 0);
  static final Tree FALSE = new Tree(Kind.BOOLEAN, "false", 0, 0, NO_NAMES, NO_VALUES, 0);

  final Kind kind;
  /** The string of a string, the text of a big integer; null for other numbers (see {@link #numberText()}). */
  final String text;
  final long longValue;
  final double doubleValue;
  private final String[] names;
  /** The values: a {@code String} for a JSON string (no node of its own), else a {@code Tree}. */
  private final Object[] values;
  final int size;

  private Tree(Kind kind, String text, long longValue, double doubleValue, String[] names, Object[] values, int size) {
    this.kind = kind;
    this.text = text;
    this.longValue = longValue;
    this.doubleValue = doubleValue;
    this.names = names;
    this.values = values;
    this.size = size;
  }

  /**
   * The properties and elements of the containers being read, as a stack: a container's entries are
   * copied into arrays of their exact size when it ends, so no array is grown or over-allocated.
   */
  private static final class Scratch {
    String[] names = new String[64];
    Object[] values = new Object[64];
    int top;

    int push() {
      if (top == names.length) {
        names = Arrays.copyOf(names, top * 2);
        values = Arrays.copyOf(values, top * 2);
      }
      return top++;
    }
  }

  /** Reads a value inside a container: a string as itself, anything else as a node. */
  private static Object readValue(JsonParser p, Scratch s) throws IOException {
    return p.currentToken() == JsonToken.VALUE_STRING ? p.getText() : read(p, s);
  }

  /**
   * Reads the value at the parser's current token (and its contents), leaving the parser on its last token.
   * A string at the root is read as a node of kind STRING with its text.
   *
   * @throws IOException if the parser fails (malformed JSON, a limit exceeded) or a property is duplicated
   */
  static Tree read(JsonParser p) throws IOException {
    return read(p, new Scratch());
  }

  private static Tree read(JsonParser p, Scratch s) throws IOException {
    JsonToken t = p.currentToken();
    if (t == null) {
      t = p.nextToken();
    }
    switch (t) {
      case START_OBJECT: {
        int base = s.top;
        Set<String> seen = null;
        for (JsonToken f = p.nextToken(); f == JsonToken.FIELD_NAME; f = p.nextToken()) {
          String name = p.currentName();
          int n = s.top - base;
          if (n < LINEAR_DUPLICATE_SCAN ? contains(s.names, base, s.top, name)
              : !(seen = seen(seen, s.names, base, s.top)).add(name)) {
            throw new JsonParseException(p, "Duplicate field '" + name + "'");
          }
          int slot = s.push();
          s.names[slot] = name;
          p.nextToken();
          s.values[slot] = readValue(p, s);
        }
        int n = s.top - base;
        String[] names = n == 0 ? NO_NAMES : Arrays.copyOfRange(s.names, base, s.top);
        Object[] values = n == 0 ? NO_VALUES : Arrays.copyOfRange(s.values, base, s.top);
        s.top = base;
        return new Tree(Kind.OBJECT, null, 0, 0, names, values, n);
      }
      case START_ARRAY: {
        int base = s.top;
        while (p.nextToken() != JsonToken.END_ARRAY) {
          int slot = s.push();
          s.values[slot] = readValue(p, s);
        }
        int n = s.top - base;
        Object[] values = n == 0 ? NO_VALUES : Arrays.copyOfRange(s.values, base, s.top);
        s.top = base;
        return new Tree(Kind.ARRAY, null, 0, 0, NO_NAMES, values, n);
      }
      case VALUE_STRING:
        return new Tree(Kind.STRING, p.getText(), 0, 0, NO_NAMES, NO_VALUES, 0);
      case VALUE_NUMBER_INT:
        if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
          BigInteger big = p.getBigIntegerValue();
          return new Tree(Kind.BIG_INTEGER, big.toString(), 0, big.doubleValue(), NO_NAMES, NO_VALUES, 0);
        } else {
          long v = p.getLongValue();
          return new Tree(Kind.INTEGER, null, v, v, NO_NAMES, NO_VALUES, 0);
        }
      case VALUE_NUMBER_FLOAT: {
        double d = p.getDoubleValue();
        return new Tree(Kind.FLOAT, null, 0, d, NO_NAMES, NO_VALUES, 0);
      }
      case VALUE_TRUE:
        return TRUE;
      case VALUE_FALSE:
        return FALSE;
      case VALUE_NULL:
        return NULL;
      default:
        throw new IllegalStateException("unexpected token " + t);
    }
  }

  /**
   * Scans the names read so far, comparing hash codes first: Jackson canonicalises property names, so
   * their hash codes are computed once and cached in the String.
   */
  private static boolean contains(String[] names, int from, int to, String name) {
    int hash = name.hashCode();
    for (int i = from; i < to; i++) {
      if (names[i].hashCode() == hash && names[i].equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** Returns the set of the names read so far, building it on the first call for a large object. */
  private static Set<String> seen(Set<String> seen, String[] names, int from, int to) {
    if (seen != null) {
      return seen;
    }
    return new HashSet<>(Arrays.asList(names).subList(from, to));
  }

  /** Returns the index of a property, or -1. */
  int indexOf(String name) {
    return indexOf(name, 0);
  }

  /**
   * Returns the index of a property, or -1, scanning from a hint onwards and then wrapping around:
   * codecs read properties in the order they write them, so the hint "after the last one found"
   * usually hits at once.
   */
  int indexOf(String name, int from) {
    int hash = name.hashCode();
    for (int i = from; i < size; i++) {
      if (names[i].hashCode() == hash && names[i].equals(name)) {
        return i;
      }
    }
    for (int i = 0; i < from && i < size; i++) {
      if (names[i].hashCode() == hash && names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  String name(int i) {
    return names[i];
  }

  /** Returns a property's or an element's value: a {@code String} for a JSON string, else a {@code Tree}. */
  Object value(int i) {
    return values[i];
  }

  /** Returns whether a JSON Pointer (RFC 6901) names a value inside this one. */
  boolean has(String pointer) {
    if (pointer.isEmpty()) {
      return true;
    }
    String[] tokens = pointer.substring(1).split("/", -1);
    Object at = this;
    for (String token : tokens) {
      if (!(at instanceof Tree)) {
        return false;
      }
      Tree tree = (Tree) at;
      String name = token.replace("~1", "/").replace("~0", "~");
      int i = tree.kind == Kind.OBJECT ? tree.indexOf(name) : tree.kind == Kind.ARRAY ? index(name) : -1;
      if (i < 0 || i >= tree.size) {
        return false;
      }
      at = tree.values[i];
    }
    return true;
  }

  private static int index(String token) {
    if (token.isEmpty() || token.length() > 9 || (token.length() > 1 && token.charAt(0) == '0')) {
      return -1;
    }
    int v = 0;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /** Returns the text of a number as Jackson's nodes print it, for error messages. */
  String numberText() {
    switch (kind) {
      case INTEGER:
        return Long.toString(longValue);
      case FLOAT:
        return Double.toString(doubleValue);
      default:
        return text;
    }
  }

  /** Describes the JSON type for error messages: "an object", "a string", "null". */
  String describe() {
    switch (kind) {
      case OBJECT:
        return "an object";
      case ARRAY:
        return "an array";
      case STRING:
        return "a string";
      case INTEGER:
      case BIG_INTEGER:
      case FLOAT:
        return "a number";
      case BOOLEAN:
        return "a boolean";
      default:
        return "null";
    }
  }
}
