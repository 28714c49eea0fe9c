/** Routing policies and the deterministic policy simulator. */
module org.gridgov.routing {
  requires transitive org.gridgov.core;
  requires com.fasterxml.jackson.databind;
  requires org.slf4j;
  requires static org.immutables.value;

  exports org.gridgov.routing;
  exports org.gridgov.routing.city;
  exports org.gridgov.routing.sim;
  exports org.gridgov.routing.json;

  provides com.fasterxml.jackson.databind.Module with org.gridgov.routing.json.RoutingModule;
}
