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

  /**
   * The value at the path as text, or null when absent, null or blank. A list of plain values (a gpcms
   * {@code catalogueNameList} of several 品目) comes comma-joined, as the ccgp summary joins several entries.
   */
  public static String text(JsonNode root, String path) {
    if (path == null) {
      return null;
    }
    JsonNode n = at(root, path);
    if (n.isMissingNode() || n.isNull()) {
      return null;
    }
    String s = n.isValueNode() ? n.asString() : plainList(n) ? joined(n) : n.toString();
    return s.isBlank() ? null : s.trim();
  }

  private static boolean plainList(JsonNode n) {
    if (!n.isArray()) {
      return false;
    }
    for (JsonNode e : n) {
      if (!e.isValueNode()) {
        return false;
      }
    }
    return true;
  }

  private static String joined(JsonNode list) {
    StringBuilder out = new StringBuilder();
    for (JsonNode e : list) {
      String s = e.asString().trim();
      if (!s.isEmpty()) {
        out.append(out.isEmpty() ? "" : ",").append(s);
      }
    }
    return out.toString();
  }
}
