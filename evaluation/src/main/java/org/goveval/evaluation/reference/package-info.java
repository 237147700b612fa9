@NullMarked
package org.goveval.evaluation.reference;

import org.jspecify.annotations.NullMarked;
