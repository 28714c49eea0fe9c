package org.gridgov.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's quick start is the compiled {@link QuickStart}, and it prints what the README says. */
class QuickStartTest {

  @Test
  void readmeShowsExactlyTheCompiledQuickStart() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    String block = readme.substring(readme.indexOf("```java\n") + 8);
    block = block.substring(0, block.indexOf("```"));
    String source = Files.readString(Path.of("src/main/java/org/gridgov/examples/QuickStart.java"));
    String tagged = source.substring(source.indexOf("// tag::quickstart[]\n") + 21,
        source.indexOf("    // end::quickstart[]"));
    assertThat(normalise(block)).isEqualTo(normalise(tagged));
  }

  @Test
  void quickStartPrintsTheMaskedPersonAndTheBrokenRules() {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      QuickStart.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("王**").contains("138****8000").doesNotContain("王书记").doesNotContain("13800138000");
    assertThat(out).contains("GOV-004 211381001001001: grid chief li of grid 211381001001001 is not the grid party"
        + " branch secretary (一肩挑)");
    assertThat(out).contains("GOV-005 211381001001001: grid 211381001001001 has no full-time grid worker");
  }

  private static List<String> normalise(String code) {
    List<String> lines = Arrays.stream(code.split("\n")).map(String::strip).collect(Collectors.toList());
    return lines.stream().filter(l -> !l.isEmpty()).collect(Collectors.toList());
  }
}
