package org.tenderwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The 中国国际招标网 (chinabidding.mofcom.gov.cn) 国际招标 template as aggregators and crawlers keep it (round 11r): a
 * 变更公告 body with no heading, whose only sign of its kind is the template's "澄清或变更简要说明" label; its own day told
 * in the template's sentence ("…于2025-09-19在中国国际招标网发布变更公告"), never the earlier tender's ("发布招标公告"); the
 * place the project is carried out ("项目实施地点:中国江苏省") as a region when it names an area; and the notice's PDF as
 * its text layer gives the template's two-column cells, value first (":0739-264CNEIC2M09" over "招标项目编号", a lone
 * ":" over "招标人中国核电工程有限公司"). Text blocks: "¶" a line break.
 *
 * <p>Of the 16 rows, 11 failed on the code before them: the change summary (2), the sentence's day (2), the 实施地点
 * region (1), the value-first cells (5, the last a deadline read past a value over a label no field reads) and a
 * 响应文件 deadline's label with the opening in brackets (1); the four guards (a tender promising a 变更公告, an award's
 * earlier 招标公告 day, a site that is no area, a numbered clause after a colon) passed, and the last guard (a label
 * over its colon-led value, a crawler's cell-per-line copy) passed before and failed on the first cut of the
 * value-first rule, which a 山东 tuning page's re-laid copy showed.
 */
class ChinabiddingShapesTest {

  private static final Map<String, Function<Notice, Object>> FIELDS = Map.of(
      "type", n -> n.type().json(), "publishedAt", Notice::publishedAt, "region", Notice::region,
      "projectNo", Notice::projectNo, "buyer", Notice::buyer, "agency", Notice::agency,
      "bidDeadline", Notice::bidDeadline, "bidOpening", Notice::bidOpening);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
      a change summary is the only sign of an untitled correction | type | 澄清或变更简要说明：修改开标地点。¶某某招标有限公司受招标人委托对下列产品及服务进行国际公开竞争性招标。¶1、招标条件¶2、招标内容¶招标项目编号:0701-2400XM0001¶3、投标人资格要求¶4、招标文件的获取¶5、投标文件的递交¶投标截止时间（开标时间）:2025-06-30 09:30 | correction
      a change summary without 澄清 | type | 变更简要说明：招标文件领购结束时间延长。¶某某国际招标有限公司受招标人委托对下列产品进行国际公开竞争性招标。¶3、投标人资格要求¶4、招标文件的获取¶5、投标文件的递交 | correction
      a tender that promises a 变更公告 stays a tender | type | 某某国际招标有限公司受招标人委托对下列产品进行国际公开竞争性招标。¶4、招标文件的获取¶5、投标文件的递交¶其他说明:如有澄清或变更，将在中国国际招标网发布变更公告。 | tender
      the template's sentence gives a correction its day | publishedAt | 澄清或变更简要说明：开标时间延期。¶某某招标有限公司受招标人委托对下列产品及服务进行国际公开竞争性招标，于2025-03-12在中国国际招标网发布变更公告。本次招标采用传统招标方式。¶招标项目编号:0701-2400XM0002 | 2025-03-12T00:00
      the template's sentence gives a tender its day | publishedAt | 某某国际招标有限公司受招标人委托对下列产品进行国际公开竞争性招标，于2024年5月10日在中国国际招标网发布公告。¶招标项目编号:0701-2400XM0003¶4、招标文件的获取 | 2024-05-10T00:00
      an award's sentence on the earlier tender gives no day | publishedAt | 某某医院设备采购项目评标结果公示¶本项目于2024-03-01在中国国际招标网发布招标公告。¶中标人：某某医疗科技有限公司 | none
      where the project is carried out, an area | region | 某某国际招标有限公司受招标人委托对下列产品进行国际公开竞争性招标。¶招标项目编号:0701-2400XM0004¶项目实施地点:中国江苏省¶招标产品列表(主要设备): | 中国江苏省
      where the project is carried out, a site | region | 某某县医院燃煤采购招标公告¶1.项目名称：燃煤采购¶2.项目实施地点：县医院煤场 | none
      PDF cells: a number over its label | projectNo | 澄清或变更简要说明：修改投标截止时间¶某某招标有限公司受招标人委托对下列产品及服务进行国际公开竞争性招标。¶:0701-2400XM0005¶招标项目编号¶3¶、投标人资格要求 | 0701-2400XM0005
      PDF cells: a lone colon over a party run into its label | buyer | 某某招标有限公司受招标人委托对下列产品进行国际公开竞争性招标。¶6¶、联系方式¶:¶招标人某某电力工程有限公司¶:¶招标代理机构某某招标有限公司¶联系人：王女士 | 某某电力工程有限公司
      PDF cells: the agency run into its label | agency | 澄清或变更简要说明：修改投标截止时间¶6¶、联系方式¶:¶招标人某某电力工程有限公司¶:¶招标代理机构某某招标有限公司¶联系人：王女士 | 某某招标有限公司
      PDF cells: a deadline over its label that names the opening too | bidOpening | 某某招标有限公司受招标人委托对下列产品进行国际公开竞争性招标。¶5¶、投标文件的递交¶:2025-06-30 09:30¶投标截止时间（开标时间）¶6¶、联系方式 | 2025-06-30T09:30
      a 响应文件 deadline's label naming the opening in brackets | bidOpening | 某某招标有限公司受招标人委托对下列产品进行国际公开竞争性招标。¶5、投标文件的递交¶响应文件提交截止时间（开标时间）:2025-06-30 09:30¶6、联系方式 | 2025-06-30T09:30
      PDF cells: a label over its colon-led value is read as it stands | projectNo | 某某招标有限公司受招标人委托对下列产品进行国际公开竞争性招标。¶项目编号¶：SD-2026-0180¶项目名称¶某某运营服务项目 | SD-2026-0180
      PDF cells: a numbered clause after a colon is no value | buyer | 某某招标有限公司受招标人委托对下列产品进行国际公开竞争性招标。¶3¶、投标人资格要求¶:3.1¶投标人是响应招标并参加投标竞争的法人或其他组织。¶招标人：某某电力工程有限公司 | 某某电力工程有限公司
      PDF cells: a value over a line that is no label stays as it is | bidDeadline | 某某招标有限公司受招标人委托对下列产品进行国际公开竞争性招标。¶:2025-05-09¶招标文件领购开始时间¶:2025-06-30 09:30¶投标截止时间（开标时间） | 2025-06-30T09:30
      """)
  void field(String shape, String field, String text, String expected) {
    Object read = FIELDS.get(field).apply(Layouts.written(text));
    assertEquals(expected, read == null ? null : Objects.toString(read), shape);
  }
}
