/**
 * A loopback HTTP server generating government sites with planted defects and a manifest of the truth, for
 * tests, demos and benchmarks. Not built yet: see the monitoring-engine issue.
 */
@NullMarked
package org.goveval.sitefarm;

import org.jspecify.annotations.NullMarked;
