/**
 * The goveval server ({@code goveval serve}), packaged by feature: {@code campaign} (campaigns, targets,
 * websites), {@code targets} (targets imported and exported as CSV or xlsx), {@code monitoring} (scheduled probes and scans), {@code results} (published tables), {@code
 * security} (accounts, roles, login), {@code users} (password and user pages), {@code audit} (the change log), {@code demo} (the first-start demo) and
 * {@code web} (shared page plumbing).
 */
@NullMarked
package org.goveval.server;

import org.jspecify.annotations.NullMarked;
