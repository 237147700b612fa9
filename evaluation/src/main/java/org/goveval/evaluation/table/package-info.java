@NullMarked
package org.goveval.evaluation.table;

import org.jspecify.annotations.NullMarked;
