/**
 * Grid governance core: the library's exception family and the packages for the organisation,
 * the categories, the calendars, the case loop and accountability.
 */
package org.gridgov.core;
