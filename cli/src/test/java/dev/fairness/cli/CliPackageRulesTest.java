package dev.fairness.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package rule of {@code cli}: commands reach the engine through the façade ({@code Analyzer},
 * {@code AnalysisOptions}) and the config, gate, result and text packages; never through the
 * readers, the bias engine, the model transports or the maths. Core never uses the CLI.
 */
@AnalyzeClasses(packages = "dev.fairness", importOptions = ImportOption.DoNotIncludeTests.class)
class CliPackageRulesTest {

  @ArchTest
  static final ArchRule ONLY_THE_FACADE =
      noClasses()
          .that()
          .resideInAPackage("dev.fairness.cli")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.fairness.bias..",
              "dev.fairness.data",
              "dev.fairness.model..",
              "dev.fairness.explain..",
              "dev.fairness.stats..",
              "dev.fairness.metrics..",
              "dev.fairness.report..");

  @ArchTest
  static final ArchRule CORE_DOES_NOT_USE_THE_CLI =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.fairness.cli")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.fairness.cli");
}
