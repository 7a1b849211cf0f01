package org.tenderwatch.extract;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * Text of scanned pages through the Tesseract command line with the chi_sim model (plus eng when installed, for
 * "A100" and "NVIDIA" in Chinese text). Tesseract is optional: without it, image-only pages are noted, not read.
 * This is the extract package's one outside process; the image goes through a temporary file that is deleted.
 */
public final class Ocr {

  /** No OCR: image-only pages are noted as such. */
  public static final Ocr NONE = new Ocr(null, null);

  private static volatile Ocr detected;

  private final String command;
  private final String languages;

  private Ocr(String command, String languages) {
    this.command = command;
    this.languages = languages;
  }

  public boolean available() {
    return command != null;
  }

  /** "tesseract (chi_sim+eng)" or "none", for logs and notes. */
  public String describe() {
    return available() ? command + " (" + languages + ")" : "none";
  }

  /** Tesseract on the PATH with chi_sim, or {@link #NONE}. Asked once per JVM. */
  public static Ocr detect() {
    Ocr o = detected;
    if (o == null) {
      o = probe("tesseract");
      detected = o;
    }
    return o;
  }

  static Ocr probe(String command) {
    try {
      Process p = new ProcessBuilder(command, "--list-langs").redirectErrorStream(true).start();
      CompletableFuture<String> out = drain(p.getInputStream());
      if (!p.waitFor(20, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return NONE;
      }
      List<String> langs = out.get(5, TimeUnit.SECONDS).lines().map(String::strip).toList();
      if (p.exitValue() != 0 || !langs.contains("chi_sim")) {
        return NONE;
      }
      return new Ocr(command, langs.contains("eng") ? "chi_sim+eng" : "chi_sim");
    } catch (IOException | java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      return NONE; // not installed
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return NONE;
    }
  }

  /**
   * The text of one page image.
   *
   * @throws IOException when Tesseract fails or runs past {@code timeoutNanos}
   */
  String read(BufferedImage page, long timeoutNanos) throws IOException {
    if (!available()) {
      throw new IOException("no OCR available");
    }
    Path png = Files.createTempFile("tenderwatch-ocr-", ".png");
    try {
      ImageIO.write(page, "png", png.toFile());
      Process p = new ProcessBuilder(command, png.toString(), "stdout", "-l", languages)
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      CompletableFuture<String> out = drain(p.getInputStream());
      if (!p.waitFor(timeoutNanos, TimeUnit.NANOSECONDS)) {
        p.destroyForcibly();
        throw new IOException("tesseract ran past the time limit");
      }
      if (p.exitValue() != 0) {
        throw new IOException("tesseract exited with " + p.exitValue());
      }
      return out.get(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IOException("cannot read tesseract's output", e);
    } finally {
      Files.deleteIfExists(png);
    }
  }

  /** Reads a process's output on another thread so a full pipe never blocks it. */
  private static CompletableFuture<String> drain(InputStream in) {
    return CompletableFuture.supplyAsync(() -> {
      try (in) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        return "";
      }
    });
  }
}
