package org.tenderwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** `extract` reads a saved page and its attachments as a crawl would, and touches no data folder. */
class ExtractCommandTest {
  private static final Path PAGE = Path.of("samples/portal/cggg/dfgg/jzxtpgg/202406/t20240606_22071466.htm");
  private static final Path PDF = Path.of("samples/portal/oss/download/uuid=4b85212746d13817a371a907c8676799");

  @Test
  void aSavedTenderAndItsPdfGiveFieldsAndFlagsWithTheirPdfPage(@TempDir Path tmp) throws Exception {
    Path data = tmp.resolve("data");
    MainTest.Run r = MainTest.run("extract", PAGE.toString(), "--attachment", PDF.toString(), "--format", "json",
        "--data", data.toString());
    assertEquals(0, r.code(), r.err());
    JsonNode n = JsonMapper.builder().build().readTree(r.out());
    assertEquals("深圳大学", n.get("buyer").asString());
    assertEquals("tender", n.get("type").asString());
    List<String> categories = n.get("flags").valueStream().map(f -> f.get("category").asString()).distinct().toList();
    assertTrue(categories.containsAll(List.of("aws", "bedrock", "nvidia_gpu")), categories.toString());
    assertTrue(n.get("flags").valueStream().anyMatch(f -> f.get("term").asString().contains("H100")
        && f.get("location").asString().contains("p.3")), r.out());
    assertTrue(Files.notExists(data), "no data folder is made");
  }

  @Test
  void aPdfGivenAsThePageOrAMissingFileIsAUsageErrorThatSaysWhatToDo() {
    MainTest.Run pdf = MainTest.run("extract", PDF.toString());
    assertEquals(2, pdf.code());
    assertTrue(pdf.err().contains("--attachment"), pdf.err());
    MainTest.Run missing = MainTest.run("extract", "no/such/page.html");
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("no such file: no/such/page.html"), missing.err());
  }

  @Test
  void aBrokenAttachmentIsAProblemAndTheNoticeIsStillRead(@TempDir Path tmp) throws Exception {
    Path broken = Files.write(tmp.resolve("招标文件.pdf"), "%PDF-1.6 truncated".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    MainTest.Run r = MainTest.run("extract", PAGE.toString(), "--attachment", broken.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("problem:") && r.out().contains("招标文件.pdf"), r.out());
    assertTrue(r.out().contains("buyer:           深圳大学"), r.out());
  }
}
