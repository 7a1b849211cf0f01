package org.tenderwatch.web;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Drops Javalin's own "Failed to start Javalin" log line (named in logback.xml): {@link WebServer#start} turns the
 * same failure (a taken port) into the one-line error the command prints, and a second line saying less would break
 * the "every error is one line" rule. Javalin's other messages pass.
 */
public final class StartFailureLogFilter extends Filter<ILoggingEvent> {
  @Override
  public FilterReply decide(ILoggingEvent event) {
    return "io.javalin.Javalin".equals(event.getLoggerName()) && event.getMessage() != null
        && event.getMessage().startsWith("Failed to start Javalin") ? FilterReply.DENY : FilterReply.NEUTRAL;
  }
}
