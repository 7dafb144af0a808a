package dev.fairness;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import dev.fairness.data.DatasetLoader;
import java.util.ArrayList;
import java.util.List;

/**
 * The package rules of the {@code package-info} files, checked on the compiled main classes. Every
 * package of core has one rule naming the project packages it may use; besides those, every package
 * may use {@link FairnessException}, {@link RunLog} and {@link Finding} (a warning that RunLog
 * carries), the root package's three base types. The root package itself ({@link Analyzer} and its
 * stages) may use everything.
 */
@AnalyzeClasses(packages = "dev.fairness", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageRulesTest {

  private static final String P = "dev.fairness.";

  /** Classes in a library's internal package (see {@link #NO_LIBRARY_INTERNALS}). */
  static final DescribedPredicate<JavaClass> LIBRARY_INTERNALS =
      DescribedPredicate.describe(
          "are in a library's internal package",
          c ->
              c.getPackageName().matches("com\\.fasterxml\\.jackson(\\.[a-z]+)*\\.io\\..+")
                  || c.getPackageName().matches("(.+\\.)?internal(\\..+)?")
                  || c.getPackageName().matches("(.+\\.)?schubfach(\\..+)?"));

  @ArchTest static final ArchRule TEXT = mayUse("text");
  @ArchTest static final ArchRule STATS = mayUse("stats");
  @ArchTest static final ArchRule CONFIG = mayUse("config", "metrics");
  @ArchTest static final ArchRule METRICS = mayUse("metrics", "stats", "result");
  @ArchTest static final ArchRule RESULT = mayUse("result", "text");

  @ArchTest
  static final ArchRule REPORT =
      mayUse("report", "result", "metrics", "text", "mitigate", "trend", "gate");

  @ArchTest static final ArchRule MITIGATE = mayUse("mitigate");

  @ArchTest static final ArchRule TREND = mayUse("trend", "gate", "result", "config", "text");
  @ArchTest static final ArchRule GATE = mayUse("gate", "result", "config", "text");
  @ArchTest static final ArchRule TRACKING = mayUse("tracking", "result");
  @ArchTest static final ArchRule DATA = mayUse("data", "data.csv", "config", "text");
  @ArchTest static final ArchRule DATA_CSV = mayUse("data.csv", "data");
  @ArchTest static final ArchRule COUNT = mayUse("bias.count", "data", "text");
  @ArchTest static final ArchRule GROUPS = mayUse("groups", "stats", "result");

  @ArchTest
  static final ArchRule BIAS =
      mayUse(
          "bias", "bias.count", "config", "data", "groups", "metrics", "result", "stats", "text");

  @ArchTest static final ArchRule MODEL = mayUse("model", "config", "data", "text");

  @ArchTest
  static final ArchRule EXPLAIN = mayUse("explain", "config", "data", "model", "result", "text");

  /**
   * Of data, only the loader (with CsvDataset, SideFiles) uses a CSV reader; data.csv builds on
   * data.
   */
  @ArchTest
  static final ArchRule CSV_ONLY_FROM_THE_LOADER =
      noClasses()
          .that()
          .resideInAPackage(P + "data")
          .and()
          .doNotHaveFullyQualifiedName(P + "data.SideFiles")
          .and()
          .doNotHaveFullyQualifiedName(P + "data.CsvDataset")
          .and(not(belongToAnyOf(DatasetLoader.class)))
          .should()
          .dependOnClassesThat()
          .resideInAPackage(P + "data.csv");

  /** Counts and formulas read no files, no JSON and no CSV: a Spark job can reuse them. */
  @ArchTest
  static final ArchRule PURE_MATHS =
      classes()
          .that()
          .resideInAnyPackage(P + "stats", P + "metrics", P + "bias.count", P + "groups")
          .should()
          .onlyDependOnClassesThat(
              resideInAnyPackage("java.lang..", "java.util..", "java.math..", "dev.fairness.."))
          .because("the counting and metric code must stay free of I/O libraries");

  /**
   * No class uses a library's internal packages: jackson's {@code io} sub-packages (such as {@code
   * core.io.schubfach}, {@code core.io.doubleparser}), any {@code internal} package, or any
   * Schubfach package. Our shortest-double digits come from the vendored {@code
   * text.SchubfachDouble}.
   */
  @ArchTest
  static final ArchRule NO_LIBRARY_INTERNALS =
      noClasses()
          .should()
          .dependOnClassesThat(LIBRARY_INTERNALS)
          .because("internal packages of a library change without notice");

  /** The model transports share one Jackson policy. */
  @ArchTest
  static final ArchRule ONE_OBJECT_MAPPER_IN_MODEL =
      noClasses()
          .that()
          .resideInAPackage(P + "model")
          .and()
          .doNotHaveFullyQualifiedName(P + "model.ModelJson")
          .should()
          .callConstructor(ObjectMapper.class)
          .orShould()
          .callMethod(ObjectMapper.class, "copy");

  @ArchTest
  static final ArchRule NO_PICOCLI_IN_CORE =
      noClasses().should().dependOnClassesThat().resideInAPackage("picocli..");

  @ArchTest
  static final ArchRule CORE_NEVER_PRINTS =
      GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

  /** Settings such as the input limits arrive through options; core reads no system property. */
  @ArchTest
  static final ArchRule CORE_READS_NO_SYSTEM_PROPERTY =
      noClasses()
          .should()
          .callMethod(System.class, "getProperty", String.class)
          .orShould()
          .callMethod(System.class, "getProperty", String.class, String.class)
          .orShould()
          .callMethod(System.class, "getProperties");

  @ArchTest
  static final ArchRule CORE_NEVER_EXITS =
      noClasses().should().callMethod(System.class, "exit", int.class);

  /**
   * Sub-packages (a package and its own sub-packages count as one) depend on each other
   * acyclically.
   */
  @ArchTest
  static final ArchRule NO_CYCLES =
      slices().matching("dev.fairness.(*)..").should().beFreeOfCycles();

  /**
   * Returns the rule that classes of {@code pkg} (relative to {@code dev.fairness}, exactly that
   * package) use no project class outside {@code allowed} and the three base types.
   */
  private static ArchRule mayUse(String pkg, String... allowed) {
    List<String> packages = new ArrayList<>();
    packages.add(P + pkg);
    for (String a : allowed) {
      packages.add(P + a);
    }
    DescribedPredicate<JavaClass> forbidden =
        resideInAPackage("dev.fairness..")
            .and(not(resideInAnyPackage(packages.toArray(String[]::new))))
            .and(not(belongToAnyOf(FairnessException.class, RunLog.class, Finding.class)));
    return noClasses()
        .that()
        .resideInAPackage(P + pkg)
        .should()
        .dependOnClassesThat(forbidden.as("are project classes outside " + packages));
  }
}
