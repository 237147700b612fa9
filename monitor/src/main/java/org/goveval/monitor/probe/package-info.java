@NullMarked
package org.goveval.monitor.probe;

import org.jspecify.annotations.NullMarked;
