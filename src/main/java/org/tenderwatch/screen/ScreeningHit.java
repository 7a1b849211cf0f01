package org.tenderwatch.screen;

/**
 * A party of a notice found on a screening list.
 *
 * @param party buyer or supplier
 * @param name the name as the notice writes it
 * @param listedName the listed English name
 * @param list the list ("Entity List (EL)")
 * @param match exact (the list's Chinese name), alias (the alias table or a listed English alias), pinyin
 *     (the name's pinyin equals a listed pinyin alias), subunit (a college, lab or institute inside a listed
 *     organization), campus (a campus or branch of a listed university: 哈尔滨工业大学（深圳）)
 * @param note for a sub-unit, "sub-unit of Sichuan University"; for a campus, "campus of Harbin Institute of
 *     Technology"; else null
 */
public record ScreeningHit(String party, String name, String listedName, String list, String match, String note) {}
