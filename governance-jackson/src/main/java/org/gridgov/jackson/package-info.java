/**
 * The stable JSON wire format of the grid governance core: {@link org.gridgov.jackson.GovernanceModule}
 * for Jackson, {@link org.gridgov.jackson.GovernanceJson} for strict reading and writing, and
 * {@link org.gridgov.jackson.WireFormatException}, the one exception for bad input.
 */
package org.gridgov.jackson;
