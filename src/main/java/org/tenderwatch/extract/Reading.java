package org.tenderwatch.extract;

import java.util.ArrayList;
import java.util.List;
import org.tenderwatch.config.AttachmentLimits;

/**
 * The state of reading one attachment (and everything inside it, if it is an archive): the limits, the time
 * left, the characters kept so far, the archive budget and the notes. One instance per attachment, one thread.
 */
final class Reading {

  final AttachmentLimits limits;
  final Ocr ocr;
  private final long deadlineNanos;
  private final List<String> notes = new ArrayList<>();
  private long chars;
  int ocrPages;
  int archiveEntries;
  long archiveBytes;
  private boolean timeNoted;
  private boolean charsNoted;

  Reading(AttachmentLimits limits, Ocr ocr) {
    this.limits = limits;
    this.ocr = ocr;
    this.deadlineNanos = System.nanoTime() + limits.timeLimit().toNanos();
  }

  /** True once the time cap is reached; the first time, a note says where reading stopped. */
  boolean outOfTime(String where) {
    if (System.nanoTime() - deadlineNanos < 0) {
      return false;
    }
    if (!timeNoted) {
      timeNoted = true;
      note(where + ": time limit of " + limits.timeLimit().toSeconds() + " s reached, the rest not read");
    }
    return true;
  }

  /** Long nanoseconds left before the time cap (at least 1 s, so a started OCR run gets a fair chance). */
  long nanosLeft() {
    return Math.max(1_000_000_000L, deadlineNanos - System.nanoTime());
  }

  /** Keeps the text if the character budget allows, else cuts it and notes that once. */
  String keep(String where, String text) {
    long room = limits.maxChars() - chars;
    if (text.length() <= room) {
      chars += text.length();
      return text;
    }
    if (!charsNoted) {
      charsNoted = true;
      note(where + ": text cut at " + limits.maxChars() + " characters");
    }
    String cut = room <= 0 ? "" : text.substring(0, (int) room);
    chars += cut.length();
    return cut;
  }

  boolean full() {
    return chars >= limits.maxChars();
  }

  void note(String note) {
    notes.add(note);
  }

  List<String> notes() {
    return notes;
  }
}
