@NullMarked
package org.goveval.monitor.fetch;

import org.jspecify.annotations.NullMarked;
