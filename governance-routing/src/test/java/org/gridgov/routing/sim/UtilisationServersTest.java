package org.gridgov.routing.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gridgov.core.org.CityId;
import org.gridgov.core.org.CommunityId;
import org.gridgov.core.org.GridId;
import org.gridgov.core.org.Level;
import org.gridgov.core.org.Organisation;
import org.gridgov.core.org.PlaceId;
import org.gridgov.core.org.Role;
import org.gridgov.core.org.SubdistrictId;
import org.gridgov.core.people.Person;
import org.gridgov.core.people.PersonId;
import org.gridgov.routing.Jurisdiction;
import org.gridgov.routing.city.CityGenerator;
import org.gridgov.routing.city.CitySpec;
import org.junit.jupiter.api.Test;

/**
 * The servers behind a level's utilisation, counted from the role assignments, are those of the
 * definition: every unit of the level, each with its handlers, at least one.
 */
class UtilisationServersTest {

  private static long byDefinition(Organisation org, Level level) {
    List<? extends PlaceId> units = switch (level) {
      case GRID -> org.grids().stream().map(g -> g.id()).toList();
      case COMMUNITY -> org.communities().stream().map(c -> c.id()).toList();
      case SUBDISTRICT -> org.subdistricts().stream().map(s -> s.id()).toList();
      default -> List.of(org.city());
    };
    return units.stream().mapToLong(u -> Math.max(1, Jurisdiction.handlersAt(org, u).size())).sum();
  }

  @Test
  void generatedCitiesCountEveryUnitsHandlers() {
    for (Organisation org : List.of(CityGenerator.generate(CitySpec.beipiao()),
        CityGenerator.generate(CitySpec.megacity(500)))) {
      for (Level level : List.of(Level.GRID, Level.COMMUNITY, Level.SUBDISTRICT, Level.CITY)) {
        assertThat(Simulator.servers(org, level)).as("%s", level).isEqualTo(byDefinition(org, level));
      }
    }
    // dispatchers sit at the city, the subdistricts and the communities; only the city's serve the city
    Organisation beipiao = CityGenerator.generate(CitySpec.beipiao());
    assertThat(Simulator.servers(beipiao, Level.CITY)).isEqualTo(4);
  }

  /** A unit nobody staffs still counts as one server, and a person holding two roles at a unit as two. */
  @Test
  void anUnstaffedUnitCountsOnceAndEveryAssignmentCounts() {
    CityId city = CityId.parse("211381");
    SubdistrictId sub = city.subdistrict(1);
    CommunityId com = sub.community(1);
    GridId staffed = com.grid(1);
    GridId empty = com.grid(2);
    Organisation.Builder b = Organisation.builder(city, "城");
    b.subdistrict(sub, "街道");
    b.community(com, "社区");
    b.grid(staffed, "一网格", 100);
    b.grid(empty, "二网格", 100);
    for (String id : List.of("w1", "w2", "both")) {
      b.person(Person.of(id, id));
    }
    b.assign(PersonId.of("w1"), Role.GRID_WORKER, staffed);
    b.assign(PersonId.of("w2"), Role.GRID_WORKER, staffed);
    b.assign(PersonId.of("both"), Role.GRID_WORKER, staffed);
    b.assign(PersonId.of("both"), Role.GRID_CHIEF, staffed);
    Organisation org = b.build();
    assertThat(Simulator.servers(org, Level.GRID)).isEqualTo(4 + 1).isEqualTo(byDefinition(org, Level.GRID));
    assertThat(Simulator.servers(org, Level.COMMUNITY)).isEqualTo(1).isEqualTo(byDefinition(org, Level.COMMUNITY));
    assertThat(Simulator.servers(org, Level.CITY)).isEqualTo(1);
  }
}
