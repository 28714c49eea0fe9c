/** Duties as data: who must do what, how often, and the minimum each time (职责与频次). */
package org.gridgov.core.duty;
