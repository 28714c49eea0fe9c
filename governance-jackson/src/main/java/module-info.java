/**
 * Jackson module giving the core's types a stable, versioned JSON form.
 *
 * <p>{@link org.gridgov.jackson.GovernanceModule} is found by {@code ObjectMapper.findAndRegisterModules()}.
 */
module org.gridgov.jackson {
  requires transitive org.gridgov.core;
  requires transitive com.fasterxml.jackson.databind;
  requires static org.immutables.value;

  exports org.gridgov.jackson;
  exports org.gridgov.jackson.open311;

  provides com.fasterxml.jackson.databind.Module with org.gridgov.jackson.GovernanceModule;
}
