package org.tenderwatch.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts wrong passwords per user name and per client address; after {@code web.signInFailures} in a row the name
 * or address is refused for {@code web.signInLockMinutes}. Both keys, so neither guessing many passwords for one
 * name nor one password for many names from one address goes on unchecked. In memory: a restart forgets, which
 * only restores the attacker's first few tries.
 */
final class SignInThrottle {
  private static final int MAX_TRACKED = 10_000;

  private final int limit;
  private final Duration lock;
  private final Clock clock;
  private final Map<String, State> states = new ConcurrentHashMap<>();

  private record State(int failures, Instant lockedUntil) {}

  SignInThrottle(int limit, Duration lock, Clock clock) {
    this.limit = limit;
    this.lock = lock;
    this.clock = clock;
  }

  /** @return how long the user or address must still wait, or {@link Duration#ZERO} to go ahead */
  Duration waitFor(String user, String address) {
    Instant now = clock.instant();
    Duration wait = Duration.ZERO;
    for (String key : keys(user, address)) {
      State s = states.get(key);
      if (s != null && s.lockedUntil() != null && now.isBefore(s.lockedUntil())) {
        Duration left = Duration.between(now, s.lockedUntil());
        wait = left.compareTo(wait) > 0 ? left : wait;
      }
    }
    return wait;
  }

  void failed(String user, String address) {
    Instant now = clock.instant();
    states.values().removeIf(s -> s.lockedUntil() != null && now.isAfter(s.lockedUntil()));
    if (states.size() > MAX_TRACKED) {
      states.values().removeIf(s -> s.lockedUntil() == null); // a flood of names must not grow memory without end
    }
    for (String key : keys(user, address)) {
      states.compute(key, (k, s) -> {
        int n = (s == null || s.lockedUntil() != null ? 0 : s.failures()) + 1;
        return n >= limit ? new State(0, now.plus(lock)) : new State(n, null);
      });
    }
  }

  void succeeded(String user, String address) {
    for (String key : keys(user, address)) {
      states.remove(key);
    }
  }

  private static String[] keys(String user, String address) {
    return new String[] {"user:" + user, "address:" + address};
  }
}
