/** The two-level classification of cases (事件分类) as data. */
package org.gridgov.core.category;
