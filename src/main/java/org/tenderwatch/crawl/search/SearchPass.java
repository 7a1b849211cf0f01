package org.tenderwatch.crawl.search;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.jsoup.nodes.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.config.SearchConfig;
import org.tenderwatch.config.SourceConfig;
import org.tenderwatch.crawl.CrawlReport;
import org.tenderwatch.crawl.SourceCrawler;

/**
 * One pass of a search source: for each term and time window it pages through the portal's results, and hands every
 * hit to the crawler of the source whose notices they are ({@code search.notices}), which fetches it exactly as a
 * channel walk would (notice page, attachments, archive, extraction, flags, cases; a known notice is not fetched
 * again). A window whose results exceed the portal's paging cap is split in halves until each fits.
 */
public final class SearchPass {
  private static final Logger LOG = LoggerFactory.getLogger(SearchPass.class);

  /** Where the windows of a pass come from and their progress goes: the database for a backfill, memory otherwise. */
  public interface Windows {
    Window next();

    void split(Window w, Window first, Window second);

    void page(Window w, int pagesDone, Integer results, int hits);

    void done(Window w, String note);

    Progress progress();

    /**
     * True when the windows outlive the process (a backfill): its result pages are then journalled, so a result page
     * that reached the archive before a kill is read from there on resume, not asked again.
     */
    default boolean resumable() {
      return false;
    }
  }

  /** Leaf windows handled so far and in all (a split adds one). */
  public record Progress(int done, int total) {}

  /** Told after every window. */
  @FunctionalInterface
  public interface Listener {
    void progress(Progress p, Window last);
  }

  /** How a window ended. */
  enum Outcome { done, split, stopped }

  private final SourceConfig source;
  private final SearchConfig cfg;
  private final SourceCrawler pages;
  private final SourceCrawler notices;
  private final List<String> terms;
  private final BooleanSupplier stop;
  private final DateTimeFormatter dateFormat;
  private final ApiResults api;
  private Listener listener = (p, w) -> { };
  private Runnable slower = () -> { };
  private int hits;
  private int windowsSplit;
  private final List<String> notes = new ArrayList<>();

  /**
   * @param pages the crawler of the search source (its result pages, robots, politeness)
   * @param notices the crawler of the source whose notices the hits are
   */
  public SearchPass(SourceConfig source, SourceCrawler pages, SourceCrawler notices, List<String> terms,
      BooleanSupplier stop) {
    this.source = source;
    this.cfg = source.search();
    this.pages = pages;
    this.notices = notices;
    this.terms = List.copyOf(terms);
    this.stop = stop;
    this.dateFormat = DateTimeFormatter.ofPattern(cfg.dateFormat(), Locale.ROOT);
    this.api = cfg.api() == null ? null : new ApiResults(cfg, dateFormat, pages, notices);
  }

  public SearchPass listener(Listener l) {
    this.listener = l;
    return this;
  }

  /**
   * Called when a result page needed more than one request (a rate-limit page or an error was retried): the pass
   * then asks the search host more slowly for the rest of the pass.
   */
  public SearchPass onRetries(Runnable r) {
    this.slower = r;
    return this;
  }

  /** since..until in windows of search.windowDays for every term, resumable through {@code windows}. */
  public boolean backfill(SearchWindows windows, LocalDate since, LocalDate until) {
    windows.ensure(Window.tile(terms, since, until, cfg.windowDays()));
    return walk(windows);
  }

  /** One period for every term, held in memory (a daily pass, a gap): a rerun simply asks again. */
  public boolean period(LocalDate from, LocalDate to) {
    return walk(new InMemory(terms.stream().map(t -> new Window(t, from, to)).toList()));
  }

  /** True when every window was handled to its end (not stopped, not blocked). */
  private boolean walk(Windows windows) {
    for (Window w = windows.next(); w != null; w = windows.next()) {
      if (halted()) {
        return false;
      }
      Outcome o = window(w, windows);
      if (o == Outcome.stopped) {
        return false;
      }
      listener.progress(windows.progress(), w);
    }
    return !halted();
  }

  private boolean halted() {
    return stop.getAsBoolean() || pages.report().blocked() != null || notices.report().blocked() != null;
  }

