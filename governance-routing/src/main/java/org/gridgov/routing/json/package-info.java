/**
 * The JSON form of routing decisions (分流交办), in the conventions of the gridgov wire format
 * ({@code docs/WIRE-FORMAT.md}): explicit snake_case properties, stable type identifiers, a schema
 * version on the top-level document, strict reading that fails with
 * {@link org.gridgov.routing.json.RoutingWireFormatException}.
 *
 * <p>It lives beside the routing policies rather than in {@code governance-jackson} because that module
 * depends on the core only; identifiers and places are written exactly as {@code governance-jackson}
 * writes them.
 */
package org.gridgov.routing.json;
