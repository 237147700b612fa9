/**
 * Users' own passwords and the admins' user pages: create a user with a one-time password, reset it, disable
 * and enable; every change audited, never with a password or its hash. The accounts themselves (the table,
 * the login, the must-change and disabled states applied to each request) are in {@code security}.
 */
@NullMarked
package org.goveval.server.users;

import org.jspecify.annotations.NullMarked;
