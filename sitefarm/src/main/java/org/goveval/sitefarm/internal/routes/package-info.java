/**
 * Internal: how generated sites answer, one small route per scenario, each declaring the truth the manifest
 * records about it. Not API.
 */
@NullMarked
package org.goveval.sitefarm.internal.routes;

import org.jspecify.annotations.NullMarked;
