package org.tenderwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tenderwatch.text.Location;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the extractor on every real notice in src/test/resources/realdata and compares it, field by field, with
 * the hand-checked golden/<name>.expected.json. A failure lists every field that differs.
 */
class GoldenNoticesTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  static final List<String> NAMES = List.of(
      "ccgp_detail_shenzhen_longhua_aircon_award.html",
      "ccgp_uir_001_broadcast_security_supervision.json", "ccgp_uir_002_special_equipment_bid.json",
      "ccgp_uir_003_radiation_monitoring_award.json", "ccgp_uir_004_veterinary_platform_award.json",
      "ccgp_uir_005_rehabilitation_equipment_award.json", "ccgp_uir_006_vaccine_tender.json",
      "ccgp_uir_007_testing_equipment_award.json", "ccgp_uir_008_desktop_award.json",
      "ccgp_uir_009_pollutant_monitoring_award.json", "ccgp_uir_010_ultrasound_award.json",
      // 11a: provincial ccgp, 政采云/gpcms, ggzy and ccgp vT pages
      "prov_hunan_dingcheng_court_a4_paper_award.block.txt", "prov_hunan_rural_mgmt_plaque_printing_award.block.txt",
      "prov_hunan_changsha_realestate_registry_software_award.block.txt",
      "ggzy_bozhou_sports_park_construction_candidates.block.txt", "zcy_gx_chest_hospital_ecmo_ultrasound_tender.html",
      "prov_hunan_qinggong_school_cctv_broadcast_award.block.txt",
      "ggzy_qinghai_xining_dongchuan_power_equipment_award.html",
      "prov_hunan_agri_univ_staff_housing_waterproofing_award.block.txt",
      "prov_hunan_guzhang_school_computer_room_award.html",
      "zcy_zj_fuyang_new_teacher_training_tender.html",
      "prov_hunan_highway_bureau_village_road_inspection_award.block.txt",
      "ccgpvt_2016_cstm_cloud_migration_award.html",
      "ggzy_qinghai_pollution_monitoring_operators_award.html",
      "zcy_gx_rongxian_lizhigen_road_award.html",
      "prov_hunan_lengshuijiang_procuratorate_office_supplies_award.block.txt",
      "zcy_gx_wuzhou_workers_hospital_monitors_tender.html",
      "univ_lnjd_dorm_renovation_tender.jsp", "univ_lnjd_finance_module_chengjiao.jsp",
      "univ_lnjd_sportswear_chengjiao.jsp", "univ_lnjd_workwear_caigou_gonggao.jsp",
      "univ_lnjd_military_uniform_chengjiao.jsp", "univ_lnjd_bedding_chengjiao.jsp",
      "hosp_fjsl_jzxtp_2015.php.txt", "hosp_malipo_endoscope_gkzb_2016.php.txt",
      "hosp_sdqilu_icu_equipment_gkzb_2016.php.txt", "hosp_xishui_telemedicine_gkzb_2015.php.txt",
      "hosp_zhangbei_coal_gkzb_2015.php.txt",
      "zcy_gx_rongxian_land_consulting_award.html", "muni_changzhou_tumor_hospital_oxygen_cjgg.html",
      "prov_gdgpo_zhongshan_hrss_expo_tender.html", "ggzy_jlsy_fuyu_hospital_ct_tube_award.block.txt",
      "prov_hubei_ezhou_shatang_school_it_award.block.txt", "agg_woyaobid_beijing_chaoyang_police_correction.block.txt",
      "agg_bazhuayu_zhuhai_edu_cloud_award.block.txt",
      "ccgpfrag_2019_bsj_sangongyiye_design_award.html",
      "prov_hunan_changsha_police_service_platform_award.block.txt",
      "prov_hunan_changsha_traffic_police_aircon_award.block.txt", "prov_hunan_changsha_bridge_inspection_award.block.txt",
      "ccgp_detail_guizhou_qingzhen_solar_streetlight_award.html",
      // issue 11, helper 11b: university, hospital-site, school, municipal and aggregator pages
      "agg_hnzbtb_nanyang_ligong_multimedia_award.block.txt", "school_xinmin_library_upgrade_award.block.txt",
      "school_xinmin_lobby_team_room_award.block.txt", "hospsite_suzhou_municipal_office_renovation_award.block.txt",
      "muni_jiande_genglou_greening_prebid_award.html", "agg_healthcms_nmec_certificates_award.html",
      "muni_xiangxi_guzhang_classroom_equipment_award.html", "univ_tju_math_school_renovation_award.block.txt",
      "agg_jiansheng_tongling21_smartboard_award.html", "muni_zhoukou_huaiyang_kindergarten_tender.html",
      "univ_hit_housing_heating_award_part.block.txt", "hosp_siping_maternity_equipment_gkzb_2016.php.txt",
      "agg_jusfoun_nanning_xixiangtang_police_correction.block.txt",
      "school_fuzhou_cangshan6_vr_classroom_award.block.txt",
      // issue 11, helper 11f: ggzy.gov.cn award/result pages (text blocks), Word-pasted bodies, a university's ccgp page
      "ggzy_qingdao_huangdao_exam_patrol_award.block.txt", "ggzy_chengdu_pidu_youth_sports_events_award.block.txt",
      "ggzy_renhuai_no1_middle_school_power_award.block.txt", "ggzy_renhuai_no6_middle_school_power_award.block.txt",
      "ggzy_nanping_jianyang_tanshan_sports_equipment_failed.block.txt",
      "ggzy_huaying_sports_park_labour_candidates.block.txt", "word_yueyang_npc_meeting_system_tender.html",
      "ggzy_chongqing_olympic_centre_repairs_award.block.txt", "ggzy_nanyang_sports_school_games_equipment_award.block.txt",
      "ggzy_zhangzhou_xiangcheng_sports_park_award.block.txt", "ggzy_kunshan_rizhihu_centre_fitout_award.block.txt",
      "ccgp_detail_jinan_univ_dorm_renovation_award.html",
      "ggzy_liangshan_elderly_centre_solar_heater_tender.block.txt",
      "ggzy_dianjiang_sports_park_lighting_candidates.block.txt",
      "word_cangnan_air_monitoring_equipment_award.html",
      // 11h-word: Word-pasted bodies, municipal and provincial ccgp pages
      "prov_liaoning_syut_software_college_embedded_platform_tender.html",
      "word_gxygcg_rongan_yufeng_cement_meter_calibration_award.html",
      "word_sohunj_lanzhou_baoji_third_hospital_audiometer_tender.html",
      "prov_shanghai_transport_commission_sentiment_monitoring_award.block.txt",
      "prov_gdgpo_family_planning_institute_desktop_bidding_award.html",
      "muni_zhongshan_huangpu_hospital_lab_outsourcing_award.html",
      // 11h-agg: 政采云 bodies (a two-lot result, two tenders) and a flattened ccgp vF page text
      "zcy_gx_nandan_social_assistance_award.html", "zcy_gx_lingyun_maternity_hospital_equipment_tender.html",
      "zcy_zj_linping_donghu_incubator_equipment_tender.html",
      "ccgp_uir_shanghai_sports_base_hip_testing_tender.block.txt",
      "agg_wzcms_ruian_bridge_inspection_tender.html",
      // 11h-univ: university CMS notices (a result table, label-row result, a tender under a stray heading)
      "univ_lnjd_workwear_chengjiao_table.jsp", "univ_lnjd_security_testing_tender.jsp",
      "univ_lnjd_finance_module_result.jsp",
      // 11h-ggzy: ten ggzy.gov.cn content-frame text blocks from places not yet in the set
      "ggzy_hainan_sanya_yazhou_fitness_park_award.block.txt",
      "ggzy_leshan_ebian_culture_centre_fitout_correction.block.txt",
      "ggzy_maanshan_dangtu_culture_bureau_canteen_award.block.txt",
      "ggzy_bazhong_bazhou_cable_tv_maintenance_award.block.txt",
      "ggzy_xinjiang_lottery_marathon_services_award.block.txt",
      "ggzy_naqu_stadium_wall_epc_candidates.block.txt",
      "ggzy_luoyang_fitness_equipment_renewal_tender.block.txt",
      "ggzy_jinan_lixia_school_security_tender.block.txt",
      "ggzy_kunming_wujiaba_sports_park_design_build_tender.block.txt",
      "ggzy_shandong_marathon_league_operation_tender.block.txt",
      "ggzy_wuhan_sports_bureau_fitness_games_tender.block.txt",
      "ggzy_xuzhou_sports_school_equipment_correction.block.txt",
      // 11i-ggzy: more ggzy.gov.cn content-frame text blocks (results with winners, a deal, a contract, tenders)
      "ggzy_shanghai_badminton_team_sponsorship_deal.block.txt",
      "ggzy_huzhou_deqing_sports_school_bus_contract.block.txt",
      "ggzy_jingmen_eco_park_stadium_roof_correction.block.txt",
      "ggzy_xinjiang_lottery_10km_race_award.block.txt",
      "ggzy_chongqing_shapingba_gym_drainage_award.block.txt",
      "ggzy_dianjiang_stadium_roof_candidates.block.txt",
      "ggzy_hubei_lottery_outlet_training_lot2_tender.block.txt",
      "ggzy_shandong_sports_federation_events_g_tender.block.txt",
      "ggzy_xuancheng_bnu_school_smart_sports_tender.block.txt",
      // 11j-ggzyprov: a 大连 Epoint 中标公示 body (label/value sheet) and a 新疆 网上超市 result kept as text
      "ggzy_dalian_malanhe_park_lighting_award.html",
      "prov_xinjiang_dabancheng_xigou_stapler_mall_award.block.txt",
      // 11j-aggzcy: a ccgp 2019 two-lot 成交 page (概要 + body), a 政采云 资格预审 body, two masked aggregator copies
      "ccgpfrag_2019_gx_tcm_hospital_gynecology_equipment_award.html",
      "zcy_gx_jiaotong_college_kunlun_ppp_prequal_tender.html",
      "agg_masked_hubei_liuguo_woven_bag_tender.html",
      "agg_masked_jinan_lengshuigou_school_fitout_tender.html",
      // 11j-cms: a 娄底 result body, first part only (its 新疆 网上超市 page was the same notice as 11j-ggzyprov's,
      // labelled apart by two helpers: all 15 fields agreed; the prov_ copy is kept)
      "muni_loudi_liangang_public_toilets_award_part.html",
      // 11j-ggzyws: more ggzy.gov.cn content-frame text blocks (results, a contract, candidates, tenders)
      "ggzy_beijing_sports_bureau_prepaid_dispute_legal_award.block.txt",
      "ggzy_beijing_sports_bureau_venue_supervision_award.block.txt",
      "ggzy_gansu_agri_univ_stadium_renovation_award.block.txt",
      "ggzy_shanghai_fengxian_sports_centre_vehicle_insurance_contract.block.txt",
      "ggzy_xinjiang_lottery_wuchang_billboard_award.block.txt",
      "ggzy_jilin_sports_bureau_athlete_insurance_tender.block.txt",
      "ggzy_xinyu_sports_centre_pa_cctv_tender.block.txt",
      "ggzy_chongqing_sports_bureau_office_services_tender.block.txt",
      "ggzy_qinhuangdao_shanhaiguan_preschool_toys_tender.block.txt",
      "ggzy_rizhao_sports_school_nutrition_tender.block.txt",
      "ggzy_hefei_lujiang_fitness_games_operation_tender.block.txt",
      "ggzy_ganzi_seda_school_grain_oil_tender.block.txt",
      "ggzy_shanghai_lottery_marathon_brand_tender.block.txt",
      "ggzy_ganzi_luding_fitness_centre_construction_candidates.block.txt",
      // 11j-leads: code-index leads (a 苍南 政采云 result body, a 长兴 Word-pasted 发包公告, a 龙游 works tender)
      "zcy_zj_cangnan_yanpu_bay_coastline_survey_award.html",
      "word_changxing_heping_chengshan_road_works_tender.html",
      "ggzy_longyou_miaoxiaxi_flood_control_works_tender.html",
      // 11j-leads2: a code-index lead (a 苍南 Word-pasted works 招标公告 with no-break-space column gaps)
      "word_cangnan_lingxi_police_station_fitout_tender.html");
  static final List<String> FIELDS = List.of("type", "title", "publishedAt", "buyer", "agency", "projectNo",
      "budgetCny", "awardCny", "suppliers", "region", "buyerAddress", "category", "maxPriceCny", "bidDeadline",
      "bidOpening");

  static Stream<String> files() {
    return NAMES.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void matchesGolden(String file) throws IOException {
    Notice notice = extract(file);
    JsonNode expected = JSON.readTree(resource("golden/" + baseName(file) + ".expected.json"));
    List<String> mismatches = new ArrayList<>(mismatches(notice, expected));
    // A known miss is written into the golden file with its reason; it counts against the accuracy table
    // (FieldAccuracyTest), and if the extractor starts getting it right this test says so.
    JsonNode known = expected.get("knownMisses");
    for (String field : FIELDS) {
      boolean missed = mismatches.removeIf(m -> m.startsWith(field + ":"));
      if (known != null && known.has(field) && !missed) {
        mismatches.add(field + ": listed as a known miss but now right; drop it from knownMisses");
      }
      if (missed && (known == null || !known.has(field))) {
        mismatches.addAll(mismatches(notice, expected).stream().filter(m -> m.startsWith(field + ":")).toList());
      }
    }
    assertTrue(mismatches.isEmpty(), file + " mismatches:\n  " + String.join("\n  ", mismatches));
    assertEquals(Location.NOTICE_PAGE, notice.parts().getFirst().location());
    assertTrue(!notice.parts().getFirst().text().isBlank(), "notice page text is empty");
  }

  /** Reads a real file the way production would see its notice (see realdata/README.md for the unwrapping). */
  static Notice extract(String file) throws IOException {
    byte[] bytes = resourceBytes("realdata/" + file);
    if (file.endsWith(".json")) {
      String page = UirPages.render(JSON.readTree(new String(bytes, StandardCharsets.UTF_8)));
      return NoticeExtractor.fromHtml(Jsoup.parse(page, "https://www.ccgp.gov.cn/"));
    }
    if (file.endsWith(".block.txt")) {
      return NoticeExtractor.fromHtml(blockPage(new String(bytes, StandardCharsets.UTF_8)));
    }
    if (file.endsWith(".php.txt")) {
      String html = new String(bytes, StandardCharsets.UTF_8)
          .replaceFirst("^<\\?php exit;\\?>\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}", "");
      return NoticeExtractor.fromHtml(Jsoup.parse(html, ""));
    }
    return NoticeExtractor.fromHtml(HtmlDecoder.decode(bytes, null, "https://example.org/" + file));
  }

  /**
   * A text block kept by a crawler project without its markup (realdata/README.md): each line becomes a paragraph
   * of a bare page, so the extractor sees the text and nothing of any portal's template.
   */
  static Document blockPage(String text) {
    Document page = Document.createShell("");
    for (String line : text.split("\\R")) {
      page.body().appendElement("p").text(line);
    }
    return page;
  }

  static List<String> mismatches(Notice n, JsonNode e) {
    List<String> out = new ArrayList<>();
    check(out, "type", e.get("type").asString(), n.type().json());
    check(out, "title", text(e, "title"), n.title());
    check(out, "publishedAt", text(e, "publishedAt"),
        n.publishedAt() == null ? null : n.publishedAt().toString());
    check(out, "buyer", text(e, "buyer"), n.buyer());
    check(out, "agency", text(e, "agency"), n.agency());
    check(out, "projectNo", text(e, "projectNo"), n.projectNo());
    checkAmount(out, "budgetCny", e.get("budgetCny"), n.budget());
    checkAmount(out, "awardCny", e.get("awardCny"), n.award());
    check(out, "suppliers", suppliers(e.get("suppliers")), suppliers(n.suppliers()));
    check(out, "region", text(e, "region"), n.region());
    check(out, "buyerAddress", text(e, "buyerAddress"), n.buyerAddress());
    check(out, "category", text(e, "category"), n.category());
    checkAmount(out, "maxPriceCny", e.get("maxPriceCny"), n.maxPrice());
    check(out, "bidDeadline", text(e, "bidDeadline"), n.bidDeadline() == null ? null : n.bidDeadline().toString());
    check(out, "bidOpening", text(e, "bidOpening"), n.bidOpening() == null ? null : n.bidOpening().toString());
    return out;
  }

  private static void check(List<String> out, String field, Object expected, Object actual) {
    if (!Objects.equals(expected, actual)) {
      out.add(field + ": expected <" + expected + "> but was <" + actual + ">");
    }
  }

  private static void checkAmount(List<String> out, String field, JsonNode expected, Amount actual) {
    BigDecimal want = expected == null || expected.isNull() ? null : expected.decimalValue();
    BigDecimal got = actual == null ? null : actual.cny();
    if (want == null ? got != null : got == null || want.compareTo(got) != 0) {
      out.add(field + ": expected <" + want + "> but was <" + got + ">"
          + (actual == null ? "" : " (text \"" + actual.text() + "\")"));
    }
  }

  private static List<String> suppliers(JsonNode list) {
    List<String> out = new ArrayList<>();
    for (JsonNode s : list) {
      JsonNode amount = s.get("amountCny");
      out.add(s.get("name").asString() + " / " + text(s, "lot") + " / "
          + (amount == null || amount.isNull() ? null : amount.decimalValue().stripTrailingZeros().toPlainString()));
    }
    return out;
  }

  private static List<String> suppliers(List<SupplierAward> list) {
    List<String> out = new ArrayList<>();
    for (SupplierAward s : list) {
      BigDecimal cny = s.amount() == null ? null : s.amount().cny();
      out.add(s.name() + " / " + s.lot() + " / " + (cny == null ? null : cny.stripTrailingZeros().toPlainString()));
    }
    return out;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asString();
  }

  static String baseName(String file) {
    return file.replaceFirst("\\.(html|json|jsp|php\\.txt|block\\.txt)$", "");
  }

  static String resource(String path) throws IOException {
    return new String(resourceBytes(path), StandardCharsets.UTF_8);
  }

  static byte[] resourceBytes(String path) throws IOException {
    try (InputStream in = GoldenNoticesTest.class.getResourceAsStream("/" + path)) {
      if (in == null) {
        throw new IOException("missing test resource " + path);
      }
      return in.readAllBytes();
    }
  }

}
