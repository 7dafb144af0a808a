# ${c.title}
<#if c.facts?has_content>

<#list c.facts as f>
- ${f.name}: ${f.value}
</#list>
</#if>

${c.models?size} models on the same dataset, each analysed exactly as a run of that model alone (its own `analysis.json` and report under `models/`). The chart of ${c.xName} against disparity is in the HTML report.

## Ranking

Ranked by ${c.xName}, then by disparity; values rounded to 4 decimal places.

| Rank | Model | Accuracy | Balanced accuracy | Selection rate | ${c.yName}, worst group | Pareto-optimal |
|---:|---|---:|---:|---:|---:|---|
<#list c.ranking as r>
| ${r.rank} | ${r.name} | ${r.accuracy} | ${r.balancedAccuracy} | ${r.selectionRate} | ${r.disparity} | ${r.pareto} |
</#list>

## What the numbers show

<#list c.words as w>
- ${w}
</#list>

## Metrics per facet group
<#list c.metrics as m>

### ${m.metric}

| Facet | Group |<#list c.models as n> ${n} |</#list>
|---|---|<#list c.models as n>---:|</#list>
<#list m.rows as r>
| ${r.facet} | ${r.group} |<#list r.values as v> ${v} |</#list>
</#list>
</#list>

## Each model

<#list c.models as n>
- ${n}: [report](models/${n}/${c.reportName}.md), [analysis.json](models/${n}/analysis.json)
</#list>

Accuracy, balanced accuracy and selection rate are computed over all rows from the label and each model's predicted label. The disparity of DI is 1 − min(DI, 1/DI) (0 at parity); of any other metric its absolute value; a model's disparity is that of its worst facet group. A model is Pareto-optimal when no other model has at least its ${c.xName} and at most its disparity, and is strictly better on one of them.
