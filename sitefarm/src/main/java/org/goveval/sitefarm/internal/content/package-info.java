/**
 * Internal: the content of generated sites (columns, articles, titles, dates, identification marks) and its
 * HTML, written so that every link a page contains is known. Not API.
 */
@NullMarked
package org.goveval.sitefarm.internal.content;

import org.jspecify.annotations.NullMarked;
