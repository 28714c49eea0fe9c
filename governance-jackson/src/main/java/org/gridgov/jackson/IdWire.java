package org.gridgov.jackson;

import com.fasterxml.jackson.core.io.SerializedString;
import static java.util.Map.entry;

import java.util.Map;
import org.gridgov.core.category.CategoryCode;
import org.gridgov.core.org.BuildingId;
import org.gridgov.core.org.CityId;
import org.gridgov.core.org.CommunityId;
import org.gridgov.core.org.DepartmentId;
import org.gridgov.core.org.GridId;
import org.gridgov.core.org.HouseholdId;
import org.gridgov.core.org.Level;
import org.gridgov.core.org.PlaceId;
import org.gridgov.core.org.SinkingUnitId;
import org.gridgov.core.org.SubdistrictId;
import org.gridgov.core.org.UnitId;
import org.gridgov.core.people.PersonId;

/** Typed identifiers and codes: each one JSON string; a place of any level an object with its level. */
final class IdWire {
  private IdWire() {}

  /** Property names encoded once (see {@link Out#name}). */
  private static final class N {
    static final SerializedString CODE = Out.name("code");
    static final SerializedString LEVEL = Out.name("level");

    private N() {}
  }

  static final StringCodec<CityId> CITY = StringCodec.of(CityId::code, CityId::parse);
  static final StringCodec<SubdistrictId> SUBDISTRICT = StringCodec.of(SubdistrictId::code, SubdistrictId::parse);
  static final StringCodec<CommunityId> COMMUNITY = StringCodec.of(CommunityId::code, CommunityId::parse);
  static final StringCodec<GridId> GRID = StringCodec.of(GridId::code, GridId::parse);
  static final StringCodec<BuildingId> BUILDING = StringCodec.of(BuildingId::value, BuildingId::of);
  static final StringCodec<UnitId> UNIT = StringCodec.of(UnitId::value, UnitId::of);
  static final StringCodec<HouseholdId> HOUSEHOLD = StringCodec.of(HouseholdId::value, HouseholdId::of);
  static final StringCodec<DepartmentId> DEPARTMENT = StringCodec.of(DepartmentId::value, DepartmentId::of);
  static final StringCodec<SinkingUnitId> SINKING_UNIT = StringCodec.of(SinkingUnitId::value, SinkingUnitId::of);
  static final StringCodec<PersonId> PERSON = StringCodec.of(PersonId::value, PersonId::of);
  static final StringCodec<CategoryCode> CATEGORY = StringCodec.of(CategoryCode::value, CategoryCode::of);

  static final EnumCodec<Level> LEVEL = EnumCodec.of(Level.class, Map.of(
      Level.CITY, "city",
      Level.SUBDISTRICT, "subdistrict",
      Level.COMMUNITY, "community",
      Level.GRID, "grid",
      Level.BUILDING, "building",
      Level.UNIT, "unit",
      Level.HOUSEHOLD, "household"));

  /** A place of any level: {@code {"level": "grid", "code": "211381001001001"}}. */
  static final ObjectCodec<PlaceId> PLACE = ObjectCodec.of(
      (p, out) -> out.field(N.LEVEL, p.level(), LEVEL).string(N.CODE, p.code()),
      in -> {
        Level level = in.read("level", LEVEL);
        return in.get("code").text(code -> parse(level, code));
      });

  private static PlaceId parse(Level level, String code) {
    return level.parse(code);
  }

  /** Codecs of the identifier classes, for the registry. */
  static Map<Class<?>, Codec<?>> codecs() {
    return Map.ofEntries(
        entry(CityId.class, CITY),
        entry(SubdistrictId.class, SUBDISTRICT),
        entry(CommunityId.class, COMMUNITY),
        entry(GridId.class, GRID),
        entry(BuildingId.class, BUILDING),
        entry(UnitId.class, UNIT),
        entry(HouseholdId.class, HOUSEHOLD),
        entry(DepartmentId.class, DEPARTMENT),
        entry(SinkingUnitId.class, SINKING_UNIT),
        entry(PersonId.class, PERSON),
        entry(CategoryCode.class, CATEGORY),
        entry(Level.class, LEVEL),
        entry(PlaceId.class, PLACE));
  }
}
