package org.tenderwatch.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.tenderwatch.text.Location;
import org.tenderwatch.text.TextPart;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Text of Word and Excel files with Apache POI: DOC (HWPF), DOCX (XWPF), XLS (HSSF) and XLSX (streamed with the
 * SAX event API, so a big sheet is never a tree in memory). Table rows and sheet rows become one line each with
 * " | " between cells, as on notice pages: a keyword often sits alone in a cell. A Word file is one part; a
 * workbook is one part per sheet, its section the sheet name.
 */
final class OfficeText {

  private OfficeText() {}

  /** An OLE2 file: DOC or XLS by the streams inside; an EncryptedPackage is a password-protected DOCX/XLSX. */
  static List<TextPart> ole2(String name, byte[] bytes, Reading r) throws AttachmentException {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      DirectoryNode root = fs.getRoot();
      if (root.hasEntryCaseInsensitive("EncryptedPackage")) {
        throw new AttachmentException(name, "password-protected Office file", null);
      }
      if (root.hasEntryCaseInsensitive("WordDocument")) {
        return List.of(part(name, null, doc(fs), r));
      }
      if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
        return xls(name, fs, r);
      }
      if (root.hasEntryCaseInsensitive("PowerPoint Document")) {
        throw new AttachmentException(name, "unsupported type: PowerPoint (PPT)", null);
      }
      throw new AttachmentException(name, "unsupported type: OLE2 file that is neither Word nor Excel", null);
    } catch (EncryptedDocumentException e) {
      throw new AttachmentException(name, "password-protected Office file", e);
    } catch (IOException | RuntimeException e) {
      throw new AttachmentException(name, "corrupt or unreadable Office file: " + e, e);
    }
  }

  /** A DOCX or XLSX (the caller saw word/ or xl/ entries in the zip). */
  static List<TextPart> ooxml(String name, byte[] bytes, boolean word, Reading r) throws AttachmentException {
    // POI's own zip-bomb guard for OOXML (a JVM-wide setting); its default entry cap (4 GB) is far above what
    // the heap can hold.
    ZipSecureFile.setMaxEntrySize(r.limits.maxEntryBytes());
    Path tmp = null;
    try {
      // From a file POI reads entries on demand; from a stream it would buffer every entry in memory.
      tmp = Files.createTempFile("tenderwatch-ooxml-", ".zip");
      Files.write(tmp, bytes);
      try (OPCPackage pkg = OPCPackage.open(tmp.toFile(), PackageAccess.READ)) {
        return word ? List.of(part(name, null, docx(pkg), r)) : xlsx(name, pkg, r);
      }
    } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
      throw new AttachmentException(name, "corrupt or unreadable Office file: " + e, e);
    } finally {
      deleteQuietly(tmp);
    }
  }

  private static String doc(POIFSFileSystem fs) throws IOException {
    HWPFDocument doc = new HWPFDocument(fs);
    Range range = doc.getRange();
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < range.numParagraphs(); i++) {
      Paragraph p = range.getParagraph(i);
      if (!p.isInTable()) {
        addLine(lines, p.text());
        continue;
      }
      Table t = range.getTable(p);
      for (int row = 0; row < t.numRows(); row++) {
        TableRow tr = t.getRow(row);
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < tr.numCells(); c++) {
          cells.add(cell(tr.getCell(c).text()));
        }
        addRow(lines, cells);
      }
      i += Math.max(0, t.numParagraphs() - 1);
    }
    return String.join("\n", lines);
  }

  private static String docx(OPCPackage pkg) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(pkg)) {
      List<String> lines = new ArrayList<>();
      for (IBodyElement e : doc.getBodyElements()) {
        if (e instanceof XWPFParagraph p) {
          addLine(lines, p.getText());
        } else if (e instanceof XWPFTable t) {
          for (XWPFTableRow row : t.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell c : row.getTableCells()) {
              cells.add(cell(c.getText()));
            }
            addRow(lines, cells);
          }
        }
      }
      return String.join("\n", lines);
    }
  }

  private static List<TextPart> xls(String name, POIFSFileSystem fs, Reading r) throws IOException {
    List<TextPart> parts = new ArrayList<>();
    DataFormatter format = new DataFormatter(Locale.ROOT);
    try (HSSFWorkbook wb = new HSSFWorkbook(fs.getRoot(), true)) {
      for (Sheet sheet : wb) {
        List<String> lines = new ArrayList<>();
        for (Row row : sheet) {
          if (r.outOfTime(name + " / " + sheet.getSheetName())) {
            break;
          }
          List<String> cells = new ArrayList<>();
          for (Cell c : row) {
            while (cells.size() < c.getColumnIndex()) {
              cells.add("");
            }
            cells.add(cell(format.formatCellValue(c)));
          }
          addRow(lines, cells);
        }
        parts.add(part(name, sheet.getSheetName(), String.join("\n", lines), r));
      }
    }
    return parts;
  }

  private static List<TextPart> xlsx(String name, OPCPackage pkg, Reading r)
      throws IOException, OpenXML4JException, SAXException {
    XSSFReader reader = new XSSFReader(pkg);
    ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
    StylesTable styles = reader.getStylesTable();
    List<TextPart> parts = new ArrayList<>();
    XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
    while (sheets.hasNext() && !r.outOfTime(name)) {
      try (InputStream in = sheets.next()) {
        Rows rows = new Rows();
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(
            new XSSFSheetXMLHandler(styles, strings, rows, new DataFormatter(Locale.ROOT), false));
        parser.parse(new InputSource(in));
        parts.add(part(name, sheets.getSheetName(), String.join("\n", rows.lines), r));
      } catch (javax.xml.parsers.ParserConfigurationException e) {
        throw new IOException(e);
      }
    }
    return parts;
  }

  /** Collects the rows of a streamed sheet, filling skipped (empty) columns so cells keep their places. */
  private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
    final List<String> lines = new ArrayList<>();
    private final List<String> cells = new ArrayList<>();

    @Override
    public void startRow(int rowNum) {
      cells.clear();
    }

    @Override
    public void endRow(int rowNum) {
      addRow(lines, cells);
    }

    @Override
    public void cell(String ref, String value, XSSFComment comment) {
      int col = ref == null ? cells.size() : new org.apache.poi.ss.util.CellReference(ref).getCol();
      while (cells.size() < col) {
        cells.add("");
      }
      cells.add(OfficeText.cell(value));
    }
  }

  private static TextPart part(String name, String section, String text, Reading r) {
    String where = section == null ? name : name + " / " + section;
    return new TextPart(new Location(name, null, section), r.keep(where, text));
  }

  private static void addLine(List<String> lines, String raw) {
    String t = TextRender.clean(Range.stripFields(raw).replaceAll("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f]", " "));
    if (!t.isEmpty()) {
      lines.add(t);
    }
  }

  /** A row as on notice pages: cells joined by " | ", trailing empty cells dropped, blank rows skipped. */
  private static void addRow(List<String> lines, List<String> cells) {
    int end = cells.size();
    while (end > 0 && cells.get(end - 1).isEmpty()) {
      end--;
    }
    if (end > 0) {
      lines.add(String.join(" | ", cells.subList(0, end)));
    }
  }

  private static String cell(String raw) {
    String t = raw == null ? "" : Range.stripFields(raw);
    return TextRender.clean(t.replaceAll("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f]", " "));
  }

  static void deleteQuietly(Path p) {
    if (p != null) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException e) {
        // a leftover temp file is not worth failing the attachment for
      }
    }
  }
}
