/** The {@code goveval} command line: one picocli command class per subcommand. */
@NullMarked
package org.goveval.cli;

import org.jspecify.annotations.NullMarked;
