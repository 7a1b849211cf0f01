package org.tenderwatch.extract;

/**
 * A winning supplier of one lot. Bidders (投标供应商) and candidates (候选) are never winners.
 *
 * @param lot the lot (包 / 标包) as written, or null when the procurement has one lot
 * @param amount the award amount for this supplier, or null when the notice gives none
 */
public record SupplierAward(String name, String lot, Amount amount) {}
