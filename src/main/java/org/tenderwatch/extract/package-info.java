/**
 * Extraction: pure functions from the bytes a crawl fetched to {@link org.tenderwatch.extract.Notice} records.
 * {@link org.tenderwatch.extract.HtmlDecoder} decodes pages with the charset a browser would use (gb2312/gbk
 * read as GB18030); {@link org.tenderwatch.extract.NoticeExtractor} reads the ccgp.gov.cn detail templates (the
 * 公告概要 summary table and the body) and plain portal pages by their field labels, giving type, title, date,
 * buyer, agency, project number, budget, winners per lot with amounts ({@link org.tenderwatch.extract.Amounts}
 * keeps each amount as written beside its value in yuan) and region, plus every text part with its
 * {@link org.tenderwatch.extract.Location}; {@link org.tenderwatch.extract.PdfText} adds attachment text page by
 * page. {@link org.tenderwatch.extract.Fold} width-folds text for matching without moving offsets, and
 * {@link org.tenderwatch.extract.ProjectNumbers} turns project numbers into keys for linking an award to its
 * tender. Nothing here does I/O, reads a clock or keeps state; the golden tests run it on real notices.
 */
package org.tenderwatch.extract;
