package dev.fairness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.result.AnalysisResult;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The Markdown report parses as GitHub-flavoured Markdown with well-formed tables. */
class MarkdownTablesTest {

  static Stream<Arguments> reports() {
    return Stream.of(
        Arguments.of("adult", ReportFixtures.adult(), 15),
        Arguments.of("minimal", ReportFixtures.minimal(), 3),
        Arguments.of("hostile", ReportFixtures.hostile(), 11));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void everyTableRowHasTheHeaderCellCount(String name, AnalysisResult result, int tables) {
    String md = ReportGolden.render(ReportFormat.MARKDOWN, result);
    Node doc = Parser.builder().extensions(List.of(TablesExtension.create())).build().parse(md);
    List<TableBlock> found = new ArrayList<>();
    doc.accept(
        new AbstractVisitor() {
          @Override
          public void visit(CustomBlock block) {
            if (block instanceof TableBlock t) {
              found.add(t);
            }
            visitChildren(block);
          }
        });
    assertEquals(tables, found.size(), "tables in " + name);
    long pipeRows = md.lines().filter(l -> l.startsWith("|")).count();
    long parsedRows = 0;
    for (TableBlock table : found) {
      List<TableRow> rows = rows(table);
      int header = cells(rows.get(0));
      assertTrue(header >= 2, "a table has at least two columns");
      for (TableRow row : rows) {
        assertEquals(header, cells(row), "cells in a row of a table in " + name);
      }
      parsedRows += rows.size() + 1; // + the delimiter row
    }
    assertEquals(pipeRows, parsedRows, "every pipe line belongs to a parsed table");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void sectionHeadingsFollowTheSpecOrder(String name, AnalysisResult result, int tables) {
    String md = ReportGolden.render(ReportFormat.MARKDOWN, result);
    Node doc = Parser.builder().extensions(List.of(TablesExtension.create())).build().parse(md);
    List<String> h2 = new ArrayList<>();
    doc.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Heading heading) {
            if (heading.getLevel() == 2 && heading.getFirstChild() instanceof Text t) {
              h2.add(t.getLiteral());
            }
          }
        });
    List<String> order =
        List.of(
            "Findings",
            "Configuration",
            "Pre-training bias",
            "Post-training bias",
            "Feature attributions (SHAP)",
            "Partial dependence",
            "Warnings");
    List<String> expected = new ArrayList<>(order);
    expected.retainAll(h2);
    assertEquals(expected, h2, "level-2 headings of " + name);
  }

  private static List<TableRow> rows(Node table) {
    List<TableRow> rows = new ArrayList<>();
    table.accept(
        new AbstractVisitor() {
          @Override
          public void visit(CustomNode node) {
            if (node instanceof TableRow r) {
              rows.add(r);
            }
            visitChildren(node);
          }
        });
    return rows;
  }

  private static int cells(TableRow row) {
    int n = 0;
    for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
      if (c instanceof TableCell) {
        n++;
      }
    }
    return n;
  }
}
