package org.tenderwatch.samples;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.tenderwatch.samples.SampleModel.Attachment;
import org.tenderwatch.samples.SampleModel.Expect;
import org.tenderwatch.samples.SampleModel.Lot;
import org.tenderwatch.samples.SampleModel.Notice;
import org.tenderwatch.samples.SampleModel.Template;

/** samples/README.md, written from the catalog so that its one-line-per-file list cannot drift from the files. */
final class SampleReadme {

  private SampleReadme() {}

  /** The benchmark's title file (issue 8), not part of the portal. */
  static final String BENCH = """

      Benchmark corpus (`tenderwatch bench`, BENCHMARKS.md):

      - `bench/ccgp_titles_2022_trade.tsv`: 16,000 real ccgp.gov.cn list titles (June 2022) with ref id, 品目 and URL, unchanged from DanrunFR/ccgp_trade_detection_data; the generated benchmark corpus is written from these titles
      - `bench/ccgp_titles_2022_trade.source.txt`: its provenance (repository, path, commit)
      """;

  static String text(List<Notice> notices, List<String> lists) {
    StringBuilder b = new StringBuilder("""
        # samples/: a small www.ccgp.gov.cn mirror for `tenderwatch demo`

        A static copy of 中国政府采购网 in its real templates, holding 4 procurement cases that the flag rules must
        find, ordinary notices and near-misses that they must not flag. `demo` serves this folder on 127.0.0.1 and
        crawls it like the real portal; the end-to-end tests compare the result with `expected.json`.

        **The four cases** retell, as notices written in the real templates, the 2024 reporting that Chinese
        institutions on or near the Entity List reached US AI compute through local cloud resellers. The buyers are
        the institutions named in that reporting; **every supplier, agency, project number, person, phone number and
        amount of a synthetic notice is invented** (the supplier names are made up and are not meant to be real
        companies). Ordinary and near-miss notices with a real buyer name are fictional as well. Notices marked
        REAL are real ccgp.gov.cn notices (their sources and provenance are in `src/test/resources/realdata/`, shared with the golden tests). Screening note: in
        `/work/shared/entitylist/entity_list_sample.csv`, 四川大学 (2012) and 中国科学技术大学 (2024-05-09) are
        listed; 深圳大学 and 之江实验室 are not in that sample file.

        ## Layout and URL mapping

        The demo server maps a request path `P` to the file `portal/P`, and a request with a query `P?Q` to
        `portal/P/Q`. www.ccgp.gov.cn and download.ccgp.gov.cn are served by the same mirror, so the attachment URL
        `https://download.ccgp.gov.cn/oss/download?uuid=ID` is the file `portal/oss/download/uuid=ID` (a PDF, no
        extension, as the real URL has none).

        - `portal/cggg/{zygg|dfgg}/{type}/index.htm`, `index_1.htm` …: channel lists for 中央公告/地方公告 × gkzb,
          jzxtpgg, jzxcs, dylygg, zbgg, cjgg, gzgg, fblbgg (all 16 exist, some empty). Items newest first:
          `ul.c_list_bid > li > a[href="./YYYYMM/tYYYYMMDD_ID.htm"][title=full title]` then
          `发布时间：<em>…</em> 地域：<em>…</em> 采购人：<em>…</em>`. Paging is the real site's script
          `Pager({size:PAGES, current:PAGE, prefix:'index',suffix:'htm'})` (size = number of pages, current is
          0-based; page k is `index_k.htm`). The mirror shows %d items per page (the real site 20), so
          地方公告/中标公告 has two pages.
        - `portal/cggg/…/YYYYMM/tYYYYMMDD_ID.htm`: notices, vF template (`meta[name=ArticleTitle|PubDate]`,
          `a.CurrChnlCls` breadcrumb, `div.vF_detail_main`, `h2.tc`, `span#pubTime`, 公告概要 `div.table` with
          `td.title` labels, body `div.vF_detail_content_container > div.vF_detail_content`); one vT (≤2016) page; one
          GBK page labelled gb2312 that contains 镕 and 堃 (GBK, not GB2312: decode it as GB18030). 附件 rows are
          `<a class="bizDownload" id="ID" href="">name.pdf</a>`.
        - `expected.json`: per notice path: type, projectNo, buyer, budgetCny, awardCny, suppliers (per lot),
          expected flag categories (empty = must not be flagged), case, linkedTo (the tender an award or
          termination belongs to), attachments with the page that carries the decisive words; plus a `cases`
          summary (flags of the whole case, winner, amount) and every list page.

        Flags are expected per notice, from the notice itself (page and attachments). An award that names no
        keyword has `flags: []` and is expected to join its tender's case through `linkedTo`.

        ## Regenerating

        The files are generated from `src/test/java/org/tenderwatch/samples/SampleCatalog*.java` and committed.
        PDFs need the CJK font of Debian `fonts-wqy-zenhei`; CI only reads them.

        ```
        export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
        mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
        java -cp target/test-classes:$(cat target/cp.txt) org.tenderwatch.samples.SamplePortalGenerator samples
        java -cp target/test-classes:$(cat target/cp.txt) org.tenderwatch.samples.SamplePdfGenerator samples
        mvn -q -B test -Dtest='SamplePortalTest'
        ```

        ## Files (one line each)

        """.transform(t -> String.format(java.util.Locale.ROOT, t, SamplePortalGenerator.PAGE_SIZE)));
    b.append("Notices:\n\n");
    for (Notice n : notices.stream().sorted(Comparator.comparing(Notice::path)).toList()) {
      b.append("- `portal/").append(n.path()).append("`: ").append(describe(n)).append('\n');
    }
    b.append("\nAttachments (PDF):\n\n");
    for (Notice n : notices) {
      for (Attachment a : n.attachments()) {
        b.append("- `portal/oss/download/uuid=").append(a.id()).append("`: ").append(a.fileName()).append(", ")
            .append(a.pages().size()).append(" pages, p.").append(a.evidencePage()).append(" has ")
            .append(a.evidenceWords().stream().map(w -> "“" + w + "”").collect(Collectors.joining(", ")))
            .append("; attachment of `").append(n.path()).append("`")
            .append(n.expect().flags().isEmpty() ? " (near-miss text: must not be flagged)" : "").append('\n');
      }
    }
    b.append("\nList pages:\n\n");
    for (String l : lists) {
      String dir = l.substring(0, l.lastIndexOf('/'));
      long count = notices.stream().filter(n -> n.channelDir().equals(dir)).count();
      String[] parts = dir.split("/");
      b.append("- `portal/").append(l).append("`: ").append(PortalPages.SCOPE_NAMES.get(parts[1])).append(" / ")
          .append(PortalPages.TYPE_NAMES.get(parts[2])).append(", ").append(count).append(" notice(s) in the channel")
          .append(l.endsWith("index.htm") ? "" : ", a later page").append('\n');
    }
    b.append("\nExpectations:\n\n");
    b.append("- `expected.json`: what a correct crawl yields (see above)\n");
    b.append("- `README.md`: this file\n");
    b.append(BENCH);
    return b.toString();
  }

