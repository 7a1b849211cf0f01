package org.tenderwatch.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a run measured: one JSON tree (machine, JDK, each figure and ratio, goals) for comparing versions, and the
 * same figures as Markdown tables for BENCHMARKS.md.
 */
public final class Report {
  private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  /** A table of BENCHMARKS.md. */
  public record Table(String title, String note, List<String> header, List<List<String>> rows) {}

  /**
   * A goal of the issue.
   *
   * @param met true, false, or null when the run did not measure it
   */
  public record Goal(String goal, String measured, Boolean met, String comment) {}

  private final ObjectNode root = JSON.createObjectNode();
  private final List<Table> tables = new ArrayList<>();
  private final List<Goal> goals = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  public ObjectNode json() {
    return root;
  }

  /** The JSON object of one stage, created on first use. */
  public ObjectNode stage(String name) {
    ObjectNode stages = root.has("stages") ? (ObjectNode) root.get("stages") : root.putObject("stages");
    return stages.has(name) ? (ObjectNode) stages.get(name) : stages.putObject(name);
  }

  public void table(Table t) {
    tables.add(t);
  }

  public void goal(Goal g) {
    goals.add(g);
    ObjectNode o = root.withArray("goals").addObject();
    o.put("goal", g.goal());
    o.put("measured", g.measured());
    if (g.met() == null) {
      o.putNull("met");
    } else {
      o.put("met", g.met());
    }
    o.put("comment", g.comment());
  }

  public void note(String note) {
    notes.add(note);
    root.withArray("notes").add(note);
  }

  public List<Goal> goals() {
    return List.copyOf(goals);
  }

  public String toJson() {
    return JSON.writeValueAsString(root);
  }

  /** BENCHMARKS.md: header, the machine, the goals, then one table per stage. */
  public String toMarkdown(String heading, String intro) {
    StringBuilder b = new StringBuilder("# ").append(heading).append("\n\n").append(intro).append("\n\n");
    b.append("## Machine\n\n");
    var m = root.get("machine");
    m.properties().forEach(e -> b.append("- ").append(e.getKey()).append(": ").append(e.getValue().asString()).append('\n'));
    b.append("\n## Goals\n\n| goal | measured | met | when missed: what this run measured |\n|---|---|---|---|\n");
    for (Goal g : goals) {
      b.append("| ").append(g.goal()).append(" | ").append(g.measured()).append(" | ")
          .append(g.met() == null ? "not run" : g.met() ? "yes" : "**no**").append(" | ").append(g.comment()).append(" |\n");
    }
    tables.forEach(t -> b.append('\n').append(markdown(t)));
    if (!notes.isEmpty()) {
      b.append("\n## Notes\n\n");
      notes.forEach(n -> b.append("- ").append(n).append('\n'));
    }
    return b.toString();
  }

  /** One table as its section of BENCHMARKS.md: "## title", the note, the table. */
  public static String markdown(Table t) {
    StringBuilder b = new StringBuilder("## ").append(t.title()).append("\n\n");
    if (t.note() != null && !t.note().isBlank()) {
      b.append(t.note()).append("\n\n");
    }
    b.append("| ").append(String.join(" | ", t.header())).append(" |\n|");
    b.append("---|".repeat(t.header().size())).append('\n');
    for (List<String> row : t.rows()) {
      b.append("| ").append(String.join(" | ", row)).append(" |\n");
    }
    return b.toString();
  }

  /** The tables of this report (a part run writes only its own sections). */
  public List<Table> tables() {
    return List.copyOf(tables);
  }

  /**
   * {@code text} with the section headed "## {title}" (up to the next "## " heading) replaced by {@code section};
   * appended when there is none. The other sections stay as the last run wrote them.
   */
  public static String splice(String text, String title, String section) {
    int at = text.indexOf("\n## " + title + "\n");
    if (at < 0) {
      return text.stripTrailing() + "\n\n" + section;
    }
    int next = text.indexOf("\n## ", at + 1);
    return text.substring(0, at + 1) + section + (next < 0 ? "" : text.substring(next));
  }

  public static void writeString(Path file, String text) {
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  static String f(double v, int decimals) {
    return String.format(Locale.ROOT, "%,." + decimals + "f", v);
  }
}
