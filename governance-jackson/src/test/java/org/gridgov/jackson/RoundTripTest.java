package org.gridgov.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** For every type: generate, write, read, and get an equal value back (privileged, with full personal data). */
class RoundTripTest {

  @TestFactory
  Stream<DynamicTest> readingWhatWasWrittenGivesAnEqualValue() {
    return Codecs.all().keySet().stream().filter(t -> !Golden.WRITE_ONLY.contains(t))
        .sorted((a, b) -> a.getName().compareTo(b.getName()))
        .map(type -> DynamicTest.dynamicTest(type.getName(), () -> {
          Function<Random, ?> generator = RandomValues.BY_TYPE.get(type);
          assertThat(generator).as("generator of %s", type).isNotNull();
          qt().withFixedSeed(20261127L).withExamples(type.getSimpleName().equals("Organisation") ? 100 : 300)
              .forAll(longs().all())
              .checkAssert(seed -> {
                Object value = generator.apply(new Random(seed));
                assertThat(value).isInstanceOf(type);
                String json = Golden.PRIVILEGED.write(value, type);
                Object back = Golden.PRIVILEGED.read(json, type);
                assertThat(Golden.comparable(back)).as(json).isEqualTo(Golden.comparable(value));
                assertThat(Golden.PRIVILEGED.read(Golden.PRIVILEGED.writeBytes(value, type), type).getClass())
                    .isEqualTo(back.getClass());
              });
        }));
  }
}
