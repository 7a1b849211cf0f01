package org.tenderwatch.digest;

import java.time.Instant;
import java.util.List;

/**
 * Someone who gets the daily digest.
 *
 * @param origin "cli" (added with {@code subscribers add}) or "config" (config/subscribers.yaml)
 * @param since what was found before this instant is never new for them
 * @param searches names of the saved searches they follow
 * @param categories flag categories they follow ("nvidia_gpu")
 */
public record Subscriber(
    String email, String name, String origin, Instant since, List<String> searches, List<String> categories) {
  public Subscriber {
    searches = List.copyOf(searches);
    categories = List.copyOf(categories);
  }
}
