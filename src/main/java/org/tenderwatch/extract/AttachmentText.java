package org.tenderwatch.extract;

import java.util.List;
import org.tenderwatch.text.TextPart;

/**
 * What was read of one attachment: its text parts, and notes on what was not read or read another way
 * ("p.3: image-only page, no OCR available", "stopped after 500 pages", "b.zip/c.rar: unsupported type").
 */
public record AttachmentText(List<TextPart> parts, List<String> notes) {

  public AttachmentText {
    parts = List.copyOf(parts);
    notes = List.copyOf(notes);
  }
}
