package org.gridgov.core.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableListMultimap;
import java.util.List;
import org.gridgov.core.people.PersonId;
import org.junit.jupiter.api.Test;

/**
 * The person table behind {@link Organisation#rolesOf} behaves like the multimap it is built from, for
 * identifiers whose hashes often tie ({@link CodeTableTest#collidingCodes}).
 */
class RolesByPersonTest {
  private static final long SEED = 20261127L;
  private static final CityId CITY = CityId.parse("211381");

  @Test
  void agreesWithTheMultimapForHoldersAndStrangers() {
    qt().withFixedSeed(SEED).withExamples(300)
        .forAll(lists().of(CodeTableTest.collidingCodes()).ofSizeBetween(0, 120),
            lists().of(CodeTableTest.collidingCodes()).ofSizeBetween(0, 30))
        .checkAssert((holders, probes) -> {
          ImmutableListMultimap.Builder<PersonId, RoleAssignment> b = ImmutableListMultimap.builder();
          for (int i = 0; i < holders.size(); i++) {
            PlaceId place = i % 2 == 0 ? CITY : CITY.subdistrict(1 + i % 9);
            b.put(PersonId.of(holders.get(i)),
                RoleAssignment.of(PersonId.of(holders.get(i)), Role.CENTER_DISPATCHER, place));
          }
          ImmutableListMultimap<PersonId, RoleAssignment> model = b.build();
          RolesByPerson table = new RolesByPerson(model);
          for (String id : List.copyOf(model.keySet().stream().map(PersonId::value).toList())) {
            // a fresh string, so that the look-up compares characters rather than identity
            assertThat(table.get(PersonId.of(new String(id.toCharArray())))).isEqualTo(model.get(PersonId.of(id)));
          }
          for (String id : probes) {
            assertThat(table.get(PersonId.of(id))).isEqualTo(model.get(PersonId.of(id)));
          }
        });
  }

  @Test
  void anEmptyTableKnowsNobody() {
    assertThat(new RolesByPerson(ImmutableListMultimap.of()).get(PersonId.of("nobody"))).isEmpty();
  }
}
