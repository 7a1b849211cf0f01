/**
 * Screening: are a notice's buyer and suppliers on the US Consolidated Screening List (the Entity List)? The list
 * comes in as the trade.gov CSV or JSON layout ({@link org.tenderwatch.screen.CslFile}); the names in notices are
 * Chinese, so a Chinese alias table in {@code config/entity-aliases.yaml} is the primary key, with pinyin against
 * the list's pinyin aliases and sub-units of a listed university as further ways to match
 * ({@link org.tenderwatch.screen.Screener}). Every comparison is of whole normalized names, never of substrings,
 * and a notice published before the listing's start date is not a hit. Pure code: the list rows and the results
 * are stored by {@link org.tenderwatch.screen.ScreeningStore}.
 */
package org.tenderwatch.screen;
