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
  private static final Tree[] NO_VALUES = new Tree[0];
  static final Tree NULL = new Tree(Kind.NULL, "null", 0, 0, NO_NAMES, NO_VALUES, 0);
  static final Tree TRUE = new Tree(Kind.BOOLEAN, "true", 1, 1, NO_NAMES, NO_VALUES, 0);
  static final Tree FALSE = new Tree(Kind.BOOLEAN, "false", 0, 0, NO_NAMES, NO_VALUES, 0);

  final Kind kind;
  /** The string of a string; the text of a number as Jackson's nodes print it. */
  final String text;
  final long longValue;
  final double doubleValue;
  private final String[] names;
  private final Tree[] values;
  final int size;

  private Tree(Kind kind, String text, long longValue, double doubleValue, String[] names, Tree[] values, int size) {
    this.kind = kind;
    this.text = text;
    this.longValue = longValue;
    this.doubleValue = doubleValue;
    this.names = names;
    this.values = values;
    this.size = size;
  }

  /**
   * Reads the value at the parser's current token (and its contents), leaving the parser on its last token.
   *
   * @throws IOException if the parser fails (malformed JSON, a limit exceeded) or a property is duplicated
   */
  static Tree read(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == null) {
      t = p.nextToken();
    }
    switch (t) {
      case START_OBJECT: {
        String[] names = new String[8];
        Tree[] values = new Tree[8];
        Set<String> seen = null;
        int n = 0;
        for (JsonToken f = p.nextToken(); f == JsonToken.FIELD_NAME; f = p.nextToken()) {
          if (n == names.length) {
            names = Arrays.copyOf(names, n * 2);
            values = Arrays.copyOf(values, n * 2);
          }
          String name = p.currentName();
          if (n < LINEAR_DUPLICATE_SCAN ? contains(names, n, name) : !(seen = seen(seen, names, n)).add(name)) {
            throw new JsonParseException(p, "Duplicate field '" + name + "'");
          }
          names[n] = name;
          p.nextToken();
          values[n++] = read(p);
        }
        return new Tree(Kind.OBJECT, null, 0, 0, names, values, n);
      }
      case START_ARRAY: {
        Tree[] values = new Tree[8];
        int n = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
          if (n == values.length) {
            values = Arrays.copyOf(values, n * 2);
          }
          values[n++] = read(p);
        }
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
          return new Tree(Kind.INTEGER, Long.toString(v), v, v, NO_NAMES, NO_VALUES, 0);
        }
      case VALUE_NUMBER_FLOAT: {
        double d = p.getDoubleValue();
        return new Tree(Kind.FLOAT, Double.toString(d), 0, d, NO_NAMES, NO_VALUES, 0);
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

  private static boolean contains(String[] names, int n, String name) {
    for (int i = 0; i < n; i++) {
      if (names[i].equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** Returns the set of the first n names, building it on the first call for a large object. */
  private static Set<String> seen(Set<String> seen, String[] names, int n) {
    if (seen != null) {
      return seen;
    }
    return new HashSet<>(Arrays.asList(names).subList(0, n));
  }

  /** Returns the index of a property, or -1. */
  int indexOf(String name) {
    for (int i = 0; i < size; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  String name(int i) {
    return names[i];
  }

  /** Returns a property's or an element's value. */
  Tree value(int i) {
    return values[i];
  }

  /** Returns whether a JSON Pointer (RFC 6901) names a value inside this one. */
  boolean has(String pointer) {
    Tree at = this;
    if (pointer.isEmpty()) {
      return true;
    }
    for (String token : pointer.substring(1).split("/", -1)) {
      String name = token.replace("~1", "/").replace("~0", "~");
      if (at.kind == Kind.OBJECT) {
        int i = at.indexOf(name);
        if (i < 0) {
          return false;
        }
        at = at.values[i];
      } else if (at.kind == Kind.ARRAY) {
        int i = index(name);
        if (i < 0 || i >= at.size) {
          return false;
        }
        at = at.values[i];
      } else {
        return false;
      }
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
