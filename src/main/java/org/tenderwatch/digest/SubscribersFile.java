package org.tenderwatch.digest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.tenderwatch.config.YamlFiles;

/**
 * config/subscribers.yaml: subscribers kept in version control beside the other config. Optional; the file's
 * subscribers are synchronised into SQL before each digest (see the shipped example for the keys).
 */
public record SubscribersFile(List<Entry> subscribers) {
  public SubscribersFile {
    subscribers = subscribers == null ? List.of() : List.copyOf(subscribers);
  }

  /**
   * @param searches saved-search names
   * @param categories flag category ids from flags.yaml
   */
  public record Entry(String email, String name, List<String> searches, List<String> categories) {
    public Entry {
      if (email == null || !Subscribers.EMAIL.matcher(email).matches()) {
        throw new IllegalArgumentException("subscribers[].email: '" + email + "' is not an e-mail address");
      }
      searches = searches == null ? List.of() : List.copyOf(searches);
      categories = categories == null ? List.of() : List.copyOf(categories);
    }
  }

  /** The file beside tenderwatch.yaml, or no subscribers when there is none. */
  public static SubscribersFile load(Path configHome) {
    Path f = configHome.resolve("subscribers.yaml");
    return Files.isRegularFile(f) ? YamlFiles.read(f, SubscribersFile.class) : new SubscribersFile(List.of());
  }
}
