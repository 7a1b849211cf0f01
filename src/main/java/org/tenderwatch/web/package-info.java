/**
 * The web UI and JSON API for analysts: search with facets and highlights, case and notice detail with the
 * evidence and the archived original, the flagged dashboard with a chart per month and category, saved searches
 * and source health, over the same store, index and saved searches as the CLI. {@link org.tenderwatch.web.WebServer}
 * starts it (Javalin on Jetty 12) for {@code serve}, {@code run} and {@code demo --serve}.
 *
 * <p>Security by construction: pages are server-rendered strings in which every value passes through
 * {@link org.tenderwatch.web.Html#esc}; no page needs a script, so the Content-Security-Policy allows none;
 * archived HTML is shown only after jsoup's Safelist; archive bytes are found by WARC record id, never by a path;
 * forms carry a CSRF token; beyond loopback the UI needs configured users (PBKDF2 hashes) and sessions.
 */
package org.tenderwatch.web;
