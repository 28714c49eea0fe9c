/** Internal helpers shared by the core's packages; not exported, not API. */
package org.gridgov.core.internal;
