package org.tenderwatch.crawl;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/** Dot paths into JSON ("data.rows", "result.data.data"), as the JSON source configs write them. */
public final class JsonPaths {
  private JsonPaths() {}

  public static JsonNode at(JsonNode root, String path) {
    if (path == null || path.isEmpty()) {
      return root;
    }
    JsonNode n = root;
    for (String part : path.split("\\.")) {
      n = n.isArray() && part.matches("\\d+") ? n.path(Integer.parseInt(part)) : n.path(part);
      if (n.isMissingNode()) {
        return MissingNode.getInstance();
      }
    }
    return n;
  }

  /** The value at the path as text, or null when absent, null or blank. */
  public static String text(JsonNode root, String path) {
    if (path == null) {
      return null;
    }
    JsonNode n = at(root, path);
    if (n.isMissingNode() || n.isNull()) {
      return null;
    }
    String s = n.isValueNode() ? n.asString() : n.toString();
    return s.isBlank() ? null : s.trim();
  }
}
