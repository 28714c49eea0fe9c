/** Synthetic cities for simulation: Beipiao-like and megacity presets built by the article's staffing rules. */
package org.gridgov.routing.city;
