/**
 * Flagging: finds the evidence that a notice falls in a watched category (Nvidia data-centre GPUs,
 * Azure OpenAI, AWS, Amazon Bedrock, or any category an analyst adds to {@code config/flags.yaml}).
 * {@link org.tenderwatch.flag.Flagger} compiles each (category, rule) into a Lucene interval query
 * held in a {@link org.apache.lucene.monitor.Monitor}, matches every text part of a notice against
 * all of them in one batch, and turns each match into a {@link org.tenderwatch.flag.Flag}: the term
 * exactly as the notice writes it, a snippet with the term marked «term», and where it was found. It
 * shares its analyzer with the search index ({@link org.tenderwatch.text.TenderAnalyzer}), so a term
 * that finds a notice in search also flags it. Pure: text in, flags out; no storage, no clock.
 */
package org.tenderwatch.flag;
