/** Routing policies that decide who handles a case and when it escalates. */
package org.gridgov.routing;
