/**
 * The manifest of a generated site: the truth a scan must reproduce exactly, as records that read and write
 * JSON.
 */
@NullMarked
package org.goveval.sitefarm.manifest;

import org.jspecify.annotations.NullMarked;
