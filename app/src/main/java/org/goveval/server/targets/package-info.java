/**
 * A campaign's targets as a file: import from CSV or xlsx (all or nothing, every problem named by file, line
 * and column) and export in the same columns, so that an export imports again unchanged. The format is
 * described in {@code docs/server.md}, section "Targets: import and export".
 */
@NullMarked
package org.goveval.server.targets;

import org.jspecify.annotations.NullMarked;
