/** The JSON wire format and the Open311 GeoReport v2 mapping. */
package org.gridgov.jackson;
