package org.tenderwatch.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The category (品目) a label gives: "品目：服务/信息技术服务/运行维护服务", ccgp's 公告概要 list (several entries
 * comma-joined), a lot's own "品目：" line after another lot's (each read, in page order, a repeat once). What a
 * category label may hold that is no category is left out: the kind of procurement alone (货物 / 服务类 / 工程), a
 * placeholder ("详见采购文件"), a table's next header cell, a row number of a 品目 column (江西's "品目 | 项目名称 | …"
 * over "1 | …"), the project's name.
 */
final class CategoryLabels {

  /** The labels, best first: each names the catalogue entry of the goods, works or service bought. */
  private static final List<String> LABELS = Stream.concat(FieldLabels.CATEGORY.stream(),
      Stream.of("所属品目", "采购目录")).toList();
  /**
   * Labels that name the catalogue only now and then: "采购目录：" also says whether the purchase is inside the
   * centralised list ("政府集中采购目录以内"), so its value counts only with a catalogue code or a catalogue path.
   */
  private static final Set<String> CODE_OR_PATH_ONLY = Set.of("采购目录");
  private static final Pattern CODE_OR_PATH = Pattern.compile("^[ABC][0-9]{2,12}|/");
  /** The kind of procurement alone, as 采购类别 gives it: it says goods, works or services, not which. */
  private static final Pattern KIND = Pattern.compile("^(?:货物|服务|工程)类?$");
  /** A project's or a lot's name put in the field ("某局办公家具采购项目"): a catalogue entry never ends so. */
  private static final Pattern PROJECT = Pattern.compile("(?:项目|标段|采购)$");

  private CategoryLabels() {}

  /** The categories the labels give, comma-joined in page order, or null: the first label that gives one wins. */
  static String find(String text, String projectName) {
    String folded = Fold.fold(text);
    for (String label : LABELS) {
      Set<String> found = new LinkedHashSet<>();
      LabelFinder m = Labels.finder(label, folded);
      while (m.find()) {
        String value = valueAt(text, m.end());
        if (!CODE_OR_PATH_ONLY.contains(label) || CODE_OR_PATH.matcher(Fold.fold(value)).find()) {
          found.addAll(entries(value, projectName));
        }
      }
      if (!found.isEmpty()) {
        return String.join(",", found);
      }
    }
    return null;
  }

  /** The categories of a summary's 品目 cell, comma-joined (a repeat once), or null. */
  static String of(String value, String projectName) {
    Set<String> found = new LinkedHashSet<>(entries(value, projectName));
    return found.isEmpty() ? null : String.join(",", found);
  }

  /**
   * The rest of the line after a label; a catalogue path broken after its slash ("货物/通用设备/" over "台式计算机")
   * goes on with the next line.
   */
  private static String valueAt(String text, int at) {
    List<String> lines = text.substring(at).lines().limit(2).toList();
    String value = lines.isEmpty() ? "" : lines.getFirst().strip();
    value = value.startsWith("|") ? value.substring(1).strip() : value;
    return value.endsWith("/") && lines.size() > 1 ? value + lines.get(1).strip() : value;
  }

  /**
   * The categories of one value. The ccgp summary lists several entries comma-joined
   * ("服务/…/安全运维服务,服务/…/软件运维服务"): a copy that keeps the summary as text keeps the list, so each entry is
   * read as a name and the list ends where an entry ends short of its comma (a space or the next label ended it).
   */
  static List<String> entries(String value, String projectName) {
    List<String> out = new ArrayList<>();
    for (String entry : value == null ? new String[0] : value.split(",")) {
      String name = Labels.name(Categories.joined(entry));
      if (name == null || !isCategory(name, projectName)) {
        break;
      }
      out.add(Categories.named(name));
      if (!name.equals(Categories.joined(entry))) {
        break;
      }
    }
    return out;
  }

  /**
   * Whether a value can name a catalogue entry: what a table cell cannot be ({@link Categories#isName}: a figure, a
   * row number, a colon, the project's name, a column's label such as "数量" under a 品目名称 kept a cell a line), nor
   * a kind alone or a project's name.
   */
  private static boolean isCategory(String name, String projectName) {
    String folded = Fold.fold(name);
    return Labels.isName(name) && Categories.isName(name, projectName) && !KIND.matcher(folded).matches()
        && !PROJECT.matcher(folded).find();
  }
}
