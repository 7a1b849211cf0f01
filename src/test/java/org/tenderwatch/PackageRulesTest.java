package org.tenderwatch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who may import whom (README "Packages and who owns what"). The shared kernel ({@code config}, {@code text},
 * {@code store}) holds no feature; every other package is a feature. Checked on the compiled main classes.
 */
class PackageRulesTest {
  /** Every feature package; a new one must be added here, or it escapes the rules below. */
  private static final String[] FEATURES = {"access", "archive", "bench", "cases", "cli", "crawl", "demo", "digest",
      "extract", "flag", "index", "pipeline", "saved", "schedule", "screen", "web"};

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.tenderwatch");
  }

  private static String[] featuresExcept(String... own) {
    return Arrays.stream(FEATURES).filter(f -> !Arrays.asList(own).contains(f))
        .map(f -> "org.tenderwatch." + f + "..").toArray(String[]::new);
  }

  @Test
  void storeImportsNoFeature() {
    noClasses().that().resideInAPackage("org.tenderwatch.store..").should().dependOnClassesThat()
        .resideInAnyPackage(featuresExcept()).check(classes);
  }

  @Test
  void theKernelImportsNoFeature() {
    noClasses().that().resideInAnyPackage("org.tenderwatch.config..", "org.tenderwatch.text..")
        .should().dependOnClassesThat().resideInAnyPackage(featuresExcept()).check(classes);
  }

  @Test
  void extractImportsNoOtherFeature() {
    noClasses().that().resideInAPackage("org.tenderwatch.extract..").should().dependOnClassesThat()
        .resideInAnyPackage(featuresExcept("extract")).check(classes);
  }

  @Test
  void flagImportsNoOtherFeature() {
    noClasses().that().resideInAPackage("org.tenderwatch.flag..").should().dependOnClassesThat()
        .resideInAnyPackage(featuresExcept("flag")).check(classes);
  }

  /** The web UI and the digest get the parts they read (WebParts, CaseStore), never the pipeline. */
  @Test
  void webAndDigestDoNotReachThroughThePipeline() {
    noClasses().that().resideInAnyPackage("org.tenderwatch.web..", "org.tenderwatch.digest..").should()
        .dependOnClassesThat().resideInAPackage("org.tenderwatch.pipeline..")
        .check(classes);
  }

  @Test
  void noCycleBetweenPackages() {
    slices().matching("org.tenderwatch.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void everyPackageIsAFeatureOrTheKernel() {
    var known = Stream.concat(Arrays.stream(FEATURES), Stream.of("config", "text", "store")).toList();
    var unknown = classes.stream().map(c -> c.getPackageName().replaceFirst("^org\\.tenderwatch\\.?", ""))
        .map(p -> p.contains(".") ? p.substring(0, p.indexOf('.')) : p)
        .filter(p -> !p.isEmpty() && !known.contains(p)).distinct().toList();
    org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), unknown,
        "packages missing from PackageRulesTest.FEATURES");
  }
}
