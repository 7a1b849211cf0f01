package org.tenderwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tender-detail fields (buyer address, 品目, 最高限价, deadline, opening) and the notice types of PORTALS.md §2
 * on fragments written in the portals' templates.
 */
class NoticeFieldsTest {

  @Test
  void tenderOfTheCompetitiveConsultationTemplate() {
    Notice n = NoticeExtractor.fromFragment("某大学GPU服务器采购项目竞争性磋商公告", """
        <p>一、项目基本情况</p><p>项目编号：SCZC-2025-0117</p><p>预算金额：3784.000000万元</p>
        <p>最高限价（如有）：包1-10000000.00元,包2-1,500,000.00元</p><p>品目：货物/设备/信息化设备/计算机/服务器</p>
        <p>四、提交首次响应文件截止时间、开启时间和地点</p>
        <p>提交响应文件截止时间：2025年06月25日 09点30分（北京时间）</p>
        <p>响应文件开启时间：2025年06月25日 10:00</p>
        <p>七、对本次招标提出询问，请按以下方式联系。</p><p>1.采购人信息</p><p>名 称：某大学</p>
        <p>地 址：成都市一环路南一段24号</p>
        """, null);
    assertEquals(NoticeType.TENDER, n.type());
    assertEquals("某大学", n.buyer());
    assertEquals("成都市一环路南一段24号", n.buyerAddress());
    assertEquals("货物/设备/信息化设备/计算机/服务器", n.category());
    assertEquals(0, new BigDecimal("11500000").compareTo(n.maxPrice().cny()));
    assertEquals(0, new BigDecimal("37840000").compareTo(n.budget().cny()));
    assertEquals(LocalDateTime.of(2025, 6, 25, 9, 30), n.bidDeadline());
    assertEquals(LocalDateTime.of(2025, 6, 25, 10, 0), n.bidOpening());
  }

  @Test
  void singleSourceNoticeIsATenderWithoutDates() {
    Notice n = NoticeExtractor.fromFragment("某研究院算力租赁服务单一来源采购公示", """
        <p>一、项目信息</p><p>采购人：某研究院</p><p>采购人地址：北京市海淀区中关村南四街4号</p>
        <p>项目名称：算力租赁服务</p><p>项目编号：0702-2541CITC1234</p><p>拟采购的货物或服务的预算金额：壹佰贰拾万元整</p>
        <p>采用单一来源采购方式的原因及说明：…</p><p>二、拟定供应商名称：某科技有限公司</p>
        """, null);
    assertEquals(NoticeType.TENDER, n.type());
    assertEquals("北京市海淀区中关村南四街4号", n.buyerAddress());
    assertEquals("0702-2541CITC1234", n.projectNo());
    assertEquals(List.of(), n.suppliers(), "a proposed single-source supplier is not a winner");
    assertNull(n.bidDeadline());
  }

  @Test
  void terminationAndCorrectionNotices() {
    Notice stop = NoticeExtractor.fromFragment("某大学云服务采购项目终止公告", """
        <p>一、项目基本情况</p><p>采购项目编号：ZJ-2024-088</p><p>采购项目名称：云服务采购项目</p>
        <p>二、项目终止的原因</p><p>有效供应商不足三家</p>
        """, null);
    assertEquals(NoticeType.TERMINATION, stop.type());
    assertEquals("ZJ-2024-088", stop.projectNo());
    Notice fix = NoticeExtractor.fromFragment("某大学云服务采购项目更正公告", """
        <p>一、项目基本情况</p><p>原公告的采购项目编号：ZJ-2024-088</p><p>首次公告日期：2024年08月01日</p>
        <p>二、更正信息</p><p>更正事项：采购公告</p><p>更正内容：投标截止时间更正为 2024年08月26日 09:30</p>
        """, null);
    assertEquals(NoticeType.CORRECTION, fix.type());
    assertEquals("ZJ-2024-088", fix.projectNo());
  }

  @Test
  void awardWithLotsNeverCountsBiddersOrCandidates() {
    Notice n = NoticeExtractor.fromFragment("某大学智算平台采购项目中标（成交）结果公告", """
        <p>三、中标（成交）信息</p>
        <table><tr><td>包号</td><td>供应商名称</td><td>供应商地址</td><td>中标（成交）金额</td></tr>
        <tr><td>1</td><td>甲科技有限公司</td><td>成都</td><td>¥1,200,000.00元</td></tr>
        <tr><td>2</td><td>乙信息有限公司</td><td>重庆</td><td>柒万伍仟元整</td></tr></table>
        <p>投标供应商：丙公司、丁公司</p><p>候选中标供应商名单：戊公司</p>
        """, null);
    assertEquals(NoticeType.AWARD, n.type());
    assertEquals(List.of("1:甲科技有限公司:1200000", "2:乙信息有限公司:75000"), n.suppliers().stream()
        .map(s -> s.lot() + ":" + s.name() + ":" + s.amount().cny().toPlainString()).toList());
    assertEquals(0, new BigDecimal("1275000").compareTo(n.award().cny()));
  }

  @Test
  void deadlineOfAWindowIsItsEnd() {
    assertEquals(LocalDateTime.of(2016, 3, 18, 15, 0), Dates.parseEnd("2016 年 3 月 18 日下午 14:30 ～ 15:00 ( 北京时间 )"));
    assertEquals(LocalDateTime.of(2025, 6, 11, 17, 0), Dates.parseEnd("2025年06月04日 09:00至2025年06月11日 17:00"));
    assertEquals(LocalDateTime.of(2019, 7, 22, 10, 0), Dates.parse("2019年7月22日北京时间10:00时"));
    assertEquals(LocalDateTime.of(2016, 3, 18, 15, 0), Dates.parse("2016 年 3 月 18 日下午 3:00"));
  }
}
