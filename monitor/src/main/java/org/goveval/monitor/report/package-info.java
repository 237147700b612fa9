@NullMarked
package org.goveval.monitor.report;

import org.jspecify.annotations.NullMarked;
