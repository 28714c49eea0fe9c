/**
 * The organisation: territory from city to household (市 → 街道 → 社区 → 网格 → 楼栋 → 单元 → 户), the party
 * organisation that mirrors it, people and their roles, sinking units, departments, the article's rules
 * as checks and changes as values.
 *
 * <p>Start with {@link org.gridgov.core.org.Organisation#builder(CityId, String)}.
 */
package org.gridgov.core.org;
