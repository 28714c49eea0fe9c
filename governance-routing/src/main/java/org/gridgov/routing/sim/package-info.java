/**
 * The deterministic discrete-event simulator for comparing routing policies: event list, named random
 * streams, scenarios, workload, the case-engine seam, metrics with confidence intervals and reports.
 */
package org.gridgov.routing.sim;
