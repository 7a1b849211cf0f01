/**
 * The composition root: {@link org.tenderwatch.pipeline.Pipeline} builds every stage with plain constructors, in
 * data-flow order (store, archive, index, flag rules; then crawl → archive → extract → flag → link → store + index),
 * and runs a crawl pass or a replay of the archive through the same ingest step. Nothing is found by reflection.
 */
package org.tenderwatch.pipeline;
