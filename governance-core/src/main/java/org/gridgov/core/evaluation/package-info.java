/** Rating scales shared by the case loop's evaluations and accountability's scorecards. */
package org.gridgov.core.evaluation;
