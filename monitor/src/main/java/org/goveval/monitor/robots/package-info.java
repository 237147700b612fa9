@NullMarked
package org.goveval.monitor.robots;

import org.jspecify.annotations.NullMarked;
