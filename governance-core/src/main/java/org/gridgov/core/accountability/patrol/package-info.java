/**
 * Patrols (巡查) and check-ins (打卡): GPS tracks, their plausibility, a grid worker's daily patrol
 * compliance against the patrol duty, and attendance from daily check-ins.
 */
package org.gridgov.core.accountability.patrol;
