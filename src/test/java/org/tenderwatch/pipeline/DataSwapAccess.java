package org.tenderwatch.pipeline;

import java.io.IOException;
import java.nio.file.Path;

/** Test access to the data-folder helpers. */
public final class DataSwapAccess {
  private DataSwapAccess() {}

  public static void deleteTree(Path dir) throws IOException {
    DataSwap.deleteTree(dir);
  }
}
