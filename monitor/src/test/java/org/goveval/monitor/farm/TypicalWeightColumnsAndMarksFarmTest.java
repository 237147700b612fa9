package org.goveval.monitor.farm;

import org.goveval.sitefarm.FarmSpec;
import org.goveval.sitefarm.PageWeight;

/**
 * Every assertion of {@link ColumnsAndMarksFarmTest} again, with the test farm's {@code clean} and {@code gbk} in
 * the frame real portal pages carry: a menu under the navigation listing each column's newest articles, and a
 * side bar whose 热点信息 list is longer than those small sites' column lists. Columns, their dates, home-page
 * updates and marks must still equal the manifest (the content farm's sites, which keep the light frame, are
 * scanned again alongside).
 */
class TypicalWeightColumnsAndMarksFarmTest extends ColumnsAndMarksFarmTest {
    @Override
    FarmSpec testFarmSpec() {
        return super.testFarmSpec().withPageWeight(PageWeight.TYPICAL);
    }
}
