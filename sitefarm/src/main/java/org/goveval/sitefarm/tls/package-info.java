/**
 * Certificates for the farm's HTTPS faces and for TLS tests: a certificate authority generated in memory that
 * issues server certificates with chosen names and validity (BouncyCastle builds them; the JDK signs).
 */
@NullMarked
package org.goveval.sitefarm.tls;

import org.jspecify.annotations.NullMarked;
