package org.gridgov.jackson;

import static java.util.Map.entry;

import java.util.Map;
import org.gridgov.core.org.ChangeOutcome;
import org.gridgov.core.org.ChangeRecord;
import org.gridgov.core.org.OrganisationChange;

/**
 * Organisation changes (commands), their records (events) and outcomes: each a document with
 * {@code schema_version} when it stands alone.
 */
final class ChangeWire {
  private ChangeWire() {}

  static final Variants<OrganisationChange> CHANGE = Variants.<OrganisationChange>builder(Variants.Kind.COMMAND)
      .add("reassign_role", OrganisationChange.ReassignRole.class,
          (c, out) -> out.field("role", c.role(), OrgWire.ROLE).field("place", c.place(), IdWire.PLACE)
              .field("from", c.from(), IdWire.PERSON).field("to", c.to(), IdWire.PERSON),
          in -> new OrganisationChange.ReassignRole(in.read("role", OrgWire.ROLE), in.read("place", IdWire.PLACE),
              in.read("from", IdWire.PERSON), in.read("to", IdWire.PERSON)))
      .add("assign_role", OrganisationChange.AssignRole.class,
          (c, out) -> out.field("assignment", c.assignment(), OrgWire.ROLE_ASSIGNMENT),
          in -> new OrganisationChange.AssignRole(in.read("assignment", OrgWire.ROLE_ASSIGNMENT)))
      .add("move_building", OrganisationChange.MoveBuilding.class,
          (c, out) -> out.field("building", c.building(), IdWire.BUILDING).field("to", c.to(), IdWire.GRID),
          in -> new OrganisationChange.MoveBuilding(in.read("building", IdWire.BUILDING), in.read("to", IdWire.GRID)))
      .add("split_grid", OrganisationChange.SplitGrid.class,
          (c, out) -> out.field("source", c.source(), IdWire.GRID).field("new_grid", c.newGrid(), IdWire.GRID)
              .string("name", c.name()).array("buildings", c.buildings(), IdWire.BUILDING)
              .optional("declared_households", c.declaredHouseholds())
              .field("chief", c.chief(), IdWire.PERSON).field("worker", c.worker(), IdWire.PERSON),
          in -> new OrganisationChange.SplitGrid(in.read("source", IdWire.GRID), in.read("new_grid", IdWire.GRID),
              in.text("name"), in.set("buildings", IdWire.BUILDING), in.intOptional("declared_households"),
              in.read("chief", IdWire.PERSON), in.read("worker", IdWire.PERSON)))
      .add("merge_grids", OrganisationChange.MergeGrids.class,
          (c, out) -> out.field("absorbed", c.absorbed(), IdWire.GRID).field("into", c.into(), IdWire.GRID),
          in -> new OrganisationChange.MergeGrids(in.read("absorbed", IdWire.GRID), in.read("into", IdWire.GRID)))
      .add("add_sinking_unit", OrganisationChange.AddSinkingUnit.class,
          (c, out) -> out.field("unit", c.unit(), OrgWire.SINKING_UNIT),
          in -> new OrganisationChange.AddSinkingUnit(in.read("unit", OrgWire.SINKING_UNIT)))
      .build();

  /** The record of an applied change: an event of the organisation's history. */
  static final ObjectCodec<ChangeRecord> RECORD = ObjectCodec.of(
      (r, out) -> {
        if (out.atDocumentRoot()) {
          out.number(In.SCHEMA_VERSION_PROPERTY, In.SCHEMA_VERSION);
        }
        out.number("from_version", r.fromVersion()).number("to_version", r.toVersion())
            .field("change", r.change(), CHANGE).array("effects", r.effects(), ValueWire.TEXT);
      },
      in -> {
        in.document(false);
        return new ChangeRecord(in.get("from_version").integer(0, Long.MAX_VALUE),
            in.get("to_version").integer(0, Long.MAX_VALUE), in.read("change", CHANGE), in.list("effects", ValueWire.TEXT));
      });

  static final Variants<ChangeOutcome> OUTCOME = Variants.<ChangeOutcome>builder(Variants.Kind.STATE_DOCUMENT)
      .add("applied", ChangeOutcome.Applied.class,
          (a, out) -> out.field("organisation", a.organisation(), OrganisationWire.SNAPSHOT)
              .field("record", a.record(), RECORD),
          in -> new ChangeOutcome.Applied(in.read("organisation", OrganisationWire.SNAPSHOT),
              in.read("record", RECORD)))
      .add("rejected", ChangeOutcome.Rejected.class,
          (r, out) -> out.field("change", r.change(), CHANGE).array("violations", r.violations(), OrgWire.VIOLATION),
          in -> new ChangeOutcome.Rejected(in.read("change", CHANGE), in.list("violations", OrgWire.VIOLATION)))
      .build();

  static Map<Class<?>, Codec<?>> codecs() {
    return Map.ofEntries(
        entry(OrganisationChange.class, CHANGE),
        entry(OrganisationChange.ReassignRole.class, CHANGE.only(OrganisationChange.ReassignRole.class)),
        entry(OrganisationChange.AssignRole.class, CHANGE.only(OrganisationChange.AssignRole.class)),
        entry(OrganisationChange.MoveBuilding.class, CHANGE.only(OrganisationChange.MoveBuilding.class)),
        entry(OrganisationChange.SplitGrid.class, CHANGE.only(OrganisationChange.SplitGrid.class)),
        entry(OrganisationChange.MergeGrids.class, CHANGE.only(OrganisationChange.MergeGrids.class)),
        entry(OrganisationChange.AddSinkingUnit.class, CHANGE.only(OrganisationChange.AddSinkingUnit.class)),
        entry(ChangeRecord.class, RECORD),
        entry(ChangeOutcome.class, OUTCOME),
        entry(ChangeOutcome.Applied.class, OUTCOME.only(ChangeOutcome.Applied.class)),
        entry(ChangeOutcome.Rejected.class, OUTCOME.only(ChangeOutcome.Rejected.class)),
        entry(org.gridgov.core.org.Organisation.class, OrganisationWire.SNAPSHOT));
  }
}
