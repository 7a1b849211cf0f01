package org.tenderwatch.screen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tenderwatch.config.EntityAliases;

/**
 * Screens the names a notice gives (buyer, suppliers) against one list version and the Chinese alias table.
 * Pure: built once from the rows and the table, then asked per name and notice date.
 *
 * <p>Order of the tests, strongest first: exact (the list's own Chinese name, or its English name/alias written
 * as such), alias (the alias table), pinyin (the name's pinyin is a listed pinyin alias, whole name against whole
 * name), campus (the listed name, then a bracketed place or a place and 分校/校区), subunit (the name starts with a listed
 * Chinese full name and ends in a unit word such as 学院). All
 * comparisons are of whole normalized names: 电子科技大学 is not 中国科学技术大学, 西安电子科技大学 is not
 * 电子科技大学, and no English name is searched for inside another.
 */
public final class Screener {
  /** A place in brackets after the folded name: 哈尔滨工业大学(深圳). */
  private static final Pattern CAMPUS_BRACKET = Pattern.compile("\\(\\p{IsHan}+\\)");
  private static final Pattern HAN_PLACE = Pattern.compile("\\p{IsHan}+");
  private final Map<String, Target> exactZh = new HashMap<>();
  private final Map<String, Target> aliasZh = new HashMap<>();
  private final Map<String, Target> latinExact = new HashMap<>();
  private final Map<String, Target> latinAlias = new HashMap<>();
  /** Full Chinese names that sub-units start with, longest first so 中国科学院物理研究所 wins over 中国科学院. */
  private final Map<String, Target> prefixes = new LinkedHashMap<>();
  private final List<String> unitSuffixes;
  private final List<String> campusSuffixes;
  private final String listVersion;

  private record Target(ListedEntity entity) {}

  public Screener(String listVersion, List<ListedEntity> entities, EntityAliases aliases) {
    this.listVersion = listVersion;
    this.unitSuffixes = aliases.subunitSuffixes();
    this.campusSuffixes = aliases.campusSuffixes();
    Map<String, ListedEntity> byName = new HashMap<>();
    List<Map.Entry<String, Target>> prefixList = new ArrayList<>();
    for (ListedEntity e : entities) {
      Target t = new Target(e);
      byName.putIfAbsent(Names.latin(e.name()), e);
      latinExact.putIfAbsent(Names.latin(e.name()), t);
      for (String alt : e.altNames()) {
        latinAlias.putIfAbsent(Names.latin(alt), t);
      }
      if (e.nameZh() != null) {
        exactZh.putIfAbsent(Names.zh(e.nameZh()), t);
        prefixList.add(Map.entry(Names.fold(e.nameZh()), t));
      }
    }
    for (EntityAliases.Entry a : aliases.entities()) {
      ListedEntity e = byName.get(Names.latin(a.listed()));
      if (e == null) {
        continue; // an alias for an organization this list version does not hold
      }
      Target t = new Target(e);
      for (String n : a.names()) {
        aliasZh.putIfAbsent(Names.zh(n), t);
        prefixList.add(Map.entry(Names.fold(n), t));
      }
      for (String n : a.aliases()) {
        aliasZh.putIfAbsent(Names.zh(n), t);
      }
    }
    latinExact.remove("");
    latinAlias.remove("");
    prefixList.sort((x, y) -> Integer.compare(y.getKey().length(), x.getKey().length()));
    prefixList.forEach(en -> prefixes.putIfAbsent(en.getKey(), en.getValue()));
  }

  public String listVersion() {
    return listVersion;
  }

  /**
   * The listing the name matches, if any, and if the notice is not older than the listing.
   *
   * @param party "buyer" or "supplier"
   * @param noticeDate the notice's publication date; null screens without the date rule
   */
  public Optional<ScreeningHit> screen(String party, String name, LocalDate noticeDate) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    return match(name)
        .filter(m -> noticeDate == null || m.entity().startDate() == null
            || !noticeDate.isBefore(m.entity().startDate()))
        .map(m -> new ScreeningHit(party, name.strip(), m.entity().name(), m.entity().shortList(), m.type(),
            note(m)));
  }

  private static String note(Match m) {
    return switch (m.type()) {
      case "subunit" -> "sub-unit of " + m.entity().name();
      case "campus" -> "campus of " + m.entity().name();
      default -> null;
    };
  }

  /** A match before the date rule: which listing and how. */
  public record Match(ListedEntity entity, String type) {}

  public Optional<Match> match(String name) {
    if (Names.hasHan(name)) {
      String zh = Names.zh(name);
      Target t = exactZh.get(zh);
      if (t != null) {
        return Optional.of(new Match(t.entity(), "exact"));
      }
      t = aliasZh.get(zh);
      if (t != null) {
        return Optional.of(new Match(t.entity(), "alias"));
      }
      String py = Names.pinyin(name);
      t = latinAlias.getOrDefault(py, latinExact.get(py));
      if (t != null && !py.isEmpty()) {
        return Optional.of(new Match(t.entity(), "pinyin"));
      }
      return subunit(Names.fold(name));
    }
    String latin = Names.latin(name);
    Target t = latinExact.get(latin);
    if (t != null) {
      return Optional.of(new Match(t.entity(), "exact"));
    }
    t = latinAlias.get(latin);
    return t == null ? Optional.empty() : Optional.of(new Match(t.entity(), "alias"));
  }

  /**
   * 四川大学计算机学院 → Sichuan University. The rest after the listed name must end in a unit word; a hospital
   * (四川大学华西医院) or a company (川大智胜软件股份有限公司) is not a sub-unit: affiliated hospitals and companies
   * are separate legal persons, which a listing does not cover per se.
   */
  private Optional<Match> subunit(String folded) {
    for (var e : prefixes.entrySet()) {
      String prefix = e.getKey();
      if (folded.length() > prefix.length() && folded.startsWith(prefix)) {
        String rest = folded.substring(prefix.length());
        if (rest.contains("公司")) {
          continue;
        }
        if (isCampus(rest)) {
          return Optional.of(new Match(e.getValue().entity(), "campus"));
        }
        if (unitSuffixes.stream().anyMatch(rest::endsWith)) {
          return Optional.of(new Match(e.getValue().entity(), "subunit"));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * （深圳） alone, or a place then 分校/校区 (威海分校, （威海）校区): the same legal person at another address. A
   * unit inside a campus (（深圳）研究院) stays a sub-unit; anything else after the bracket (（深圳）附属中学) is not a hit.
   */
  private boolean isCampus(String rest) {
    if (CAMPUS_BRACKET.matcher(rest).matches()) {
      return true;
    }
    for (String suffix : campusSuffixes) {
      if (rest.endsWith(suffix)) {
        String place = rest.substring(0, rest.length() - suffix.length());
        return place.isEmpty() || HAN_PLACE.matcher(place).matches() || CAMPUS_BRACKET.matcher(place).matches();
      }
    }
    return false;
  }
}
