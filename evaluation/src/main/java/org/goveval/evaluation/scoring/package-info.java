@NullMarked
package org.goveval.evaluation.scoring;

import org.jspecify.annotations.NullMarked;
