@NullMarked
package org.goveval.monitor.net;

import org.jspecify.annotations.NullMarked;
