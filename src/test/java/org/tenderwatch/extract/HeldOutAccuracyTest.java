package org.tenderwatch.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Accuracy on the golden set split in two by a fixed hash of the file name, decided before tuning: a notice whose
 * CRC-32 of its base name is divisible by 3 is held out (never tuned on), the rest is the tuning set. Only fields
 * that have a value count (an empty field found empty is not a success). Writes target/held-out-accuracy.md with
 * tuning and held-out side by side, per field and per family. A held-out miss must be listed (with its reason) in
 * its golden file's knownMisses: held-out pages are not tuned on, so their misses are recorded, not fixed, and a
 * new one fails here. Whether the 95 % goal is met is written at the top of the report.
 */
class HeldOutAccuracyTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final double GOAL = 0.95;

  /** Whether a golden notice is held out of tuning: fixed by its name, not by how the extractor does on it. */
  static boolean heldOut(String baseName) {
    CRC32 crc = new CRC32();
    crc.update(baseName.getBytes(StandardCharsets.UTF_8));
    return crc.getValue() % 3 == 0;
  }

  /** Portal family by file-name prefix (realdata/README.md), first match wins. */
  private static final Map<String, String> FAMILIES = new LinkedHashMap<>();

  static {
    FAMILIES.put("ccgp_detail_", "ccgp vF whole page");
    FAMILIES.put("ccgp_uir_", "ccgp vF text blocks");
    FAMILIES.put("ccgptext_", "ccgp vF page text, a crawler's copy");
    FAMILIES.put("ccgpfrag_", "ccgp body fragment, 2017–2019 layouts");
    FAMILIES.put("ccgpvt_", "ccgp vT (≤2016) fragments");
    FAMILIES.put("hosp_", "hospital, aggregator copy");
    FAMILIES.put("univ_", "university CMS");
    FAMILIES.put("prov_", "provincial ccgp site");
    FAMILIES.put("muni_", "municipal ccgp site");
    FAMILIES.put("zcy_", "政采云 / gpcms content");
    FAMILIES.put("ggzy_", "ggzy (公共资源交易)");
    FAMILIES.put("agg_", "aggregator copy");
    FAMILIES.put("hospsite_", "hospital's own site");
    FAMILIES.put("school_", "school notice (own site or text copy)");
    FAMILIES.put("word_", "Word-exported/pasted body (mso markup)");
    FAMILIES.put("central_", "central government body's own site");
  }

  /**
   * Held-out pages that are no clean hold-out: their expected file (labels and notes) was read during tuning work, by
   * mistake or because a brief named it as an example of the conventions (no rule was designed from them), or the
   * page is a near copy of tuning pages; the figures are also given without them.
   */
  static final Set<String> SEEN = Set.of("ggzy_zhangzhou_xiangcheng_sports_park_award",
      "muni_changzhou_tumor_hospital_oxygen_cjgg", "ggzy_kunshan_rizhihu_centre_fitout_award",
      "univ_lnjd_bedding_chengjiao", "ggzy_huzhou_deqing_sports_school_bus_contract",
      "hosp_siping_maternity_equipment_gkzb_2016",
      // one project's 标段 2 of 3 whose lots 1 and 3 are tuning pages: the same text but its lot lines
      "ggzy_kaifeng_lankao_preschool_equipment_lot2_tender",
      // one 山东 project's 包 notices (赛事活动（三）, 包 B–H): the same text but the 包 letter, amounts and period; D, E
      // and H are tuning pages
      "ggzy_shandong_sports_federation_events_b_tender", "ggzy_shandong_sports_federation_events_c_tender",
      "ggzy_shandong_sports_federation_events_f_tender", "ggzy_shandong_sports_federation_events_g_tender",
      // 11j-ggzyws4: one 宁夏 project's 一标段 notice whose 二标段 notice is a tuning page (the same text but the lot name
      // and one qualification sentence's spacing), and one 永城 project's 第一标段 candidates notice whose 第二标段 notice is
      // a tuning page (the same header, parties, number and footer; other candidates and control price)
      "ggzy_shizuishan_dawukou_school_sports_equipment_lot1_tender",
      "ggzy_shangqiu_yongcheng_edu_park_primary_lot1_candidates",
      // a near copy in layout of the tuning page ggzy_shandong_national_fitness_contest_tender, whose notes name it; a
      // helper's grep of its expected file printed its maxPriceCny (11j money2; the column rule came from the tuning page)
      "ggzy_shandong_sports_federation_events_first_tender",
      // 11m-pb: one 内蒙古 project's 磋商公告 whose 更正公告 (same template and parties) is a tuning page; the 釆 rule
      // learnt on the correction also righted it
      "prov_nmg_baotou_qingshan_beihuan_road_resurfacing_tender",
      // 11n-nc: one 扬州市职业大学 award of two kept from one dump, the same template as the tuning one; the contact
      // section's address rule learnt on the tuning page also righted it
      "univ_yangzhou_polytechnic_science_building_survey_award",
      // 11n-nh: the third 扬州市职业大学 notice of that dump, the same template; labelled after the address rule was in
      "univ_yangzhou_polytechnic_retirees_day_trip_award",
      // 11n-ne: the lead tried two ways of keeping a heading's typed spaces and saw this page's title flip between them
      // (its value not looked at) before choosing the one the labelling convention asks for: no clean hold-out since
      "ggzy_nanjing_metro_line1_hvac_energy_control_tender",
      // 11o-pa: a page helper's grep of the held-out misses report printed these two 宜昌 pages' labelled buyer and
      // opening (after its own labels were committed; no rule changed since)
      "ggzy_yichang_yidu_zhongbi_resettlement_outdoor_design_candidates",
      "ggzy_yichang_yiling_dongfang_avenue_rail_crossing_design_candidates",
      // 11o: a termination cue tried on bodies without a title made this page's type fail (pass/fail only seen, no
      // value); the cue was withdrawn from that path, which tells that its label is not that type
      "ggzy_nanping_jianyang_tanshan_sports_equipment_failed",
      // 11p-pb: a page helper printed this page's provenance file (its buyer, agency and opening date named in it);
      // the 夷陵 page's provenance (three unranked rate bids, no winner) was printed too and it is above already
      "ggzy_yichang_yuanan_jiuxian_land_development_lot3_candidates",
      // 11p-pa: a page helper read in full the code-index file that holds these two pages' text (checking it for
      // unused records) while it wrote rules for another 湖南 page: their text, not their labels, was seen
      "prov_hunan_rural_mgmt_plaque_printing_award", "ggzy_bozhou_sports_park_construction_candidates",
      // 11t-pi: the same 彭泽县档案馆 correction posted twice on ccgp.gov.cn (w4_correction_074 and 075, the second
      // with a ［江西省公共资源交易平台］ prefix); this one is held out, its twin a tuning page
      "ccgptext_pengze_archives_digitisation_phase3_correction",
      // 11r-pa: a page helper printed this page's line of realdata/README.md, which gives its project number
      "agg_qianguo_justice_bureau_book_printing_tender",
      // 11r-tb: the 第2包 notice of one 协和医院 project whose 第1包 notice is a tuning page (same number and template)
      "ccgptext_pumch_medical_simulation_training_system_lot2_award",
      // 11s-pb: a page helper printed realdata/README.md rows of these six pages (dates, project numbers, a budget)
      "ccgptext_cicete_goods_project_correction", "ccgptext_ruc_food_supply_lot02_award",
      "ccgptext_scu_canteen_kitchen_equipment_award", "ccgptext_zepu_primary_healthcare_section2_tender",
      "ccgptext_hust_co2_electrocatalysis_module_tender", "ccgptext_cas_tibetan_plateau_data_platform_software_award",
      // 11s-pa: a page helper labelled this page, then wrote two made-up rows of a correction-date rule in its wording
      // (the rule came from a tuning page; this page's two dates then passed)
      "ccgptext_cufe_shahe_foundation_pit_monitoring_correction",
      // 11s-pc: a page helper's grep and tail of realdata/README.md printed these pages' rows (a number, winners and
      // sum, an agency; or the buyer and the date)
      "ccgptext_pumch_medical_prevention_coordination_lots_award",
      "ccgptext_heilongjiang_animal_disease_centre_test_reagents_award", "ccgptext_songzi_sanitation_vehicle_fuel_service_award",
      // 11s-pd: the 包7 notice of one 黄冈师范学院 project whose 包9 notice is a tuning page (same number and template)
      "ccgptext_huanggang_normal_library_databases_lot7_award",
      // 11s-pd: the helper who labelled this page knew its '# ' record line cut the title like a tuning page's (玉山)
      // when it wrote the rule for that page's shape; the rule came from the tuning page, the page is kept apart anyway
      "ccgptext_huaqiao_university_electrohydraulic_lab_award",
      // 11t-pe: a page helper's script sorted failures by test-case name, not page, and printed these three pages'
      // first-run misses (project number, category, opening; category, opening; buyer address) after their labels
      // were committed; no rule was written from them
      "ccgptext_jingdezhen_first_peoples_hospital_staff_canteen_tender",
      "ccgptext_chongyi_ecology_environment_bureau_cleanup_boats_tender",
      "ccgptext_pku_shenzhen_annealing_furnace_ald_equipment_tender",
      // 11t-pb: three more 包 notices (包8, 包18, 包19) of that 黄冈师范学院 project, whose 包9, 包11 and 包14–包17 notices
      // are tuning pages (same number and template; the lot, winner, sums and dates differ)
      "ccgptext_huanggang_normal_library_databases_lot8_award",
      "ccgptext_huanggang_normal_library_databases_lot18_award",
      "ccgptext_huanggang_normal_library_databases_lot19_award",
      // 11t-pf: a page helper's 'git show' of a realdata/README.md commit printed these six pages' provenance rows
      // (titles, dates, project numbers, winners and sums, a budget); no rule was written from them
      "ccgptext_hzau_agri_equipment_center_batch35_award",
      "ccgptext_xjtu_first_hospital_infectious_disease_data_platform_award",
      "ccgptext_pumc_jingfang_building_design_award", "ccgptext_ruc_tongzhou_campus_wall_award",
      "ccgptext_national_agricultural_exhibition_hall_security_award",
      "ccgptext_cas_office_building_section3_repair_award",
      // 11t-pg: a page helper's script paired failures with the wrong test names and printed the extractor's first-run
      // output (title, opening) of two of its own held-out corrections; no rule was written from them
      "ccgptext_wenzhou_fire_rescue_training_base_facilities_maintenance_correction",
      "ccgptext_jilin_tax_bureau_tax_publicity_production_correction");

  /** The portal family of a golden notice, from its file name's prefix. */
  static String family(String baseName) {
    return FAMILIES.entrySet().stream().filter(e -> baseName.startsWith(e.getKey())).map(Map.Entry::getValue)
        .findFirst().orElse(baseName.substring(0, baseName.indexOf('_')));
  }

  @Test
  void heldOutAndTuningAccuracyIsReportedAndEveryHeldOutMissIsKnown() throws Exception {
    Map<String, int[]> byField = new TreeMap<>(); // field -> {tuneRight, tuneTotal, heldRight, heldTotal}
    Map<String, int[]> byFamily = new TreeMap<>();
    List<String> heldMisses = new ArrayList<>();
    List<String> tuneMisses = new ArrayList<>();
    List<String> unlisted = new ArrayList<>();
    int[] all = new int[4];
    int[] spurious = new int[4]; // tuning, held-out; then the same for fallback titles
    int[] unseen = new int[2]; // held-out right, with a value, without the SEEN pages
    for (String file : GoldenNoticesTest.NAMES) {
      String base = GoldenNoticesTest.baseName(file);
      int at = heldOut(base) ? 2 : 0;
      Notice n = GoldenNoticesTest.extract(file);
      JsonNode expected = JSON.readTree(GoldenNoticesTest.resource("golden/" + base + ".expected.json"));
      List<String> wrong = GoldenNoticesTest.mismatches(n, expected);
      for (String field : GoldenNoticesTest.FIELDS) {
        JsonNode v = expected.get(field);
        if (v == null || v.isNull() || v.isArray() && v.isEmpty()) {
          // not in the figures, but counted apart: a value read where the page states none is noise an analyst sees
          // (a title made up by the never-lose fallback, where a body has none, is counted on its own)
          spurious[at / 2 + (field.equals("title") ? 2 : 0)] += wrong.stream().anyMatch(m -> m.startsWith(field + ":"))
              ? 1 : 0;
          continue;
        }
        boolean right = wrong.stream().noneMatch(m -> m.startsWith(field + ":"));
        for (int[] c : List.of(byField.computeIfAbsent(field, k -> new int[4]),
            byFamily.computeIfAbsent(family(base), k -> new int[4]), all)) {
          c[at] += right ? 1 : 0;
          c[at + 1]++;
        }
        if (at == 2 && !SEEN.contains(base)) {
          unseen[0] += right ? 1 : 0;
          unseen[1]++;
        }
        String miss = base + ": " + wrong.stream().filter(m -> m.startsWith(field + ":")).findFirst().orElse("");
        if (!right && at == 0) {
          tuneMisses.add("- tuning miss: " + miss);
        }
        if (!right && at == 2) {
          heldMisses.add("- held-out miss: " + miss);
          JsonNode known = expected.get("knownMisses");
          if (known == null || !known.has(field)) {
            unlisted.add(base + ": " + field);
          }
        }
      }
    }
    List<String> out = new ArrayList<>();
    double held = all[3] == 0 ? 0 : (double) all[2] / all[3];
    out.add(String.format(Locale.ROOT, "Held-out, all fields with a value: %s (goal %.0f %%: %s)", pct(all[2], all[3]),
        GOAL * 100, held >= GOAL ? "met" : "NOT met"));
    out.add("");
    out.add(String.format(Locale.ROOT, "Held-out without the %d pages that are no clean hold-out (labels read"
        + " during tuning, or a near copy of tuning pages: HeldOutAccuracyTest.SEEN): %s (%d / %d)", SEEN.size(), pct(unseen[0], unseen[1]), unseen[0], unseen[1]));
    out.add("");
    out.add("| field | tuning right / with a value | tuning | held-out right / with a value | held-out |");
    out.add("|---|---|---|---|---|");
    byField.forEach((k, c) -> out.add(row(k, c)));
    out.add(row("**all fields**", all));
    out.add("");
    out.add("| family | tuning right / with a value | tuning | held-out right / with a value | held-out |");
    out.add("|---|---|---|---|---|");
    byFamily.forEach((k, c) -> out.add(row(k, c)));
    out.add("");
    out.add(String.format(Locale.ROOT, "Values read where the label has none (not in the figures above): tuning %d,"
        + " held-out %d; besides them, titles made up by the fallback for a body without one: tuning %d, held-out %d.",
        spurious[0], spurious[1], spurious[2], spurious[3]));
    // Three files, so that whoever tunes the extractor reads the figures and the tuning misses without meeting
    // a held-out miss: held-out pages are recorded, never tuned on.
    Path dir = Path.of("target");
    Files.createDirectories(dir);
    Files.write(dir.resolve("held-out-accuracy.md"), out, StandardCharsets.UTF_8);
    Files.write(dir.resolve("tuning-misses.md"), tuneMisses, StandardCharsets.UTF_8);
    Files.write(dir.resolve("held-out-misses.md"), heldMisses, StandardCharsets.UTF_8);
    assertTrue(unlisted.isEmpty(), "held-out misses not listed in knownMisses (see target/held-out-misses.md): "
        + unlisted);
  }

  private static String row(String name, int[] c) {
    return String.format(Locale.ROOT, "| %s | %d / %d | %s | %d / %d | %s |", name, c[0], c[1], pct(c[0], c[1]),
        c[2], c[3], pct(c[2], c[3]));
  }

  private static String pct(int right, int total) {
    return total == 0 ? "–" : String.format(Locale.ROOT, "%.1f %%", 100.0 * right / total);
  }
}
