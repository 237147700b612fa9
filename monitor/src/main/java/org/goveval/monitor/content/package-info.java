/**
 * Content checks: what a scan reads from a site beyond its links (columns and their updates,
 * identification marks, network facts, functions, wording errors, hidden and poisoned links) and the
 * evidence behind every finding. Each {@link org.goveval.monitor.content.SiteCheck} sees every crawled
 * page once through a {@link org.goveval.monitor.content.PageObserver} while the crawl runs, keeps only
 * small summaries (never whole pages: a site can have 100,000 of them), and writes its part of the report
 * when the crawl is over.
 */
@NullMarked
package org.goveval.monitor.content;

import org.jspecify.annotations.NullMarked;
