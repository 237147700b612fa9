@NullMarked
package org.goveval.evaluation.system;

import org.jspecify.annotations.NullMarked;
