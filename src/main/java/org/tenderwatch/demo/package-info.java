/**
 * The bundled sample portal: {@link org.tenderwatch.demo.SamplePortal} serves {@code samples/portal/} on
 * 127.0.0.1 as a static mirror of www.ccgp.gov.cn and download.ccgp.gov.cn, so {@code demo} (and the end-to-end
 * tests) can crawl real-template pages without the network.
 */
package org.tenderwatch.demo;
