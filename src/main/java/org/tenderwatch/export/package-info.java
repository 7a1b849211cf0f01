/**
 * Exports shared by the CLI and the web UI: CSV lines guarded against spreadsheet formulas, and the columns of a
 * flagged case and of a search hit, so {@code flagged --format csv} and the dashboard's CSV download agree.
 */
package org.tenderwatch.export;
