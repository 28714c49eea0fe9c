/**
 * Open311 GeoReport v2 for the case loop: services from the category catalogue, cases as service requests
 * with the {@code notes[]} extension, create requests as report commands, and the error array. See
 * {@code docs/OPEN311.md}.
 */
package org.gridgov.jackson.open311;
