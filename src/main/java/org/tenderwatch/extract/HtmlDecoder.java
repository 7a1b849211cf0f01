package org.tenderwatch.extract;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Decodes the bytes of an HTML page into a jsoup document with the charset a browser would use.
 *
 * <p>Order (DEPENDENCIES.md §7): the page's own meta charset (jsoup finds it in the first 5 KB or so); else the
 * HTTP Content-Type charset; else ICU's detector. Java's "GB2312" is strict EUC-CN and breaks on GBK-only
 * characters (镕, 堃, 喆) that browsers decode fine, so every gb2312/gbk label is read as GB18030, a superset.
 */
public final class HtmlDecoder {

  private static final Set<String> GB_FAMILY = Set.of("gb2312", "gbk", "x-euc-cn", "euc-cn", "x-mswin-936", "cp936",
      "windows-936", "gb_2312-80", "csgb2312", "x-gbk");
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([a-zA-Z0-9_\\-]+)", Pattern.CASE_INSENSITIVE);
  /** How far to look for a meta charset: the head of real pages ends well before 64 KB. */
  private static final int META_SCAN_BYTES = 64 * 1024;
  private static final Pattern HEADER_CHARSET =
      Pattern.compile("charset\\s*=\\s*[\"']?([a-zA-Z0-9_\\-:.]+)", Pattern.CASE_INSENSITIVE);
  /** ICU's confidence (0–100) below which a guess is not trusted and UTF-8 is used instead. */
  private static final int MIN_DETECTOR_CONFIDENCE = 10;

  private HtmlDecoder() {}

  /**
   * @param body the raw response bytes
   * @param contentTypeHeader the HTTP Content-Type header value, or null
   * @param baseUri the page URL, for resolving relative links
   */
  public static Document decode(byte[] body, String contentTypeHeader, String baseUri) {
    // The charset is settled from the bytes before parsing, so a page is parsed once (GBK pages used to be
    // parsed twice: jsoup's own guess first, then as GB18030). jsoup itself honours a byte-order mark over it.
    Charset meta = metaCharset(body);
    if (meta != null) {
      // jsoup looks for the meta only in the first ~5 KB; a later one is still the page's own word.
      return parse(body, isGbFamily(meta.name()) ? "GB18030" : meta.name(), baseUri);
    }
    Charset header = headerCharset(contentTypeHeader);
    if (header != null) {
      return parse(body, isGbFamily(header.name()) ? "GB18030" : header.name(), baseUri);
    }
    Document doc = parse(body, null, baseUri);
    if (doc.charset().equals(StandardCharsets.UTF_8) && isValidUtf8(body)) {
      return doc;
    }
    return parse(body, detect(body), baseUri);
  }

  /**
   * Plain text (a .txt attachment) in the same order minus the meta: a byte-order mark; else the HTTP
   * Content-Type charset (gb2312/gbk read as GB18030); else UTF-8 when the bytes are valid UTF-8; else ICU's guess.
   */
  public static String decodeText(byte[] body, String contentTypeHeader) {
    if (body.length >= 3 && (body[0] & 0xff) == 0xEF && (body[1] & 0xff) == 0xBB && (body[2] & 0xff) == 0xBF) {
      return new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
    }
    if (body.length >= 2 && (body[0] & 0xff) == 0xFF && (body[1] & 0xff) == 0xFE) {
      return new String(body, 2, body.length - 2, StandardCharsets.UTF_16LE);
    }
    if (body.length >= 2 && (body[0] & 0xff) == 0xFE && (body[1] & 0xff) == 0xFF) {
      return new String(body, 2, body.length - 2, StandardCharsets.UTF_16BE);
    }
    Charset header = headerCharset(contentTypeHeader);
    if (header != null) {
      return new String(body, isGbFamily(header.name()) ? Charset.forName("GB18030") : header);
    }
    if (isValidUtf8(body)) {
      return new String(body, StandardCharsets.UTF_8);
    }
    return new String(body, Charset.forName(detect(body)));
  }

  static boolean isGbFamily(String charsetName) {
    return GB_FAMILY.contains(charsetName.toLowerCase(Locale.ROOT));
  }

  /** The charset a meta tag declares in the first {@link #META_SCAN_BYTES} bytes, or null. */
  private static Charset metaCharset(byte[] body) {
    // ISO-8859-1 maps every byte to one char, so ASCII markup is found whatever the real encoding is.
    String head = new String(body, 0, Math.min(body.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? charset(m.group(1)) : null;
  }

  private static Charset headerCharset(String contentType) {
    if (contentType == null) {
      return null;
    }
    Matcher m = HEADER_CHARSET.matcher(contentType);
    return m.find() ? charset(m.group(1)) : null;
  }

  private static Charset charset(String label) {
    try {
      return Charset.forName(label);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null; // an unknown label is as good as none
    }
  }

  private static boolean isValidUtf8(byte[] body) {
    try {
      StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(body));
      return true;
    } catch (java.nio.charset.CharacterCodingException e) {
      return false;
    }
  }

  private static String detect(byte[] body) {
    CharsetMatch match = new CharsetDetector().setText(body).detect();
    if (match == null || match.getConfidence() < MIN_DETECTOR_CONFIDENCE) {
      return "UTF-8";
    }
    String name = match.getName();
    return isGbFamily(name) || name.equalsIgnoreCase("GB18030") ? "GB18030" : name;
  }

  private static Document parse(byte[] body, String charset, String baseUri) {
    try {
      return Jsoup.parse(new ByteArrayInputStream(body), charset, baseUri == null ? "" : baseUri);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read an in-memory byte array", e); // cannot happen
    }
  }
}
