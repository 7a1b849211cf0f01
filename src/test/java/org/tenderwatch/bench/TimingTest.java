package org.tenderwatch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The product and the bare library take turns going first, in warm-up and timed rounds alike. */
class TimingTest {

  @Test
  void whichSideGoesFirstAlternatesRoundByRound() {
    List<String> order = new ArrayList<>();
    Timing.alternate(2, 3, () -> order.add("ours"), () -> order.add("bare"));
    assertEquals(List.of("ours", "bare", "bare", "ours", // warm-up rounds 0, 1
        "ours", "bare", "bare", "ours", "ours", "bare"), order); // timed rounds 0, 1, 2
  }
}