  /** Reads a window's result pages from the first one not handled yet; splits it when it overflows. */
  private Outcome window(Window w, Windows windows) {
    Integer last = w.results() == null ? null : Math.max(1, (w.results() + cfg.pageSize() - 1) / cfg.pageSize());
    boolean full = false;
    int asked = w.pagesDone(); // result pages of this window asked so far, in this run or before a kill
    for (int n = w.pagesDone(); n < cfg.maxPages(); n++) {
      if (halted()) {
        return Outcome.stopped;
      }
      if (last != null && n >= last) {
        full = false;
        break;
      }
      ResultPage page = resultPage(w, cfg.firstPage() + n, windows.resumable());
      if (pages.lastAttempts() > 1) {
        slower.run();
      }
      if (page == null) {
        return Outcome.stopped; // failed (recorded, retried next pass) or blocked: the window stays pending
      }
      asked = n + 1;
      if (n == 0) {
        Integer stated = page.pagesFor(cfg.pageSize());
        if (stated != null && stated > cfg.maxPages() && w.days() > 1) {
          return split(w, windows, asked);
        }
        last = stated;
      }
      for (ResultPage.Hit hit : page.hits()) {
        hits++;
        notices.offer(source.rewrite(hit.url()), hit.published()); // the search's link form → the channel's
      }
      if (halted()) {
        return Outcome.stopped; // the page's hits may not all be handled: it is read again on resume
      }
      windows.page(w, n + 1, n == 0 ? page.results() : null, page.hits().size());
      full = page.hits().size() >= cfg.pageSize();
      if (!full) {
        break;
      }
    }
    if (full && last == null && w.days() > 1) { // no stated count: the cap itself says the window overflows
      return split(w, windows, asked);
    }
    windows.done(w, overflowNote(w, last, full));
    forgetResultPages(w, windows, asked);
    return Outcome.done;
  }

  private Outcome split(Window w, Windows windows, int asked) {
    Window[] h = w.halves();
    windows.split(w, h[0], h[1]);
    forgetResultPages(w, windows, asked);
    windowsSplit++;
    return Outcome.split;
  }

  /**
   * Drops a backfill window's journalled result pages once the window is recorded done or split (after, so a kill
   * between the two costs nothing but a row): its pages are never asked again, and the journal would else keep a
   * row for every result page of every backfill.
   */
  private void forgetResultPages(Window w, Windows windows, int asked) {
    if (windows.resumable() && asked > 0) {
      pages.forgetResultPages(ResultPageKeys.every(source.id(), w, cfg.firstPage(), asked, p -> url(w, p)));
    }
  }

  /**
   * One day still over the paging cap (stated, or the last page it serves still full): the results past the cap
   * cannot be reached by this query; say so.
   */
  private String overflowNote(Window w, Integer last, boolean lastPageFull) {
    boolean over = last != null ? last > cfg.maxPages() : lastPageFull;
    if (!over) {
      return null;
    }
    String note = "'" + w.term() + "' " + w.from() + " – " + w.to() + ": " + (last == null ? "more than "
        + cfg.maxPages() : last) + " result pages, the portal shows " + cfg.maxPages()
        + "; the rest are unreachable by this query";
    notes.add(note);
    LOG.warn("{}: {}", source.id(), note);
    return note;
  }

  /**
   * One result page: HTML read with the search's selectors, or JSON from its api ({@link ApiResults}); journalled
   * under its window and page number when {@code journalled} (a backfill).
   */
  private ResultPage resultPage(Window w, int page, boolean journalled) {
    URI url = url(w, page);
    String key = journalled ? ResultPageKeys.key(url, source.id(), w, page) : null;
    if (api != null) {
      return api.read(url, w, page, key);
    }
    Document doc = pages.listPage(url, cfg.container(), key);
    return doc == null ? null : ResultPage.read(doc, cfg);
  }

  /** The URL of result page {@code page} of the window's query (the same for every page of a POSTed search). */
  private URI url(Window w, int page) {
    return URI.create(ApiResults.fill(cfg.url(), w, page, false, dateFormat));
  }

  /** Both crawlers' counts as one report of the search source: its result pages, the hits' notices. */
  public CrawlReport report(Clock clock, java.time.Instant started) {
    CrawlReport p = pages.report();
    CrawlReport n = notices.report();
    List<String> failures = new ArrayList<>(p.failures());
    failures.addAll(n.failures());
    notes.forEach(x -> failures.add("overflow: " + x));
    return new CrawlReport(source.id(), p.listPages(), n.notices(), n.known(), n.older(), n.attachments(),
        p.requests() + n.requests(), List.copyOf(failures), java.time.Duration.between(started, clock.instant()),
        n.updated(), n.notModified(), n.gone(), p.parseFailures(), p.blocked() != null ? p.blocked() : n.blocked());
  }

  public int hits() {
    return hits;
  }

  public int windowsSplit() {
    return windowsSplit;
  }

  /** Windows of one pass that is not resumed: a rerun asks the portal again, known notices are not refetched. */
  private static final class InMemory implements Windows {
    private final Deque<Window> queue;
    private int done;

    InMemory(List<Window> windows) {
      this.queue = new ArrayDeque<>(windows);
    }

    @Override
    public Window next() {
      return queue.peekFirst();
    }

    @Override
    public void split(Window w, Window first, Window second) {
      queue.removeFirst();
      queue.addFirst(second);
      queue.addFirst(first);
    }

    @Override
    public void page(Window w, int pagesDone, Integer results, int hitsOnPage) {
      queue.removeFirst();
      queue.addFirst(new Window(w.term(), w.from(), w.to(), pagesDone, results != null ? results : w.results()));
    }

    @Override
    public void done(Window w, String note) {
      queue.removeFirst();
      done++;
    }

    @Override
    public Progress progress() {
      return new Progress(done, done + queue.size());
    }
  }
}
