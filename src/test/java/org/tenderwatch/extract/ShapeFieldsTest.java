package org.tenderwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Fields other than the winners that a notice keeps when its layout changes, as {@link ShapeInvarianceTest} re-shapes
 * real pages (round 11q): a two-party contact table kept one cell a line or set apart by tabs, with a cell left blank
 * on one side; the same table with colon labels and the buyer on its right; an address cut before its house number
 * in a copy that lost its line breaks; a signature's day run on before the attachments' file names or after a blank
 * e-mail label; a tender whose body, its title lost, speaks of the result to come ("成交结果公告后"); an agency
 * entrusted in a clause of its own ("…，现委托X对该项目进行公开招标"); the buyer as the first sentence's subject after a
 * title run on with a space in it or a template's lines before it; a party's labelled name run into the signature's
 * date written with dashes, dots or slashes; a lots table kept one cell a line, its price column headed 最高限价（总价）
 * and a paragraph after it. Text blocks: "¶" a line break, "⇥" a tab run (a blank cell is "⇥⇥").
 *
 * <p>Of the 26 rows, 21 failed first: contact tables (5 of 6; the blank buyer's address is a guard), run-on addresses
 * (2), run-on signatures (4 of 5 with the file-name guard; 3 of 4 for labelled names, with the delivery-place guard),
 * types (2 of 3), agencies (2 of 3), buyers (2) and the max price (1). Round 11r added two rows from its new pages,
 * both failing first: a blank 地址 over the next party's numbered line is no address, and a date under a deadline label
 * with a bracketed note ("投标截止时间（开标时间）") is no signature.
 */
class ShapeFieldsTest {

  private static final Map<String, Function<Notice, Object>> FIELDS = Map.of(
      "buyerAddress", Notice::buyerAddress, "publishedAt", Notice::publishedAt, "agency", Notice::agency,
      "buyer", Notice::buyer, "type", n -> n.type().json(), "maxPriceCny", n -> Layouts.yuan(n.maxPrice()));

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
      cells: a contact table whose buyer left its e-mail blank | buyerAddress | 某某水库除险加固工程招标公告¶一、招标条件¶本项目已具备招标条件。¶五、联系方式¶招标人¶某某县水利局¶招标代理机构¶某某工程咨询有限公司¶联系人¶张先生¶联系人¶李女士¶电子邮箱¶电子邮箱¶abc@163.com¶地址¶某某县人民路8号¶地址¶某某市建设路12号 | 某某县人民路8号
      cells: a contact table whose buyer left its fax blank | buyerAddress | 某某中学食堂改造工程招标公告¶一、招标条件¶本项目已具备招标条件。¶六、联系方式¶招标人¶某某县第一中学¶招标代理机构¶某某项目管理有限公司¶联系电话¶0531-1234567¶联系电话¶0531-7654321¶传真¶传真¶0531-7654322¶地址¶某某县文化路3号¶地址¶某某市经十路99号 | 某某县文化路3号
      tabs: a contact table whose buyer left its e-mail blank | buyerAddress | 某某水库除险加固工程招标公告¶一、招标条件¶本项目已具备招标条件。¶五、联系方式¶招标人⇥某某县水利局⇥招标代理机构⇥某某工程咨询有限公司¶联系人⇥张先生⇥联系人⇥李女士¶电子邮箱⇥⇥电子邮箱⇥abc@163.com¶地址⇥某某县人民路8号⇥地址⇥某某市建设路12号 | 某某县人民路8号
      cells: the buyer's address left blank is no address | buyerAddress | 某某水库除险加固工程招标公告¶一、招标条件¶本项目已具备招标条件。¶五、联系方式¶招标人¶某某县水利局¶招标代理机构¶某某工程咨询有限公司¶联系人¶张先生¶联系人¶李女士¶地址¶地址¶某某市建设路12号 | none
      lines: a blank buyer's address over the supervisor's numbered line | buyerAddress | 某某设备公开招标公告¶一．招标项目编号: ZB-2017-01¶十二．联系方式¶1、采购代理机构名称：某某招标代理有限公司¶地址：某某市文一路1号¶2、采购人名称：某某省测绘中心¶联系人：王某¶地址：¶3、同级政府采购监督管理部门名称：某某省财政厅政府采购监管处¶地址： | none
      cells: colon labels, the buyer's side on the right | buyerAddress | 某某医院检测试剂采购项目招标公告¶一、采购项目编号：GZ-2024-05¶二、采购预算：2000000元¶购买招标文件联系人：¶王先生¶采购人联系人：¶某某医院设备科¶电话：¶020-12345678¶电话：¶/¶联系地址：¶某某市天河路1号¶联系地址：¶某某市东风路5号¶邮编：¶510000¶邮编：¶510001 | 某某市东风路5号
      tabs: colon labels, the buyer's side on the right | buyerAddress | 某某医院检测试剂采购项目招标公告¶一、采购项目编号：GZ-2024-05¶二、采购预算：2000000元¶购买招标文件联系人：⇥王先生⇥采购人联系人：⇥某某医院设备科¶电话：⇥020-12345678⇥电话：⇥/¶传真：⇥020-12345679⇥传真：⇥/¶联系地址：⇥某某市天河路1号⇥联系地址：⇥某某市东风路5号¶邮编：⇥510000⇥邮编：⇥510001 | 某某市东风路5号
      runon: an address cut before its house number | buyerAddress | 某某县体育考试设备采购项目竞争性磋商公告 一、项目基本情况 项目编号：BJ-2024-003 八、联系方式 1.采购人信息 名称：某某县考试管理中心 地址：某某县城关镇秦川路 6号 联系方式： 0917-1234567 2.采购代理机构信息 名称：某某工程项目管理有限公司 地址：某某市高新五路云天大厦 1601室 联系方式： 18700000000 | 某某县城关镇秦川路6号
      runon: an address cut before its number and floor | buyerAddress | 某某中心热水系统设备采购项目询价公告 十、联系方式 采购人： 某某置业有限责任公司 地 址：某某州某某市龙井街 237号5楼 联系人： 马女士 联系电话： 13900000000 采购代理机构： 某某企业服务有限公司 地 址：某某市长安路 9号 | 某某州某某市龙井街237号5楼
      runon: a signature run on before the attachments' file names | publishedAt | 某某小区供配电设施改造项目答疑澄清公示 一、项目名称：某某小区供配电设施改造项目 二、招标编号：ZB-2026-016 五、联系方式 招 标 人： 某某置业有限公司 招标代理机构： 某某项目管理有限公司 电话： 0635-1234567 电话： 18800000000 电子邮件： / 电子邮件： abc@163.com 某某项目管理有限公司 2026年07月06日 答疑文件正文.pdf 工程量清单.pdf | 2026-07-06T00:00
      runon: a signature before a Word and an Excel attachment | publishedAt | 某某学校课桌椅采购项目询价公告 一、项目编号：XJ-2024-11 二、联系方式 采购人：某某学校 联系人：王老师 联系电话：0371-1234567 某某招标代理有限公司 2024年5月10日 采购需求.docx 报价一览表.xlsx | 2024-05-10T00:00
      runon: a day after a blank e-mail label | publishedAt | 某某县保障性住房建设项目（监理）招标公告 一、招标条件 本项目已由某某县发改委批准。 九、联系方式 招 标 人：某某县住房和城乡建设局 招标代理机构：某某工程项目管理咨询有限公司 联 系 人：王某 联 系 人：李某 电 话：15900000000 电 话：0996-1234567 电子邮件： 电子邮件： 2021年06月23日 招标人或其招标代理机构： （签章） 附件： 备案表.pdf | 2021-06-23T00:00
      runon: a day after a blank 邮箱 label | publishedAt | 某某中学教学设备采购项目竞争性谈判公告 一、项目编号：TP-2024-02 五、联系方式 采购人：某某中学 联系人：赵老师 电话：0851-1234567 邮箱： 2024年5月10日 | 2024-05-10T00:00
      cells: a date under a deadline label with its bracketed note is no signature | publishedAt | 某某设备国际招标变更公告¶5、投标文件的递交¶投标截止时间（开标时间）¶2025-06-30 09:30¶6、联系方式¶招标人¶某某电路有限公司 | none
      runon: a deadline sentence before an attachment is no signature | publishedAt | 某某中学教学设备采购项目竞争性谈判公告 一、项目编号：TP-2024-02 二、请于 2024年5月20日 报名表.docx | none
      runon: a tender that says what follows the result to come | type | 询价公告 某某企业服务有限公司（采购代理机构）受 某某置业有限责任公司（采购人）委托，拟对 某某中心热水系统设备采购项目 采用询价方式进行采购，特邀请符合本次采购要求的供应商参加报价。 一、采购项目基本情况 1. 项目编号：XJ-2024-07 十、联系方式 采购人：某某置业有限责任公司 注：1. 标书费发票开具请在成交结果公告后联系代理机构申请 | tender
      runon: a deposit returned after the award notice is published | type | 招标公告 某某县水务局 某某水厂改造工程已具备招标条件，现进行公开招标。 一、项目编号：SW-2024-03 二、投标保证金：未中标人的投标保证金在中标公告发布后五个工作日内退还。 三、报名截止：2024年5月20日 | tender
      runon: a result stated stays an award | type | 某某设备采购项目 现将成交结果公告如下 一、项目编号：XJ-2024-07 二、成交结果 成交供应商 某某科技有限公司 | award
      runon: the agency entrusted in the opening clause, the table's labels run on without colons | agency | 某某水库工程质量检测招标公告 1.招标条件 某某水库工程已经某某省水利厅批准建设，项目法人和招标人为某某县水库建设管理局，建设资金已经落实，项目已具备招标条件。现委托某某建设咨询有限公司对该项目进行国内公开招标。 2.招标内容 详见招标文件。 9.联系方式 招标人 某某县水库建设管理局 招标代理机构 某某建设咨询有限公司 联系人 葛主任 联系人 王工 | 某某建设咨询有限公司
      runon: the agency entrusted with its role in brackets | agency | 某某学校运动场改造工程招标公告 一、招标条件 本工程已由某某县发展和改革局批准建设，招标人为某某县第二中学，现委托某某项目管理有限公司（招标代理机构）就该项目施工进行公开招标。 二、项目概况 详见招标文件。 | 某某项目管理有限公司
      runon: a proxy's 委托 clause names no agency | agency | 某某学校运动场改造工程招标公告 一、招标条件 本工程招标人为某某县第二中学，现对该项目施工进行公开招标。 二、投标要求 委托代理人须持授权委托书对投标文件签字。 | none
      runon: a page template's lines and a tab's name before the title, the buyer the first sentence's subject | buyer | <%@ page contentType="text/html;charset=UTF-8" language="java" %> 详细信息 某某职业技术学院办公家具采购项目成交公告 某某职业技术学院对办公家具采购项目进行了竞争性磋商，现将结果公告如下： 1、采购方式：竞争性磋商 2、成交供应商名称：某某家具有限公司 成交价格：伍万元整（50,000.00元） 某某职业技术学院设备管理处 2019-7-12 | 某某职业技术学院
      runon: a title spaced before its kind, the buyer the first sentence's subject with its role note | buyer | 某某市环卫处某某生活区公厕改造工程 竞争性磋商成交结果公告 某某市环境卫生管理处（采购人）的某某生活区公厕改造工程（采购项目名称）竞争性磋商项目于2018年10月29日（日期）在某某市公共资源交易中心组织评审结束，现将成交结果公告如下： 一、项目名称：某某市环境卫生管理处某某生活区公厕改造工程 预 算：393.46万元 二、成交供应商：某某建设有限公司 | 某某市环境卫生管理处
      runon: the agency's labelled name run into an ISO date | publishedAt | 某某中学智慧黑板设备采购项目中标公告 一、项目编号：JS2024-049 二、中标供应商：某某科技有限公司 三、其他 无 特此公告。 采购人：某某市第二中学采购代理机构：某某工程咨询有限公司2024-08-19 | 2024-08-19T00:00
      runon: the buyer's labelled name run into a dotted date | publishedAt | 某某中学智慧黑板设备采购项目中标公告 一、项目编号：JS2024-049 二、中标供应商：某某科技有限公司 特此公告。 采购人：某某市第二中学 2024.8.19 | 2024-08-19T00:00
      runon: the 招标人's labelled name run into a slashed date | publishedAt | 某某村道路工程中标候选人公示 第一中标候选人：某某建设有限公司 特此公示。 招标人：某某村民委员会2024/08/19 | 2024-08-19T00:00
      runon: a delivery place labelled and dated is no signature | publishedAt | 某某院办公设备采购项目成交公告 一、成交供应商：某某商贸有限公司 二、交货地点：某某市人民检察院 2018-05-01 | none
      cells: a lots table headed 最高限价（总价）, a paragraph after it | maxPriceCny | 某某医院检测试剂采购项目招标公告¶一、采购项目编号：GZ-2024-05¶二、采购项目内容¶包号¶设备名称¶数量¶最高限价 （总价）¶一¶某某检测试剂盒¶800人份¶135万元¶二¶某某抗原检测试剂¶10000人份¶110万元¶经政府采购管理部门同意，本项目为采购本国产品，投标人须对本项目以子包为单位进行整体投标，不允许只对其中部分内容进行投标。 | 2450000
      """)
  void field(String shape, String field, String text, String expected) {
    Object read = FIELDS.get(field).apply(Layouts.written(text));
    assertEquals(expected, read == null ? null : Objects.toString(read), shape);
  }
}
