package org.tenderwatch.extract;

/** An attachment whose text cannot be read (encrypted, corrupt, not a type we read), with its file name. */
public final class AttachmentException extends Exception {

  private final String fileName;

  public AttachmentException(String fileName, String reason, Throwable cause) {
    super(fileName + ": " + reason, cause);
    this.fileName = fileName;
  }

  public String fileName() {
    return fileName;
  }
}
