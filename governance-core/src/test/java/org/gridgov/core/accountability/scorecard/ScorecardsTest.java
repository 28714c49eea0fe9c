package org.gridgov.core.accountability.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.core.accountability.scorecard.Fixtures.CITY;
import static org.gridgov.core.accountability.scorecard.Fixtures.COMMUNITY;
import static org.gridgov.core.accountability.scorecard.Fixtures.GRID_1;
import static org.gridgov.core.accountability.scorecard.Fixtures.SHANGHAI;
import static org.gridgov.core.accountability.scorecard.Fixtures.WORKER_1;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.gridgov.core.accountability.patrol.CheckIn;
import org.gridgov.core.org.Department;
import org.gridgov.core.org.Organisation;
import org.gridgov.core.org.Role;
import org.gridgov.core.people.Person;
import org.junit.jupiter.api.Test;

/** A month of scorecards for a whole organisation, as the Beipiao example prints them. */
class ScorecardsTest {

  @Test
  void aMonthOfScorecardsCoversEveryAreaCenterDepartmentAndGridWorker() {
    Organisation org = Organisation.builder(CITY, "北票市").subdistrict(COMMUNITY.subdistrict(), "台吉街道")
        .community(COMMUNITY, "舍宅社区").grid(GRID_1, "一网格", 300).person(Person.of("w1", "王网格员"))
        .assign(WORKER_1, Role.GRID_WORKER, GRID_1).departments(Department.standard()).build();
    LocalDate may2 = LocalDate.of(2022, 5, 2);
    DayRecord day = DayRecord.of(may2, List.of(), Scorecards.gridWorkerRoster(org), List.of(),
        List.of(CheckIn.of(WORKER_1, Fixtures.noon(may2))), SHANGHAI);

    List<Scorecard> cards = Scorecards.forMonth(org, Scoreboard.empty().withDay(day), YearMonth.of(2022, 5),
        ScoringScheme.standard());

    assertThat(cards).hasSize(2 + 2 + 2 + Department.standard().size() + 1);
    Scorecard worker = cards.get(cards.size() - 1);
    assertThat(worker.subject()).isEqualTo(new Subject.GridWorker(WORKER_1));
    // patrol 0/1 (25), attendance 1/1 (20) → 20/45
    assertThat(worker.score()).hasValue(44.44);
    assertThat(worker.grade()).contains(Grade.D);
    assertThat(cards.get(cards.size() - 2).grade()).as("a department without cases").isEmpty();
  }
}
