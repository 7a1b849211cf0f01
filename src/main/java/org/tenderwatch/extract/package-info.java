/**
 * Extraction: pure functions from the bytes a crawl fetched to {@link org.tenderwatch.extract.Notice} records.
 * {@link org.tenderwatch.extract.HtmlDecoder} decodes pages with the charset a browser would use (gb2312/gbk
 * read as GB18030); {@link org.tenderwatch.extract.NoticeExtractor} reads the ccgp.gov.cn detail templates (the
 * 公告概要 summary table and the body) and plain portal pages by their field labels, giving type, title, date,
 * buyer, agency, project number, budget, winners per lot with amounts ({@link org.tenderwatch.extract.Amounts}
 * keeps each amount as written beside its value in yuan) and region, plus every text part with its
 * {@link org.tenderwatch.text.Location}, and the tender details (buyer address, 品目, 最高限价, deadline,
 * opening); {@link org.tenderwatch.extract.Attachments} adds attachment text, choosing the reader from the bytes:
 * PDF pages ({@link org.tenderwatch.extract.PdfText}, scans through {@link org.tenderwatch.extract.Ocr}), Word and
 * Excel (POI), nested ZIP and 7z archives with bomb limits ({@link org.tenderwatch.config.AttachmentLimits}, from the attachments block of config/tenderwatch.yaml). {@link org.tenderwatch.extract.Fold} width-folds text for matching without moving offsets, and
 * {@link org.tenderwatch.extract.ProjectNumbers} turns project numbers into keys for linking an award to its
 * tender. Nothing here keeps state; the only I/O is temporary files for POI and OCR and the optional
 * tesseract process, and the only clock is the per-attachment time limit. The golden tests run it on real notices.
 */
package org.tenderwatch.extract;
