@NullMarked
package org.goveval.monitor.politeness;

import org.jspecify.annotations.NullMarked;