  private static String describe(Notice n) {
    Expect e = n.expect();
    StringBuilder d = new StringBuilder();
    d.append(n.published().format(SampleModel.PUB_DATE)).append(", ").append(e.type()).append(", ")
        .append(switch (n.template()) {
          case VF -> "vF";
          case VF_GBK -> "vF, GBK bytes labelled gb2312";
          case VT -> "vT";
          case REAL_COPY -> "REAL page";
          case REAL_UIR -> "REAL text from src/test/resources/realdata/" + n.realSource();
        }).append(". ").append(n.readme()).append(". ");
    d.append(e.projectNo()).append(", ").append(e.buyer()).append(". ");
    if (e.flags().isEmpty() && e.linkedTo() != null) {
      d.append("No flag of its own; must join its tender's case (same 项目编号)");
    } else {
      d.append(e.flags().isEmpty() ? "Must not be flagged" : "Flag " + String.join(", ", e.flags()));
      d.append(e.linkedTo() != null ? "; joins its tender's case" : "");
    }
    if (!e.suppliers().isEmpty()) {
      d.append("; winner ").append(e.suppliers().stream().map(SampleReadme::lot).collect(Collectors.joining("; ")));
    }
    if (n.template() == Template.REAL_UIR || n.template() == Template.REAL_COPY) {
      d.append("; real attachments not mirrored");
    }
    return d.append('.').toString();
  }

  private static String lot(Lot l) {
    return l.supplier() + " " + String.format(java.util.Locale.ROOT, "%,d", l.amountCny()) + " 元";
  }
}
