/**
 * Accountability (考核问责): the values shared by its sub-packages — date spans and case references.
 *
 * <p>Sub-packages: {@code patrol} (patrols, GPS plausibility, check-ins and attendance),
 * {@code scorecard} (case outcomes, evaluations, indicators, weighted scorecards), {@code points}
 * (the points ledger of building and unit chiefs) and {@code compliance} (duties against activity logs).
 */
package org.gridgov.core.accountability;
