package org.gridgov.core.org;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.gridgov.core.people.PersonId;

/** The article's governance rules as checks over a snapshot. */
final class OrganisationRules {
  private OrganisationRules() {}

  static ValidationReport check(Organisation org, RuleConfig config) {
    ImmutableList.Builder<Violation> out = ImmutableList.builder();
    for (Community c : org.communities()) {
      checkCommunity(org, c.id(), out);
    }
    for (Grid g : org.grids()) {
      checkGrid(org, g.id(), config, out);
    }
    for (SinkingUnit u : org.sinkingUnits()) {
      for (CommunityId c : u.communities()) {
        PartyBody subdistrictCommittee = PartyBody.of(c.subdistrict());
        if (!org.partyPostHolders(subdistrictCommittee, PartyPost.PART_TIME_MEMBER).contains(u.partyHead())) {
          out.add(new Violation(RuleId.SINKING_HEAD_ON_SUBDISTRICT_COMMITTEE, u.id().value(),
              "party head " + u.partyHead() + " of sinking unit " + u.id() + " is not a part-time member of the "
                  + "expanded working committee of subdistrict " + c.subdistrict()));
        }
        if (!org.partyPostHolders(PartyBody.of(c), PartyPost.PART_TIME_MEMBER).contains(u.deputy())) {
          out.add(new Violation(RuleId.SINKING_DEPUTY_ON_COMMUNITY_COMMITTEE, u.id().value(),
              "deputy " + u.deputy() + " of sinking unit " + u.id() + " is not a part-time member of the "
                  + "expanded party committee of community " + c));
        }
      }
    }
    org.partyPosts().stream().filter(p -> p.post() == PartyPost.SECRETARY).map(PartyPostAssignment::body)
        .distinct()
        .filter(body -> org.partyPostHolders(body, PartyPost.SECRETARY).size() > 1)
        .forEach(body -> out.add(new Violation(RuleId.ONE_SECRETARY, body.place().code(),
            "the " + body.kind() + " of " + body.place() + " has "
                + org.partyPostHolders(body, PartyPost.SECRETARY).size() + " secretaries")));
    return new ValidationReport(out.build());
  }

  private static void checkCommunity(Organisation org, CommunityId c, ImmutableList.Builder<Violation> out) {
    List<PersonId> chiefs = org.holders(Role.GENERAL_GRID_CHIEF, c);
    if (chiefs.size() != 1) {
      out.add(new Violation(RuleId.ONE_GENERAL_GRID_CHIEF, c.code(),
          "community " + c + " has " + chiefs.size() + " general grid chiefs, must have exactly 1"));
    }
    List<PersonId> secretaries = org.partyPostHolders(PartyBody.of(c), PartyPost.SECRETARY);
    for (PersonId chief : chiefs) {
      if (!secretaries.contains(chief)) {
        out.add(new Violation(RuleId.GENERAL_GRID_CHIEF_IS_SECRETARY, c.code(),
            "general grid chief " + chief + " of community " + c + " is not the community party secretary"));
      }
    }
  }

  private static void checkGrid(Organisation org, GridId g, RuleConfig config, ImmutableList.Builder<Violation> out) {
    List<PersonId> chiefs = org.holders(Role.GRID_CHIEF, g);
    if (chiefs.size() != 1) {
      out.add(new Violation(RuleId.ONE_GRID_CHIEF, g.code(),
          "grid " + g + " has " + chiefs.size() + " grid chiefs, must have exactly 1"));
    }
    List<PersonId> secretaries = org.partyPostHolders(PartyBody.of(g), PartyPost.SECRETARY);
    for (PersonId chief : chiefs) {
      if (!secretaries.contains(chief)) {
        out.add(new Violation(RuleId.GRID_CHIEF_IS_BRANCH_SECRETARY, g.code(),
            "grid chief " + chief + " of grid " + g + " is not the grid party branch secretary (一肩挑)"));
      }
    }
    if (org.holders(Role.GRID_WORKER, g).isEmpty()) {
      out.add(new Violation(RuleId.GRID_HAS_WORKER, g.code(), "grid " + g + " has no full-time grid worker"));
    }
    int households = org.householdCount(g);
    if (!config.isNearReference(households)) {
      out.add(new Violation(RuleId.GRID_SIZE, g.code(), "grid " + g + " has " + households
          + " households, reference is " + config.referenceGridSize() + " ± "
          + Math.round(config.tolerance() * 100) + " %"));
    }
  }
}
