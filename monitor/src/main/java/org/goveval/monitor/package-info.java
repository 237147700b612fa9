/**
 * The monitoring engine (系统监测): polite fetching, the site crawl, link checking, availability probes and
 * content checks. Plain Java. Not built yet: see the monitoring-engine issue; this module exists so that the
 * build and its guard rails cover it from the start.
 */
@NullMarked
package org.goveval.monitor;

import org.jspecify.annotations.NullMarked;
