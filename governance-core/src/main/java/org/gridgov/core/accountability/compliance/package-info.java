/**
 * Duty compliance (履职考核): the duties of the organisation model evaluated against activity logs,
 * period by period, into a report per person and unit.
 */
package org.gridgov.core.accountability.compliance;
