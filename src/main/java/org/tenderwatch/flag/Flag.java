package org.tenderwatch.flag;

import org.tenderwatch.text.Location;

/**
 * One piece of evidence that a notice falls in a watched category.
 *
 * @param category the category id from flags.yaml ("nvidia_gpu")
 * @param term the matched term exactly as the notice writes it ("Ａ１００", "8卡A100")
 * @param snippet the text around the term, the term marked as «term»
 * @param location where the text was found
 */
public record Flag(String category, String term, String snippet, Location location) {}
