/**
 * Evidence copies: the pages findings cite, as fetched, kept per scan in the shared database ({@code
 * evidence_copy}) so that every node shows every node's evidence; and the pages that show them to logged-in
 * users, never as live HTML.
 */
@NullMarked
package org.goveval.server.evidence;

import org.jspecify.annotations.NullMarked;
