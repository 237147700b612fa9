package org.goveval.monitor.farm;

import org.goveval.sitefarm.FarmSpec;
import org.goveval.sitefarm.PageWeight;

/**
 * Every assertion of {@link FarmScanTest} again, on the test farm with its pages in the frame real portal pages
 * carry (several times the bytes, 30 to 40 more links a page on these small sites, inline scripts and styles,
 * {@code <option>} values naming other hosts): the findings must still equal the manifest exactly, and the scan must stay as polite.
 */
class TypicalWeightFarmScanTest extends FarmScanTest {
    @Override
    FarmSpec farmSpec() {
        return super.farmSpec().withPageWeight(PageWeight.TYPICAL);
    }
}
