/**
 * Internal: assembling a site from its plan and its defects, and computing its manifest from the links its
 * pages really render. Not API.
 */
@NullMarked
package org.goveval.sitefarm.internal.site;

import org.jspecify.annotations.NullMarked;
