/**
 * Business calendars and time limits: the four time kinds, working periods, holidays and make-up
 * working days, deadline lights.
 */
package org.gridgov.core.calendar;
