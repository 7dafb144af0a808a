<#-- Texts shared by report.html.ftlh and report.md.ftl. This file takes the output format of the
     renderer that loads it (HTML or Markdown), so every interpolation is escaped for that format.
     Only words live here, no markup. -->
<#macro notation>d is the selected facet group and a is the rest of the rows. Values are rounded to 4 decimal places; infinite values show as +∞ or −∞ and failed metrics as —.</#macro>
<#macro labelLine section>Label ${section.label}; positive when ${section.positive}.</#macro>
<#macro shapLine shap>Aggregation method ${shap.aggregation} over ${shap.explainedRecords} explained records; features sorted by global SHAP value, largest first.</#macro>
<#macro expectedLine view>Expected value (the model output for the baseline): ${view.expectedValue}.</#macro>
<#macro confusionNote>Fractions of each side's rows: true positives (TP), false positives (FP), false negatives (FN) and true negatives (TN).</#macro>
<#macro pdpLine view><#if view.bars??>${view.dataType} feature; mean model output per value, in value order, one bar per label key.<#else>${view.dataType} feature; mean model output per grid value, one line per label key, with the share of rows per grid value underneath.</#if></#macro>
<#macro generatedLine header>Generated ${header.generatedAt!"(time not recorded)"}<#if header.toolVersion??> by fairness ${header.toolVersion}</#if>.</#macro>
