/**
 * A loopback HTTP server generating Chinese government sites with planted defects and a manifest of the truth,
 * for the monitor's tests, demos and benchmarks. Start with {@link org.goveval.sitefarm.SiteFarm#start}; the
 * manifest records live in {@link org.goveval.sitefarm.manifest}; {@code internal} packages are not API.
 */
@NullMarked
package org.goveval.sitefarm;

import org.jspecify.annotations.NullMarked;
