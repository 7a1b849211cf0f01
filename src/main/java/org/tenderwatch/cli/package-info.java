/**
 * The command line (picocli): one class per subcommand, each with examples in its help. Commands parse options,
 * open the {@link org.tenderwatch.pipeline.Pipeline} and print; they hold no pipeline logic of their own.
 * Exit codes: 0 done, 1 a runtime failure (bad config, unreadable data), 2 a usage error.
 */
package org.tenderwatch.cli;
