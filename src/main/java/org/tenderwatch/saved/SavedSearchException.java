package org.tenderwatch.saved;

/** A saved-search command that cannot be done (unknown name, name taken, bad name); the message says why. */
public final class SavedSearchException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  SavedSearchException(String message) {
    super(message);
  }
}
