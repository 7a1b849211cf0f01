package org.tenderwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tenderwatch.extract.Layouts.page;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A person and a phone after a party's label is no party (round 11q-pj, from the tuning page
 * agg_qinhuangdao_funing_renzaohe_survey_design_tender): a 河北 招标公告's 3.1.3 names whom to address objections to
 * ("招标代理机构：庞某某139…；招标人：马某某  0335-…") before its contact table names the parties. Made-up pages of that
 * shape; both rows failed before {@code Labels.isName} turned such values down.
 */
class PartyContactsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a person and a phone after 招标人 | buyer | <p>3.1.3接受异议的联系人和联系方式：招标代理机构：王某某13900000000；招标人：李某某  0335-1234567。</p><p>8.联系方式</p><table><tr><td>招标人：</td><td><p><a></a><span>某县水务局</span></p></td><td>招标代理机构：</td><td><span>某某工程项目管理有限公司</span></td></tr></table> | 某县水务局
      a person and a phone after 招标代理机构 | agency | <p>3.1.3接受异议的联系人和联系方式：招标代理机构：王某某13900000000；招标人：李某某  0335-1234567。</p><p>8.联系方式</p><table><tr><td>招标人：</td><td><p><a></a><span>某县水务局</span></p></td><td>招标代理机构：</td><td><span>某某工程项目管理有限公司</span></td></tr></table> | 某某工程项目管理有限公司
      """)
  void partyAfterAContactSentence(String layout, String field, String html, String expected) {
    assertEquals(expected, PortalQuirksTest.FIELDS.get(field).apply(page(html)), layout);
  }
}
