@NullMarked
package org.goveval.monitor.crawl;

import org.jspecify.annotations.NullMarked;
