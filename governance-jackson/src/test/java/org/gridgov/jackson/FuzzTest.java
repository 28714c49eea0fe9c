package org.gridgov.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random mutations of valid documents (the golden files) never raise anything but
 * {@link WireFormatException}: they read, or fail with the documented exception.
 */
class FuzzTest {
  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final String JUNK = "{}[],:\"\\ 0-eE.tn";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private record Document(Class<?> type, JsonNode json) {}

  @Test
  void mutatedDocumentsReadOrFailWithTheDocumentedException() throws Exception {
    List<Document> documents = new ArrayList<>();
    for (Map.Entry<Class<?>, Codec<?>> e : Codecs.all().entrySet()) {
      JsonNode golden = PLAIN.readTree(Golden.read(Golden.file(e.getKey(), "")));
      if (Samples.EXAMPLES.get(e.getKey()).size() == 1) {
        documents.add(new Document(e.getKey(), golden));
      } else {
        golden.forEach(n -> documents.add(new Document(e.getKey(), n)));
      }
    }
    int[] outcomes = new int[2];
    qt().withFixedSeed(42L).withExamples(4000).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      Document d = documents.get(r.nextInt(documents.size()));
      String text = mutate(r, d.json());
      try {
        Object value = Golden.PRIVILEGED.read(text, d.type());
        assertThat(value).isInstanceOf(d.type());
        outcomes[0]++;
      } catch (WireFormatException expected) {
        assertThat(expected.path()).isNotNull();
        assertThat(expected.rule()).isNotBlank();
        outcomes[1]++;
      }
    });
    assertThat(outcomes[0]).as("some mutations still read").isPositive();
    assertThat(outcomes[1]).as("some mutations fail").isPositive();
  }

  /** Applies one to three structural mutations, sometimes followed by a textual one. */
  static String mutate(Random r, JsonNode original) {
    JsonNode doc = original.deepCopy();
    int n = 1 + r.nextInt(3);
    for (int i = 0; i < n; i++) {
      doc = mutateNode(r, doc);
    }
    String text = doc.toString();
    if (r.nextInt(5) == 0 && !text.isEmpty()) {
      int at = r.nextInt(text.length());
      switch (r.nextInt(3)) {
        case 0:
          text = text.substring(0, at);
          break;
        case 1:
          text = text.substring(0, at) + JUNK.charAt(r.nextInt(JUNK.length())) + text.substring(at);
          break;
        default:
          text = text.substring(0, at) + text.substring(Math.min(text.length(), at + 1));
      }
    }
    return text;
  }

  private static JsonNode mutateNode(Random r, JsonNode root) {
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    if (containers.isEmpty() || r.nextInt(10) == 0) {
      return randomValue(r);
    }
    JsonNode target = containers.get(r.nextInt(containers.size()));
    if (target instanceof ObjectNode o) {
      List<String> names = new ArrayList<>();
      for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
        names.add(it.next());
      }
      String name = names.isEmpty() ? "x" : names.get(r.nextInt(names.size()));
      switch (r.nextInt(4)) {
        case 0:
          o.remove(name);
          break;
        case 1:
          o.set(name, randomValue(r));
          break;
        case 2:
          o.set(name + "_", o.get(name) == null ? randomValue(r) : o.get(name));
          o.remove(name);
          break;
        default:
          o.set(name, tweak(r, o.get(name)));
      }
    } else if (target instanceof ArrayNode a) {
      int size = a.size();
      switch (r.nextInt(3)) {
        case 0:
          if (size > 0) {
            a.remove(r.nextInt(size));
          }
          break;
        case 1:
          a.add(size > 0 ? a.get(r.nextInt(size)).deepCopy() : randomValue(r));
          break;
        default:
          if (size > 0) {
            int i = r.nextInt(size);
            a.set(i, tweak(r, a.get(i)));
          }
      }
    }
    return root;
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isContainerNode()) {
      out.add(node);
      node.forEach(child -> collect(child, out));
    }
  }

  /** A nearby value: numbers shifted or negated, strings cut or altered, booleans flipped. */
  private static JsonNode tweak(Random r, JsonNode value) {
    if (value == null) {
      return randomValue(r);
    }
    if (value.isIntegralNumber()) {
      long v = value.longValue();
      long[] choices = {v + 1, v - 1, -v, 0, Long.MAX_VALUE, Integer.MAX_VALUE + 1L};
      return NODES.numberNode(choices[r.nextInt(choices.length)]);
    }
    if (value.isTextual()) {
      String s = value.textValue();
      String[] choices = {"", " ", s.isEmpty() ? s : s.substring(0, s.length() - 1), s + "0", s.toUpperCase(),
          "0" + s, s.replace('1', '0'), s + "\u0000"};
      return NODES.textNode(choices[r.nextInt(choices.length)]);
    }
    if (value.isBoolean()) {
      return NODES.booleanNode(!value.booleanValue());
    }
    return randomValue(r);
  }

  private static JsonNode randomValue(Random r) {
    switch (r.nextInt(9)) {
      case 0:
        return NODES.nullNode();
      case 1:
        return NODES.booleanNode(r.nextBoolean());
      case 2:
        return NODES.numberNode(r.nextInt());
      case 3:
        return NODES.numberNode(r.nextDouble() * 1e6);
      case 4:
        return NODES.textNode("211381001001001");
      case 5:
        return NODES.textNode("x" + r.nextInt(100));
      case 6:
        return NODES.objectNode();
      case 7:
        return NODES.arrayNode();
      default:
        return NODES.numberNode(new java.math.BigInteger("123456789012345678901234567890"));
    }
  }
}
