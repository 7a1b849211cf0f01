package org.tenderwatch.store;

/** The database could not do what was asked; the message says which file and what. */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
