@NullMarked
package org.goveval.monitor.links;

import org.jspecify.annotations.NullMarked;
