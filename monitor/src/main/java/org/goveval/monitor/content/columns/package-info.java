/** Columns (栏目): discovery, classification by name, dates of listed items, staleness; home-page updates. */
@NullMarked
package org.goveval.monitor.content.columns;

import org.jspecify.annotations.NullMarked;
