package org.gridgov.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.gridgov.core.org.Grid;
import org.gridgov.core.org.Level;
import org.gridgov.core.org.Organisation;
import org.gridgov.core.org.PlaceId;
import org.gridgov.routing.city.CityGenerator;
import org.gridgov.routing.city.CitySpec;
import org.junit.jupiter.api.Test;

/** The memo of decisions naming a place hands out what building them afresh gives, and only for its key. */
class PlaceDecisionMemoTest {
  private static final Organisation ORG = CityGenerator.generate(CitySpec.beipiao());
  private static final List<Level> LADDER = List.of(Level.GRID, Level.COMMUNITY, Level.SUBDISTRICT, Level.CITY);
  private static final String WHY = "the lowest level able to solve it";

  @Test
  void memoisedLadderMovesEqualTheOnesBuiltAfresh() {
    PlaceDecisionMemo memo = new PlaceDecisionMemo();
    for (int round = 0; round < 2; round++) {
      for (Grid g : ORG.grids()) {
        for (Level holderLevel : LADDER) {
          PlaceId holder = Ladder.at(ORG, g.id(), holderLevel);
          CaseFacts facts = CaseFacts.reported(org.gridgov.core.category.CategoryCode.of("0101"), g.id(), holder,
              Urgency.ROUTINE, java.time.Instant.EPOCH);
          for (Level target : LADDER) {
            assertThat(Routes.towards(memo, target, facts, ORG, WHY)).isEqualTo(Routes.towards(target, facts, ORG,
                WHY));
          }
        }
      }
    }
  }

  @Test
  void aKeptDecisionIsFoundOnlyByItsOwnKey() {
    PlaceDecisionMemo memo = new PlaceDecisionMemo();
    PlaceId grid = ORG.grids().get(0).id();
    PlaceId other = ORG.grids().get(1).id();
    RoutingDecision d = new RoutingDecision.HandleHere(Optional.empty(), "handled here: " + WHY);
    assertThat(memo.keep(ORG, PlaceDecisionMemo.Move.HANDLE_HERE, grid, WHY, d)).isSameAs(d);
    assertThat(memo.find(ORG, PlaceDecisionMemo.Move.HANDLE_HERE, grid, WHY)).isSameAs(d);
    assertThat(memo.keep(ORG, PlaceDecisionMemo.Move.HANDLE_HERE, grid, WHY,
        new RoutingDecision.HandleHere(Optional.empty(), "another"))).isSameAs(d);
    assertThat(memo.find(ORG, PlaceDecisionMemo.Move.ASSIGN_DOWN, grid, WHY)).isNull();
    assertThat(memo.find(ORG, PlaceDecisionMemo.Move.HANDLE_HERE, other, WHY)).isNull();
    assertThat(memo.find(ORG, PlaceDecisionMemo.Move.HANDLE_HERE, grid, new String(WHY))).isNull();
    assertThat(memo.find(CityGenerator.generate(CitySpec.beipiao()), PlaceDecisionMemo.Move.HANDLE_HERE, grid, WHY))
        .isNull();
  }
}
