# Threshold mitigation

Per-group randomized thresholds on the score that meet a fairness constraint at the least cost to the objective (Fairlearn's ThresholdOptimizer, post-processing, no retraining). The rules are in `thresholds.json`; `fairness apply-thresholds` applies them to new rows.

- Score column: ${m.score}
- Label: ${m.label}
- Before mitigation: predicted positive when score > ${m.threshold}
- Rows: ${m.rows}

After-mitigation values are expected values computed exactly from the rules (each row weighted by its probability of a positive prediction), not sampled. Values are rounded to 4 decimal places. The trade-off chart is in the HTML report.
<#list m.sections as s>

## ${s.facet}: ${s.constraint}

Objective ${s.objective}, grid of ${s.gridSize} intervals.

| Measure | Before | After |
|---|---:|---:|
<#list s.summary as r>
| ${r.name} | ${r.before} | ${r.after} |
</#list>

| Group | Rows |<#list s.metrics as n> ${n} |</#list>
|---|---:|<#list s.metrics as n>---:|</#list>
<#list s.groups as g>
| ${g.group} | ${g.rows} |<#list g.values as v> ${v.before} → ${v.after} |</#list>
</#list>

Rules (positive when score > threshold; full precision in `thresholds.json`):

| Group | p0 | threshold0 | p1 | threshold1 |<#if s.equalizedOdds> p_ignore | prediction_constant |</#if>
|---|---:|---:|---:|---:|<#if s.equalizedOdds>---:|---:|</#if>
<#list s.rules as r>
| ${r.group} | ${r.p0} | ${r.threshold0} | ${r.p1} | ${r.threshold1} |<#if s.equalizedOdds> ${r.pIgnore} | ${r.constant} |</#if>
</#list>
</#list>
