/** Site functions: search, interaction and public messages, service guides, downloads, privacy, site map, accessibility. */
@NullMarked
package org.goveval.monitor.content.functions;

import org.jspecify.annotations.NullMarked;
