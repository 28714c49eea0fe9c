package org.gridgov.core.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The compact code index behaves like a map from code to (insertion handle, payload). */
class CodeTableTest {
  private static final long SEED = 20261127L;

  /**
   * Codes built from the blocks "Aa" and "BB", which have the same {@code hashCode}, so that equal
   * hashes with different characters are common, plus a suffix so that lengths differ too.
   */
  static Gen<String> collidingCodes() {
    return integers().between(0, 1 << 10).zip(integers().between(0, 3), (bits, len) -> {
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < 3 + len; i++) {
        s.append((bits >> i & 1) == 0 ? "Aa" : "BB");
      }
      return s.append(bits % 7).toString();
    });
  }

  @Test
  void addAndFindAgreeWithAMapModel() {
    qt().withFixedSeed(SEED).withExamples(300)
        .forAll(lists().of(collidingCodes()).ofSizeBetween(0, 400), lists().of(collidingCodes()).ofSizeBetween(0, 50))
        .checkAssert((added, probes) -> {
          CodeTable table = new CodeTable(added.size() / 8);
          Map<String, Integer> model = new LinkedHashMap<>();
          for (String code : added) {
            int payload = code.length() * 31 + model.size();
            int handle = table.add(code, payload);
            Integer known = model.get(code);
            if (known == null) {
              assertThat(handle).isEqualTo(model.size());
              model.put(code, handle);
              table.setPayload(table.entry(handle), handle * 7);
            } else {
              assertThat(handle).isEqualTo(-1 - known);
            }
          }
          assertThat(table.size()).isEqualTo(model.size());
          table.trim();
          model.forEach((code, handle) -> {
            int entry = table.find(code);
            assertThat(entry).isEqualTo(table.entry(handle));
            assertThat(table.handle(entry)).isEqualTo(handle);
            assertThat(table.payload(entry)).isEqualTo(handle * 7);
            assertThat(table.code(entry)).isEqualTo(code);
          });
          for (String probe : probes) {
            assertThat(table.find(probe) >= 0).isEqualTo(model.containsKey(probe));
          }
        });
  }

  @Test
  void aCopyIsIndependentOfItsOriginal() {
    CodeTable original = new CodeTable(0);
    original.add("h1", 1);
    CodeTable copy = original.copy();
    assertThat(copy.add("h2", 2)).isEqualTo(1);
    assertThat(copy.add("h1", 9)).isEqualTo(-1);
    assertThat(original.find("h2")).isEqualTo(-1);
    assertThat(original.size()).isEqualTo(1);
    assertThat(copy.payload(copy.find("h1"))).isEqualTo(1);
  }

  @Test
  void aCodeHashingToZeroIsFound() {
    assertThat("".hashCode()).isZero();
    CodeTable table = new CodeTable(0);
    assertThat(table.find("")).isEqualTo(-1);
    assertThat(table.add("", 5)).isZero();
    assertThat(table.payload(table.find(""))).isEqualTo(5);
    assertThat("\0".hashCode()).as("same hash, other length").isZero();
    assertThat(table.find("\0")).isEqualTo(-1);
    assertThat(table.add("\0", 6)).isEqualTo(1);
    assertThat(table.payload(table.find("\0"))).isEqualTo(6);
  }

  @Test
  void growsFarBeyondItsExpectedSize() {
    CodeTable table = new CodeTable(1);
    for (int i = 0; i < 50_000; i++) {
      assertThat(table.add("household-" + i, i)).isEqualTo(i);
    }
    for (int i : List.of(0, 1, 4_095, 4_096, 49_999)) {
      assertThat(table.payload(table.find("household-" + i))).isEqualTo(i);
    }
    assertThat(table.find("household-50000")).isEqualTo(-1);
  }
}
