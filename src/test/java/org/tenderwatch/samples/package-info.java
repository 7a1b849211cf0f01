/**
 * The sample portal under samples/: a static mirror of www.ccgp.gov.cn in its real templates that {@code demo}
 * serves and crawls. {@link org.tenderwatch.samples.SampleCatalog} holds every notice and what a correct crawl
 * makes of it; {@link org.tenderwatch.samples.SamplePortalGenerator} and
 * {@link org.tenderwatch.samples.SamplePdfGenerator} write the pages, PDFs, expected.json and README (run by
 * hand, output committed); {@link org.tenderwatch.samples.SamplePortalTest} checks the committed files on their
 * own, without the catalog.
 */
package org.tenderwatch.samples;
