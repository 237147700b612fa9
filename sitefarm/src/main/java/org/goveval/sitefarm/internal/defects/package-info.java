/**
 * Internal: planting defects on a site, one family per class; each places its links at fixed places and
 * routes its URLs. Not API.
 */
@NullMarked
package org.goveval.sitefarm.internal.defects;

import org.jspecify.annotations.NullMarked;
