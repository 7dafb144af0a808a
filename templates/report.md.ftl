<#import "_macros.ftl" as m>
<#assign r = report>
<#macro confusion cm>
| ${cm.title} | Predicted positive | Predicted negative |
|---|---:|---:|
| Actual positive | TP ${cm.tp} | FN ${cm.fn} |
| Actual negative | FP ${cm.fp} | TN ${cm.tn} |

</#macro>
<#macro biasSection s>
## ${s.title}

<@m.labelLine s/> <@m.notation/>

<#list s.facets as f>
### Facet ${f.name}

<#list f.groups as g>
#### ${g.title}

<#if g.stats?has_content>
| Statistic | ${g.title} (d) | Rest (a) |
|---|---:|---:|
<#list g.stats as st>
| ${st.name} | ${st.group} | ${st.rest} |
</#list>

</#if>
| Metric | Description | Value | Range | How to read |
|---|---|---:|---|---|
<#list g.metrics as mr>
| ${mr.name} | ${mr.description} | ${mr.value} | ${mr.range} | <#if mr.failed>Not computed: </#if>${mr.reading} |
</#list>

<#if g.confusion?has_content>
<@m.confusionNote/>


<#list g.confusion as cm><@confusion cm/></#list>
</#if>
</#list>
</#list>
<#if s.performance??>
<#assign p = s.performance>
### Model performance

| Measure | Value |
|---|---:|
<#list p.metrics as nv>
| ${nv.name} | ${nv.value} |
</#list>

<#if p.binary??><@confusion p.binary/></#if>
<#if p.classLabels?has_content>
Confusion matrix (counts; rows are true labels, columns predicted labels):

| True / Predicted |<#list p.classLabels as cl> ${cl} |</#list>
|---|<#list p.classLabels as cl>---:|</#list>
<#list p.classRows as cr>
| ${cr.label} |<#list cr.counts as c> ${c} |</#list>
</#list>

</#if>
</#if>
</#macro>
# ${r.header.title}

| Run | |
|---|---|
| Generated | ${r.header.generatedAt!"—"} |
<#if r.header.toolVersion??>
| Tool version | fairness ${r.header.toolVersion} |
</#if>
<#if r.header.datasetPath??>
| Dataset | ${r.header.datasetPath} |
</#if>
<#if r.header.datasetType??>
| Dataset type | ${r.header.datasetType} |
</#if>
<#if r.header.rows??>
| Rows | ${r.header.rows} |
</#if>

<#if r.settings?has_content>
## Configuration

| Setting | Value |
|---|---|
<#list r.settings as st>
| ${st.name} | ${st.values?join("; ")} |
</#list>

</#if>
<#if r.preTraining??><@biasSection r.preTraining/></#if>
<#if r.postTraining??><@biasSection r.postTraining/></#if>
<#if r.groupMetrics??>
## Group metrics (Fairlearn)

Each group's model metrics, as Fairlearn's MetricFrame computes them; the two values of the largest gap between groups are in bold.

<#list r.groupMetrics.facets as f>
### Facet ${f.name}

<#list f.readings as line>
${line}

</#list>
| Group |<#list f.headers as h> ${h} |</#list>
|---|<#list f.headers as h>---:|</#list>
<#list f.rows as row>
| ${row.group} |<#list row.cells as c> <#if c.mark?has_content>**${c.value}**<#else>${c.value}</#if> |</#list>
</#list>

| Summary | Value |
|---|---:|
<#list f.summary as sv>
| ${sv.name} | ${sv.value} |
</#list>

</#list>
</#if>
<#if r.shap??>
## Feature attributions (SHAP)

<@m.shapLine r.shap/>


<#list r.shap.labels as sv>
### Label key ${sv.labelKey}

<@m.expectedLine sv/>


Top ${sv.top?size}:

<#list sv.top as fv>
${fv?counter}. ${fv.name}: ${fv.value}
</#list>

| Rank | Feature | Global SHAP value |
|---:|---|---:|
<#list sv.features as fv>
| ${fv?counter} | ${fv.name} | ${fv.value} |
</#list>

</#list>
</#if>
<#if r.pdp?has_content>
## Partial dependence

<#list r.pdp as pv>
### Feature ${pv.feature}

<#if pv.error??>
${pv.dataType} feature: ${pv.error}

<#else>
<@m.pdpLine pv/>


| ${pv.feature} | Share of rows |<#list pv.labelHeaders as h> ${h} |</#list>
|---|---:|<#list pv.labelHeaders as h>---:|</#list>
<#list pv.rows as row>
| ${row.value} | ${row.distribution} |<#list row.predictions as c> ${c} |</#list>
</#list>

</#if>
</#list>
</#if>
<#if r.warnings?has_content>
## Warnings

<#list r.warnings as w>
- ${w}
</#list>

</#if>
---
<@m.generatedLine r.header/>

