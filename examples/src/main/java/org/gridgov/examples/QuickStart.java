package org.gridgov.examples;

import org.gridgov.core.org.CityId;
import org.gridgov.core.org.CommunityId;
import org.gridgov.core.org.GridId;
import org.gridgov.core.org.Organisation;
import org.gridgov.core.org.PartyPost;
import org.gridgov.core.org.Role;
import org.gridgov.core.org.SubdistrictId;
import org.gridgov.core.people.Person;
import org.gridgov.core.people.PersonId;

/** The README's quick start, compiled and run by a test so that it cannot rot. */
public final class QuickStart {
  private QuickStart() {}

  /**
   * Runs the quick start.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    // tag::quickstart[]
    CityId city = CityId.parse("211381");                 // 北票市, GB/T 2260 code
    SubdistrictId taiji = city.subdistrict(1);            // 211381001 台吉街道
    CommunityId shezhai = taiji.community(1);             // 211381001001 舍宅社区
    GridId grid = shezhai.grid(1);                        // 211381001001001, the unit-grid code

    Organisation org = Organisation.builder(city, "北票市")
        .subdistrict(taiji, "台吉街道")
        .community(shezhai, "舍宅社区")
        .grid(grid, "舍宅第一网格", 300)                   // declares 300 households
        .person(Person.of("wang", "王书记").withPhone("13800138000"))
        .person(Person.of("li", "李网格长"))
        .assign(PersonId.of("wang"), Role.GENERAL_GRID_CHIEF, shezhai)
        .partyPost(PersonId.of("wang"), PartyPost.SECRETARY, shezhai)
        .assign(PersonId.of("li"), Role.GRID_CHIEF, grid)
        .build();

    System.out.println(org.person(PersonId.of("wang")).orElseThrow()); // personal data masked
    org.check().violations().forEach(System.out::println);          // every broken rule at once
    // end::quickstart[]
  }
}
