/**
 * Cases: the notices of one procurement (tender, corrections, award, termination) put together. {@link
 * org.tenderwatch.cases.CaseLinker} decides, inside the transaction that writes a notice, which case it joins
 * (the portal's own link, the normalized project number, then a similar title of the same buyer, table-driven by
 * {@code config/cases.yaml}); {@link org.tenderwatch.cases.CaseStore} reads cases back as {@link
 * org.tenderwatch.cases.CaseView}s and sums them per winning supplier. Imports only the kernel (store, config).
 */
package org.tenderwatch.cases;
