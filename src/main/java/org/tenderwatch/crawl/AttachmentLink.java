package org.tenderwatch.crawl;

import java.net.URI;

/** An attachment a notice names: the portal URL and the file name as the notice writes it. */
public record AttachmentLink(URI url, String name) {}
