<%@ page import="gka.resource.Constant" %>
<%@ page contentType="text/html;charset=UTF-8" language="java" %>
<html>
<head>
    <meta charset="utf-8"/>
    <meta name="viewport"
          content="width=device-width,initial-scale=1,minimum-scale=1,maximum-scale=1,user-scalable=no"/>
    <link rel="stylesheet" type="text/css" href="<%=Constant.server_name%>css/reset.css"/>
    <link rel="stylesheet" type="text/css" href="<%=Constant.server_name%>css/login.css"/>
    <link rel="stylesheet" type="text/css" href="<%=Constant.server_name%>css/message.css"/>
    <link rel="stylesheet" type="text/css" href="<%=Constant.server_name%>css/seclect.css"/>
    <link rel="stylesheet" type="text/css" href="<%=Constant.server_name%>font-awesome-4.7.0/css/font-awesome.css"/>
    <link rel="stylesheet" type="text/css" href="table.css"/>
    <script src="<%=Constant.server_name%>js-lib/jquery/jquery-3.3.1.min.js" type="text/javascript"
            charset="utf-8"></script>
    <script src="<%=Constant.server_name%>js-lib/swiper/swiper-3.4.2.min.js" type="text/javascript"
            charset="utf-8"></script>
    <script src="<%=Constant.server_name%>js-lib/base.js" type="text/javascript" charset="utf-8"></script>
    <title></title>
</head>
<body>
<jsp:include page="/common/auth.jsp"></jsp:include>
<div class="messageMore">
    <div class="titledddiv">
        <img class="fh-icon" src="<%=Constant.server_name%>img/fh-icon.png"
             onclick="javascript:window.location.replace(document.referrer)"/>

        <p class="titleName">详细信息</p>
    </div>
    <div class="first">
        <p class="titleT">辽宁机电职业技术学院工作服采购成交公告</p>

    </div>
    <div class="contT">
       <p> 辽宁金昌建设工程咨询有限公司 受 辽宁机电职业技术学院 委托，对 辽宁机电职业技术学院信息安全等级保护测评项目（项目编号：LNJC20190710001）在中华人民共和国境内进行竞争性磋商采购，现欢迎合格的供应商参加本次政府采购活动。</p>
       <p> 一、采购人的采购需求</p>
       <p> 二、项目预算及最高限价</p>
       <p> 项目预算金额：人民币177,000.00元。</p>
       <p> 最高限价金额：人民币177,000.00元。</p>
       <p> 三、合格供应商的资格条件</p>
       <p> 1、具有独立承担民事责任的能力；</p>
       <p> 2、具有良好的商业信誉和健全的财务会计制度；</p>
       <p> 3、具有履行合同所必需的设备和专业技术能力；</p>
       <p> 4、有依法缴纳税收和社会保障资金的良好记录；</p>
       <p> 5、参加政府采购活动前三年内，在经营活动中没有重大违法记录；</p>
       <p> 6、本项目不允许联合体参与磋商；</p>
       <p> 7、合格供应商还要满足的其它资格条件：</p>
       <p> （1）有能力提供本次采购项目及所要求的货物及服务的生产厂商或经销商；</p>
       <p> （2）供应商在“信用中国”网站（www.creditchina.gov.cn）、“信用辽宁”网站（www.lncredit.gov.cn）和中国政府采购网（www.ccgp.gov.cn）没有被列入失信被执行人、重大税收违法案件当事人名单、政府采购严重违法失信行为记录名单；</p>
       <p> （3）提供具有网络安全等级保护测评机构推荐证书。</p>
       <p> 四、政府采购供应商入库须知</p>
       <p> 参加辽宁省政府采购活动的供应商未进入辽宁省政府采购供应商库的，请详阅辽宁省政府采购网站“首页—省级通知”中公布的“政府采购供应商入库”的相关规定，及时办理入库登记手续。通过信息核对后供应商即可在政府采购网登录，参与政府采购活动。具体规定详见《辽宁省政府采购供应商入库及信息变更须知》。</p>
       <p> 五、采购文件的领取</p>
       <p> 采购文件领取时间：2019年7月16日8:30时起至2019年7月23日16:00时止（北京时间，节假日除外）</p>
       <p> 采购文件领取方式：现场领取</p>
       <p> 采购文件领取地点：辽宁金昌建设工程咨询有限公司（丹东市振兴区五经街86号东方金艺美术教育5楼）</p>
       <p> 采购文件发售价格：人民币500元/本，售后不退。</p>
       <p> 领取文件其他说明：</p>
       <p> 购买采购文件时须携带以下材料：1、法人或者其他组织的营业执照等主体证明文件或自然人的身份证明复印件（自然人身份证明仅限在自然人作为投标主体时使用）；2、法定代表人（或非法人组织负责人）身份证明书（自然人作为投标主体时不需提供）；3、授权委托书复印件（法定代表人、非法人组织负责人、自然人本人购买采购文件的无需提供）。4、公告前六个月内任意一个月的依法缴纳税收及社会保障资金凭证；5、提供具有网络安全等级保护测评机构推荐证书。</p>
       <p> 供应商须提供以上材料原件及加盖公章的复印件一套，到辽宁金昌建设工程咨询有限公司购买采购文件。
       <p> 六、递交响应文件截止时间、磋商会议时间及地点</p>
       <p> 递交响应文件截止时间及磋商会议时间：2019 年8月5日北京时间 13:30时</p>
       <p> 递交响应文件及磋商会议地点：辽宁金昌建设工程咨询有限公司（丹东市振兴区五经街86号东方金艺美术教育5楼） 。</p>
       <p> 七、公告期限</p>
       <p> 公告期限： 2019年 7月 16日至2019年 7月 23日</p>
       <p> 八、质疑与投诉</p>
       <p> 供应商认为自己的权益受到损害的，可以在知道或者应知其权益受到损害之日起七个工作日内，向采购代理机构或采购人提出质疑。</p>
       <p> 1、接收质疑函方式：书面纸质质疑函</p>
       <p> 2、质疑函内容、格式：应符合《政府采购质疑和投诉办法》相关规定和财政部制定的《政府采购质疑函范本》格式。（详见辽宁政府采购网）</p>
       <p> 质疑供应商对采购人、采购代理机构的答复不满意，或者采购人、采购代理机构未在规定时间内作出答复的，可以在答复期满后15个工作日内向本级财政部门提起投诉。</p>
       <p> 九、采购人、采购代理机构的名称、地址和联系方式</p>
       <p> 采  购  人： 辽宁机电职业技术学院</p>
       <p> 地       址： 辽宁省丹东市振兴区洋河大街30号</p>
       <p> 项目联系人：马老师</p>
       <p> 联系电话：0415-3853620</p>
       <p> 采购代理机构：辽宁金昌建设工程咨询有限公司</p>
       <p> 地  址：丹东市振兴区五经街86号东方金艺美术教育5楼</p>
       <p> 项目联系人：黄欢</p>
       <p> 联系电话：0415-2590966</p>
       <p> 传  真：</p>
       <p> 邮箱地址：liaoningjinchang@yeah.net</p>
       <p> 开户行： 中国农业银行太原街支行</p>
       <p> 账户名称： 辽宁金昌建设工程咨询有限公司</p>
       <p> 账 号：0619 2001 0400 17846</p>
    </div>
    <div class="footT">
        <p>辽宁金昌建设工程咨询有限公司</p>

        <p>2019-7-16</p>
    </div>
</div>
</body>
</html>
