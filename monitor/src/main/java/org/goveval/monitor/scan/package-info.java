@NullMarked
package org.goveval.monitor.scan;

import org.jspecify.annotations.NullMarked;
