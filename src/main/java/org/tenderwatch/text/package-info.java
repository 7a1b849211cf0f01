/**
 * The text shared by extraction, search and flagging: a {@link org.tenderwatch.text.TextPart} with its {@link
 * org.tenderwatch.text.Location}, and the one {@link org.tenderwatch.text.TenderAnalyzer} that search and flag
 * matching both use, so a word is cut the same way in both. Part of the kernel: imports no feature.
 */
package org.tenderwatch.text;
