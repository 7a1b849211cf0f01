package org.tenderwatch.cli;

/** Output formats of the listing commands. */
enum Format {
  table,
  json,
  csv
}
