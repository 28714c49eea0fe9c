package org.gridgov.core.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Random;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.cases.CommandId;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Person and command identifiers are equal exactly when their texts are, whatever the identifiers keep
 * beside the text to compare them quickly (a person identifier packs its first 24 characters into words).
 */
class IdentifierEqualityTest {
  /** Two symbols, so that generated texts often share long prefixes and differ in one place. */
  private static final String SYMBOLS = "a-";

  /** A text of 1 to 64 characters from a seed: a letter, then symbols. */
  private static String text(int length, long seed) {
    Random r = new Random(seed);
    StringBuilder b = new StringBuilder("w");
    while (b.length() < length) {
      b.append(SYMBOLS.charAt(r.nextInt(SYMBOLS.length())));
    }
    return b.toString();
  }

  /** Pairs of texts of equal or neighbouring lengths around the 24 packed characters, often equal. */
  private static Gen<String[]> pairs() {
    return integers().between(1, 64).zip(integers().between(0, 2), integers().between(0, 3),
        integers().between(0, 1_000_000), (length, delta, flip, seed) -> {
          String a = text(length, seed);
          String b = text(Math.min(64, length + delta), seed);
          if (flip > 0 && b.length() > 1) {
            // change one character after the first, often inside or just past the packed part
            int at = 1 + Math.floorMod(seed * 31 + flip * 7, b.length() - 1);
            char c = b.charAt(at) == 'a' ? '-' : 'a';
            b = b.substring(0, at) + c + b.substring(at + 1);
          }
          return new String[] {a, b};
        });
  }

  @Test
  void personIdentifiersAreEqualExactlyWhenTheirTextsAre() {
    qt().withFixedSeed(24).withExamples(5_000).forAll(pairs()).checkAssert(p -> {
      PersonId a = PersonId.of(p[0]);
      PersonId b = PersonId.of(p[1]);
      assertThat(a.equals(b)).as("%s vs %s", p[0], p[1]).isEqualTo(p[0].equals(p[1]));
      assertThat(b.equals(a)).isEqualTo(p[0].equals(p[1]));
      assertThat(a.hashCode()).isEqualTo(p[0].hashCode());
      assertThat(a.value()).isEqualTo(p[0]).isEqualTo(a.toString());
    });
  }

  @Test
  void commandIdentifiersAreEqualExactlyWhenTheirTextsAre() {
    qt().withFixedSeed(25).withExamples(2_000).forAll(pairs()).checkAssert(p -> {
      CommandId a = CommandId.of(p[0]);
      CommandId b = CommandId.of(p[1]);
      assertThat(a.equals(b)).as("%s vs %s", p[0], p[1]).isEqualTo(p[0].equals(p[1]));
      assertThat(a.hashCode()).isEqualTo(p[0].hashCode());
      assertThat(a.value()).isEqualTo(p[0]).isEqualTo(a.toString());
    });
  }

  @Test
  void textsThatDifferOnlyPastThePackedCharactersAreTold() {
    String prefix = "worker-2113810304050-abc";
    assertThat(prefix).hasSize(24);
    assertThat(PersonId.of(prefix + "1")).isNotEqualTo(PersonId.of(prefix + "2"))
        .isNotEqualTo(PersonId.of(prefix)).isEqualTo(PersonId.of(prefix + "1"));
    assertThat(PersonId.of(prefix)).isEqualTo(PersonId.of(new String(prefix.toCharArray())))
        .isNotEqualTo(PersonId.of(prefix.substring(0, 23))).isNotEqualTo(prefix);
  }

  @Test
  void malformedIdentifiersAreRefusedByField() {
    assertThatThrownBy(() -> PersonId.of(null)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("personId");
    assertThatThrownBy(() -> PersonId.of("x".repeat(65))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("personId").hasMessageContaining("1 to 64");
    assertThatThrownBy(() -> new CommandId("-x")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("commandId");
  }
}
