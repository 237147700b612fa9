@NullMarked
package org.goveval.evaluation.ranking;

import org.jspecify.annotations.NullMarked;
