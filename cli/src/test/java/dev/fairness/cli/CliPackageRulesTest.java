package dev.fairness.cli;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.fairness.data.InputLimits;
import dev.fairness.report.ReportFormat;

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
              "dev.fairness.model..",
              "dev.fairness.explain..",
              "dev.fairness.stats..",
              "dev.fairness.metrics..");

  /** Of data, the CLI names only the input limits it reads from the JVM's system properties. */
  @ArchTest
  static final ArchRule ONLY_THE_INPUT_LIMITS =
      noClasses()
          .that()
          .resideInAPackage("dev.fairness.cli")
          .should()
          .dependOnClassesThat(
              resideInAPackage("dev.fairness.data")
                  .and(not(belongToAnyOf(InputLimits.class)))
                  .as("data classes other than InputLimits"));

  /** Of the reports, the CLI names only the formats {@code --format} converts to. */
  @ArchTest
  static final ArchRule ONLY_THE_REPORT_FORMATS =
      noClasses()
          .that()
          .resideInAPackage("dev.fairness.cli")
          .should()
          .dependOnClassesThat(
              resideInAPackage("dev.fairness.report..")
                  .and(not(belongToAnyOf(ReportFormat.class)))
                  .as("report classes other than ReportFormat"));

  @ArchTest
  static final ArchRule CORE_DOES_NOT_USE_THE_CLI =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.fairness.cli")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.fairness.cli");
}
