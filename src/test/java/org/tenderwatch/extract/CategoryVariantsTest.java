package org.tenderwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The category (品目) in the ways portals write it (round 11q), each row a made-up page (某某 names) of a real shape
 * (PORTALS.md §4 "category" and the portal sections): the labels 品目 / 采购品目 / 品目名称 / 所属品目 / 采购目录 and
 * the kind labels (采购类别) that are no category; ccgp's 公告概要 list; 政采云's 采购需求 table with a 品目 column of
 * plain names; lots each with their own 品目 (comma-joined in page order, a repeat once); catalogue codes; a value
 * broken over two lines; a goods table of several rows, and a two-level header. Guard rows assert that nothing wrong
 * is read: 货物 / 服务 / 工程 alone (the kind of procurement, not its 品目), a placeholder, a project's name, a 品目
 * column of row numbers, a header cell under 品目名称, a 标的名称 column.
 * A page is HTML when it opens with "<", else a text block with "¶" for a line break.
 *
 * <p>Of the 22 rows first written, 15 failed. One of them was taken out again, its shape left for the table reader of
 * kept text ({@link CellLines}): an item table kept one cell a line right under a lone "采购需求：" (the label takes
 * "品目号" as its value and the table is cut one cell short); it read "1-1,打印机" before, and no category now (a
 * 品目名称 column holding figures with no code beside it is not read). The row of a 采购需求 header with a cell split
 * over two lines ("技术参数及" / "服务要求") read "数量" first; {@link HeaderCells} reads the two lines as one cell.
 *
 * <p>Round 11t-pe: a catalogue code glued after the name ("网络设备A02010000", a ccgp summary's 品目 line of a real 安徽
 * page) is dropped as one before the name is; its two rows failed before the rule (the code stayed on the name), the
 * two "left alone" rows (a paper size, a model's short number) passed before and after.
 */
class CategoryVariantsTest {

  private static Notice read(String page) {
    return page.startsWith("<") ? Layouts.page(page) : Layouts.block(page.replace("¶", "\n"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "none", textBlock = """
      # labels
      所属品目 with the catalogue path | <h1>某区档案馆移动硬盘采购项目询价公告</h1><p>项目编号：QX-2025-014</p><p>所属品目：货物/通用设备/计算机设备及软件/存储设备</p><p>预算金额：48000元</p> | 货物/通用设备/计算机设备及软件/存储设备
      采购目录 with a catalogue code | <h1>某街道办事处物业管理服务项目竞争性磋商公告</h1><p>项目编号：JD-2025-09</p><p>采购目录：C21040000 物业管理服务</p><p>预算金额：360000元</p> | 物业管理服务
      采购目录 naming the central list is no category | <h1>某局会议室音响采购项目询价公告</h1><p>项目编号：YX-2025-3</p><p>采购目录：政府集中采购目录以内</p><p>预算金额：90000元</p> | none
      采购类别 gives the kind only | <h1>某镇卫生院保洁服务采购项目竞争性谈判公告</h1><p>项目编号：BJ-2025-07</p><p>采购类别：服务类</p><p>预算金额：120000元</p> | none
      品目 of 货物 alone is the kind | <h1>某中学课桌椅采购项目公开招标公告</h1><p>项目编号：KZ-2025-11</p><p>品目：货物</p><p>预算金额：300000元</p> | none
      采购品目 of 服务类 alone is the kind | <h1>某局食堂托管服务项目竞争性磋商公告</h1><p>项目编号：ST-2025-02</p><p>采购品目：服务类</p><p>预算金额：500000元</p> | none
      a 品目 placeholder | <h1>某医院被服采购项目询价公告</h1><p>项目编号：BF-2025-05</p><p>品目：详见采购文件</p><p>预算金额：80000元</p> | none
      采购品目 holding the project's name | <h1>某局2025年办公家具采购项目询价公告</h1><p>项目编号：JJ-2025-21</p><p>采购品目：某局2025年办公家具采购项目</p><p>预算金额：150000元</p> | none
      a code and its name run on before the next label | 项目编号：WY-2025-4¶采购品目：C1601 物业管理服务 采购方式：公开招标¶预算金额：960000元 | 物业管理服务
      a path broken after its slash | <h1>某局台式计算机采购项目询价公告</h1><p>项目编号：TS-2025-8</p><p>品目：货物/通用设备/计算机设备及软件/</p><p>台式计算机</p><p>预算金额：120000元</p> | 货物/通用设备/计算机设备及软件/台式计算机
      # lots, each with its own 品目
      two lots, each with its 品目 | <h1>某局办公设备采购项目公开招标公告</h1><p>项目编号：BG-2025-16</p><p>标项一：多功能一体机</p><p>品目：A02100301-多功能一体机</p><p>标项二：打印机</p><p>品目：A02010601-A4黑白打印机</p> | 多功能一体机,A4黑白打印机
      three lots, a 品目 repeated | <h1>某县教育局教学设备采购项目公开招标公告</h1><p>项目编号：JX-2025-30</p><p>合同包1：品目：货物/专用设备/教学专用仪器</p><p>合同包2：品目：货物/通用设备/计算机设备及软件</p><p>合同包3：品目：货物/专用设备/教学专用仪器</p> | 货物/专用设备/教学专用仪器,货物/通用设备/计算机设备及软件
      a ccgp summary list with a repeat | 采购项目名称¶某中心运维项目¶品目¶服务/信息技术服务/运行维护服务/软件运维服务,服务/信息技术服务/运行维护服务/软件运维服务,服务/信息技术服务/运行维护服务/硬件运维服务¶采购单位¶某市某中心 | 服务/信息技术服务/运行维护服务/软件运维服务,服务/信息技术服务/运行维护服务/硬件运维服务
      # tables
      政采云 采购需求 with a 品目 column of names | <h1>某局档案数字化服务项目公开招标公告</h1><p>项目编号：DA-2025-12</p><table><tr><td>序号</td><td>标项名称</td><td>采购标的</td><td>品目</td><td>数量</td><td>预算金额（元）</td></tr><tr><td>1</td><td>某局档案数字化服务</td><td>档案数字化加工</td><td>其他信息技术服务</td><td>1</td><td>450000</td></tr></table> | 其他信息技术服务
      政采云 two 标项 with their 品目 | <h1>某医院设备采购项目公开招标公告</h1><p>项目编号：SB-2025-40</p><table><tr><td>标项</td><td>标项名称</td><td>采购标的</td><td>品目</td><td>数量</td></tr><tr><td>1</td><td>监护设备</td><td>多参数监护仪</td><td>医用电子生理参数检测仪器设备</td><td>10</td></tr><tr><td>2</td><td>消毒设备</td><td>低温等离子灭菌器</td><td>消毒灭菌设备及器具</td><td>2</td></tr></table> | 医用电子生理参数检测仪器设备,消毒灭菌设备及器具
      a 品目 column of row numbers over goods | <h1>某县医院设备采购项目公开招标公告</h1><table><tr><td>品目</td><td>货物名称</td><td>单位</td><td>数量</td></tr><tr><td>1</td><td>投影仪</td><td>台</td><td>3</td></tr><tr><td>2</td><td>幕布</td><td>块</td><td>3</td></tr></table> | none
      a 标的名称 column is no 品目 | <h1>某校课桌椅采购项目询价公告</h1><table><tr><td>序号</td><td>标的名称</td><td>数量</td><td>单位</td></tr><tr><td>1</td><td>学生课桌椅</td><td>200</td><td>套</td></tr></table> | none
      a goods table of several rows, an item twice | <h1>某局办公设备采购项目询价公告</h1><table><tr><td>序号</td><td>品目名称</td><td>数量</td><td>单位</td></tr><tr><td>1</td><td>台式计算机</td><td>20</td><td>台</td></tr><tr><td>2</td><td>激光打印机</td><td>5</td><td>台</td></tr><tr><td>3</td><td>台式计算机</td><td>2</td><td>台</td></tr></table> | 台式计算机,激光打印机
      a two-level header: a sub-header row is no item | <h1>某中学办公桌椅采购项目询价公告</h1><table><tr><td>序号</td><td>品目名称</td><td colspan="2">预算</td></tr><tr><td>单价(元)</td><td>总价(元)</td></tr><tr><td>1</td><td>办公桌椅</td><td>800</td><td>16000</td></tr></table> | 办公桌椅
      a 品目名称 cell broken over two lines | <h1>某局计算机采购项目询价公告</h1><table><tr><td>序号</td><td>品目名称</td><td>数量</td></tr><tr><td>1</td><td>货物/通用设备/计算机设备及软件/<br>台式计算机</td><td>10</td></tr></table> | 货物/通用设备/计算机设备及软件/台式计算机
      a header cell split over two lines, the row's first cell a name | 采购需求：¶合同包¶标的名称¶品目名称¶数量¶技术参数及¶服务要求¶预算金额(元)¶备注¶某校多媒体教室设备采购¶其他教学专用仪器¶其他教学专用仪器¶1¶详见采购文件¶560000.00¶数量合计：¶1 | 其他教学专用仪器
      # 11q lead: 采购品目 and 品目编号及品目名称 columns of plain names (江西 ggzy 采购需求, ccgp 主要标的信息)
      an 采购品目 column of plain names | <h1>某县某中学实验室设备采购项目公开招标公告</h1><p>项目编号：MX2025-017</p><table><tr><td>采购条目编号</td><td>采购条目名称</td><td>采购品目</td><td>数量</td><td>单位</td><td>采购预算(人民币)</td></tr><tr><td>某财购2025J000100231</td><td>某县某中学实验室设备采购项目</td><td>实验仪器及装置</td><td>1</td><td>批</td><td>420000.00元</td></tr></table> | 实验仪器及装置
      an 采购品目 column kept one cell a line | 采购需求：¶采购条目编号¶采购条目名称¶采购品目¶数量¶单位¶采购预算(人民币)¶技术需求或服务要求¶某财购2025J000100232¶某县小学录播教室设备采购¶视频会议系统设备¶1¶批¶260000.00元¶详见公告附件¶合同履行期限：合同签订后30日内 | 视频会议系统设备
      a 品目编号及品目名称 column, two lots | <h1>某医院超声设备采购项目结果公告</h1><table><tr><td>品目号</td><td>品目编号及品目名称</td><td>采购标的</td><td>数量</td></tr><tr><td>1-1</td><td>医用X线诊断设备</td><td>移动DR</td><td>1</td></tr></table><table><tr><td>品目号</td><td>品目编号及品目名称</td><td>采购标的</td><td>数量</td></tr><tr><td>2-1</td><td>A02320300-医用超声波仪器及设备</td><td>便携彩超</td><td>2</td></tr></table> | 医用X线诊断设备,医用超声波仪器及设备
      # 11t-pe: a catalogue code glued after the name (a ccgp summary's 品目 as 安徽's feed gives it), and near shapes left alone
      a ccgp summary 品目 line, the code after the name | 公告概要：公告信息：采购项目名称某镇安防工程项目品目¶网络设备A02010000¶采购单位某镇人民政府行政区域某某省公告时间2026年07月29日 08:31¶一、项目编号：ABC-2026-1 | 网络设备
      a 品目 label, the code after the name | <h1>某局台式计算机采购项目询价公告</h1><p>项目编号：TS-2025-9</p><p>品目：台式计算机A02010104</p><p>预算金额：120000元</p> | 台式计算机
      left alone: a paper size after the name is no code | <h1>某局办公用纸采购项目询价公告</h1><p>项目编号：BG-2025-3</p><p>品目：复印纸A4</p><p>预算金额：20000元</p> | 复印纸A4
      left alone: a model's short number after the name is no code | <h1>某局打印机采购项目询价公告</h1><p>项目编号：DY-2025-5</p><p>品目：激光打印机C5000</p><p>预算金额：30000元</p> | 激光打印机C5000
      """)
  void category(String layout, String page, String expected) {
    assertEquals(expected, read(page).category(), layout);
  }
}
