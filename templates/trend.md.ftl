<#assign t = trend>
# ${t.title}

${t.verdict}

${t.runs?size} runs, ${t.orderNote}. ${t.charts?size} series.
<#if t.crossings?has_content>

## Bounds

| Bound | First run that crossed it | Latest run | Latest failed checks |
|---|---|---|---|
<#list t.crossings as c>
| ${c.expression} | ${c.firstRun} | <#if c.latestFails>**${c.latest}**<#else>${c.latest}</#if> | ${c.detail} |
</#list>
</#if>

## Series
<#list t.charts as ch>

### ${ch.heading}

<#list ch.notes as n>
${n}

</#list>
| Run | Name | Value | Interval | Status |
|--:|---|--:|--:|---|
<#list ch.rows as r>
| ${r.number} | ${r.run} | ${r.value} | ${r.interval} | <#if r.bad>**${r.status}**<#else>${r.status}</#if> |
</#list>
</#list>

## Runs

| Run | Name | Recorded time |
|--:|---|---|
<#list t.runs as r>
| ${r.number} | ${r.name} | ${r.time} |
</#list>

Generated ${t.generatedAt!"(time not recorded)"} by fairness trend.
