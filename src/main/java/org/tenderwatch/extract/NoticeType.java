package org.tenderwatch.extract;

import java.util.Locale;

/** What a notice announces. The JSON contract writes these in lower case. */
public enum NoticeType {
  TENDER,
  AWARD,
  CORRECTION,
  TERMINATION,
  OTHER;

  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static NoticeType fromJson(String s) {
    return valueOf(s.toUpperCase(Locale.ROOT));
  }
}
