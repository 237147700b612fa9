/** Network facts of a site: IPv6 (AAAA records, reachability) and HTTPS (availability, certificate, HSTS). */
@NullMarked
package org.goveval.monitor.content.network;

import org.jspecify.annotations.NullMarked;
