/** Serious wording errors (dictionary driven), hidden links (暗链) and poisoned external links. */
@NullMarked
package org.goveval.monitor.content.wording;

import org.jspecify.annotations.NullMarked;
