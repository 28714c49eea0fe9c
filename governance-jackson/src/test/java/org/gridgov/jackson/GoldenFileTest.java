package org.gridgov.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gridgov.core.org.Organisation;
import org.gridgov.core.people.Person;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The golden files pin the wire format of every type: writing the samples gives them byte for byte. */
class GoldenFileTest {
  private static final ObjectMapper PLAIN = new ObjectMapper();

  @TestFactory
  Stream<DynamicTest> writingTheSamplesGivesTheGoldenFile() {
    return Codecs.all().keySet().stream().sorted((a, b) -> a.getName().compareTo(b.getName()))
        .map(type -> DynamicTest.dynamicTest(type.getName(), () -> {
          List<?> examples = Samples.EXAMPLES.get(type);
          assertThat(examples).as("samples of %s", type).isNotEmpty().allMatch(type::isInstance);
          check(Golden.file(type, ""), Golden.pretty(Golden.PRETTY, type, examples));
        }));
  }

  @TestFactory
  Stream<DynamicTest> readingTheGoldenFileGivesTheSamples() {
    return Codecs.all().keySet().stream().sorted((a, b) -> a.getName().compareTo(b.getName()))
        .map(type -> DynamicTest.dynamicTest(type.getName(), () -> {
          List<?> examples = Samples.EXAMPLES.get(type);
          List<String> documents = documents(Golden.file(type, ""), examples.size());
          for (int i = 0; i < examples.size(); i++) {
            String document = documents.get(i);
            if (Golden.WRITE_ONLY.contains(type)) {
              assertThatThrownBy(() -> Golden.PRIVILEGED.read(document, type))
                  .isInstanceOfSatisfying(WireFormatException.class,
                      e -> assertThat(e.path()).isEqualTo("/organisation/version"));
            } else {
              assertThat(Golden.comparable(Golden.PRIVILEGED.read(document, type)))
                  .isEqualTo(Golden.comparable(examples.get(i)));
            }
          }
        }));
  }

  @TestFactory
  Stream<DynamicTest> maskedPersonalDataHasItsOwnGoldenFiles() {
    return Stream.of(Person.class, Organisation.class).map(type -> DynamicTest.dynamicTest(type.getName(),
        () -> check(Golden.file(type, ".masked"), Golden.pretty(Golden.PRETTY_MASKED, type, Samples.EXAMPLES.get(type)))));
  }

  private static void check(Path file, String written) {
    if (Golden.UPDATE) {
      Golden.write(file, written);
    }
    assertThat(Files.exists(file)).as("golden file %s exists", file).isTrue();
    assertThat(written).as("JSON of the samples against %s", file).isEqualTo(Golden.read(file));
  }

  private static List<String> documents(Path file, int count) throws Exception {
    JsonNode golden = PLAIN.readTree(Golden.read(file));
    List<String> out = new ArrayList<>();
    if (count == 1) {
      out.add(golden.toString());
    } else {
      golden.forEach(n -> out.add(n.toString()));
    }
    assertThat(out).hasSize(count);
    return out;
  }
}
