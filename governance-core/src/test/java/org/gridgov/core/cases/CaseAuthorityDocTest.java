package org.gridgov.core.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The authority table of docs/AUTHORITY.md and the code agree. */
class CaseAuthorityDocTest {

  private static final Pattern ROW = Pattern.compile("^\\| ([A-Z_]+) \\| (.+) \\|$", Pattern.MULTILINE);

  @Test
  void docsListEveryCommandKindWithTheRuleTheCodeEnforces() throws IOException {
    Path doc = Path.of("..", "docs", "AUTHORITY.md");
    String text = Files.readString(doc, StandardCharsets.UTF_8);
    Map<String, String> rows = new LinkedHashMap<>();
    Matcher m = ROW.matcher(text);
    while (m.find()) {
      rows.put(m.group(1), m.group(2));
    }
    Map<String, String> code = new LinkedHashMap<>();
    for (CommandKind k : CommandKind.values()) {
      code.put(k.name(), k.authority());
    }
    assertThat(rows).containsExactlyEntriesOf(code);
  }
}
