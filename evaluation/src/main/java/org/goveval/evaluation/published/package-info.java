@NullMarked
package org.goveval.evaluation.published;

import org.jspecify.annotations.NullMarked;
