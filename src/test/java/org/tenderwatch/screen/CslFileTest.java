package org.tenderwatch.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CslFileTest {
  private static final Path SAMPLE = Path.of("config/entitylist/entity_list_sample.csv");

  @Test
  void readsTheBundledCsvWithItsQuirks() throws IOException {
    CslFile.Parsed p = CslFile.parse(Files.readAllBytes(SAMPLE));
    assertEquals("csv", p.layout());
    assertEquals(44, p.entities().size());
    ListedEntity sichuan = find(p.entities(), "Sichuan University");
    assertEquals("四川大学", sichuan.nameZh());
    assertEquals(LocalDate.of(2012, 9, 19), sichuan.startDate());
    // aliases hold commas, so only "; " splits them
    assertTrue(sichuan.altNames().contains("Sichuan University, Suzhou Research Institute"), sichuan.altNames()::toString);
    // trailing space and trailing comma in names
    find(p.entities(), "Chinese Academy of Engineering Physics");
    find(p.entities(), "National Supercomputing Center Shenzhen");
    // "and X" as the last alias of a run
    ListedEntity sugon = find(p.entities(), "Sugon");
    assertTrue(sugon.altNames().contains("Tianjin Shuguang Computer Industry"), sugon.altNames()::toString);
    assertNull(find(p.entities(), "Inspur Group Co., Ltd.").startDate());
    assertEquals(64, p.sha256().length());
  }

  @Test
  void readsTheJsonLayoutByContent() throws IOException {
    CslFile.Parsed p = CslFile.parse(Files.readAllBytes(Path.of("src/test/resources/screening/consolidated_sample.json")));
    assertEquals("json", p.layout());
    assertEquals(3, p.entities().size());
    ListedEntity ustc = find(p.entities(), "University of Science and Technology of China");
    assertEquals(List.of("USTC"), ustc.altNames());
    assertEquals(LocalDate.of(2024, 5, 9), ustc.startDate());
    assertEquals("Entity List (EL)", ustc.shortList());
    assertTrue(find(p.entities(), "Sugon").altNames().contains("Tianjin Shuguang Computer Industry"));
    find(p.entities(), "People's Liberation Army Test Unit"); // "?" for ’ and the dangling comma
  }

  @Test
  void csvFieldsMayHoldQuotesAndLineBreaks() {
    String csv = "_id,source,name,alt_names,start_date\r\n1,EL,\"Acme \"\"Big\"\" Co.\",\"A, B; C\nD\",2020-01-02\r\n";
    ListedEntity e = CslFile.parse(csv.getBytes(StandardCharsets.UTF_8)).entities().get(0);
    assertEquals("Acme \"Big\" Co.", e.name());
    assertEquals(List.of("A, B", "C\nD"), e.altNames());
  }

  @Test
  void refusesFilesThatAreNotTheList() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> CslFile.parse("id,title\n1,x\n".getBytes(StandardCharsets.UTF_8)));
    assertTrue(e.getMessage().contains("'name'"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> CslFile.parse("_id,source,name,start_date\n1,EL,X,09/05/2024\n".getBytes(StandardCharsets.UTF_8)));
  }

  private static ListedEntity find(List<ListedEntity> all, String name) {
    return all.stream().filter(e -> e.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no row named '" + name + "'"));
  }
}
