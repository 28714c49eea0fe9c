package org.gridgov.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The code table answers exactly as a hash map of the same entries. */
class CodeTableTest {

  @Test
  void findsEveryCodeAndNothingElse() {
    qt().withFixedSeed(11L).withExamples(500)
        .forAll(lists().of(strings().basicLatinAlphabet().ofLengthBetween(0, 6)).ofSizeBetween(0, 40),
            strings().basicLatinAlphabet().ofLengthBetween(0, 6))
        .checkAssert((codes, probe) -> {
          Map<String, Integer> map = new HashMap<>();
          int i = 0;
          for (String code : new LinkedHashSet<>(codes)) {
            map.put(code, i++);
          }
          CodeTable<Integer> table = new CodeTable<>(map);
          map.forEach((code, value) -> assertThat(table.get(code)).isEqualTo(value));
          assertThat(table.get(probe)).isEqualTo(map.get(probe));
        });
  }
}
