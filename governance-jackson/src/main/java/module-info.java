/** Jackson module giving the core's types a stable, versioned JSON form. */
module org.gridgov.jackson {
  requires transitive org.gridgov.core;
  requires transitive com.fasterxml.jackson.databind;
  requires static org.immutables.value;
}
