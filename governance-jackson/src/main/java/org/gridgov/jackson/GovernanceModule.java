package org.gridgov.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.ser.Serializers;
import java.util.Objects;
import java.util.Optional;

/**
 * Jackson module giving every public value type of the grid governance core a stable JSON form.
 *
 * <p>The wire format is described in {@code docs/WIRE-FORMAT.md}: snake_case property names named
 * one by one, explicit type identifiers, {@code schema_version} on documents, ISO-8601 times,
 * identifiers and codes as strings. Reading goes through the core's validating constructors and
 * builders and fails with {@link WireFormatException}; no Jackson annotation is involved.
 *
 * <p>The module is found by {@code ObjectMapper.findAndRegisterModules()}; registered that way it
 * writes personal data masked. Use {@link #GovernanceModule(PersonalData)} with
 * {@link PersonalData#REVEALED} for a privileged mapper, or {@link GovernanceJson}, which also sets
 * strict parsing and size limits.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GovernanceModule extends Module {
  private final PersonalData personalData;

  /** Creates the module writing personal data masked, as {@code findAndRegisterModules()} does. */
  public GovernanceModule() {
    this(PersonalData.MASKED);
  }

  /**
   * Creates the module with a personal-data setting.
   *
   * @param personalData  how personal data is written, not null
   * @throws NullPointerException if the setting is null
   */
  public GovernanceModule(PersonalData personalData) {
    this.personalData = Objects.requireNonNull(personalData, "personalData");
  }

  /**
   * Returns how this module writes personal data.
   *
   * @return the setting, not null
   */
  public PersonalData personalData() {
    return personalData;
  }

  @Override
  public String getModuleName() {
    return "GovernanceModule";
  }

  @Override
  public Object getTypeId() {
    return GovernanceModule.class.getName() + ":" + personalData;
  }

  @Override
  public Version version() {
    return new Version(0, 1, 0, "SNAPSHOT", "org.gridgov", "governance-jackson");
  }

  @Override
  public void setupModule(SetupContext context) {
    context.addSerializers(new Serializers.Base() {
      @Override
      public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription beanDesc) {
        return serializer(type.getRawClass()).orElse(null);
      }
    });
    context.addDeserializers(new Deserializers.Base() {
      @Override
      public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
          BeanDescription beanDesc) {
        return deserializer(type.getRawClass()).orElse(null);
      }

      @Override
      public JsonDeserializer<?> findEnumDeserializer(Class<?> type, DeserializationConfig config,
          BeanDescription beanDesc) {
        return deserializer(type).orElse(null);
      }

      @Override
      public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
        return Codecs.all().containsKey(valueType);
      }
    });
  }

  private <T> Optional<JsonSerializer<T>> serializer(Class<T> type) {
    return Codecs.of(type).map(c -> new CodecSerializer<>(type, c, personalData));
  }

  private static <T> Optional<JsonDeserializer<T>> deserializer(Class<T> type) {
    return Codecs.of(type).map(c -> new CodecDeserializer<>(type, c));
  }
}
