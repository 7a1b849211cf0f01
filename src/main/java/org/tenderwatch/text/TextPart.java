package org.tenderwatch.text;

/**
 * One piece of a notice's text with where it came from. The text is kept as written (for display and
 * evidence); matching folds widths itself (see {@link Fold}).
 */
public record TextPart(Location location, String text) {}
