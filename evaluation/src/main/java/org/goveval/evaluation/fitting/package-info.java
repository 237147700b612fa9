@NullMarked
package org.goveval.evaluation.fitting;

import org.jspecify.annotations.NullMarked;
