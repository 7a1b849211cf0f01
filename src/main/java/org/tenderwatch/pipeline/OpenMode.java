package org.tenderwatch.pipeline;

/** How a process uses the data folder; only one process at a time may open it {@link #WRITE}. */
public enum OpenMode {
  /** Database and index read-only: works beside the writer and sees its commits. */
  READ,
  /** Database read-write (SQLite serializes writers across processes), index read-only: for SQL-only changes. */
  SQL,
  /** Everything, including the index and the saved-search monitor, which one process holds. */
  WRITE
}
