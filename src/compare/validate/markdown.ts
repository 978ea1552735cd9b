import { formatAccuracy } from './format.js';
import { methodLabel } from './labels.js';
import * as messages from './messages.js';
import type { ValidationReport } from './types.js';
import { displayLr } from '../../numbers.js';

/** The validation.md text: the picks table, the claim's verdict, then the grid. Pure. */
export function validationMarkdown(report: ValidationReport): string {
  const { band, settings } = report;
  const lines: string[] = [];
  lines.push(`# Validation: ${report.model}`, '');
  lines.push(messages.trainingLine(settings.epochs, settings.patience, settings.seed), '');
  if (band) lines.push(messages.bandLine(band), '');
  else lines.push(messages.noGridAccuracy, '');
  lines.push('| method | lr | accuracy | % of best grid | val loss | epochs | in band | cost to get the pick | seconds |');
  lines.push('|---|---|---|---|---|---|---|---|---|');
  for (const row of report.picks) {
    const cost = row.cost.kind === 'search' ? `${row.cost.trials} trials, ${row.cost.steps} steps` : `1 run, ${row.cost.steps} steps`;
    if (row.lr === null) {
      lines.push(`| ${methodLabel(row.method)} | — | — | — | — | — | — | ${cost} | ${row.cost.seconds.toFixed(1)} |`);
      continue;
    }
    const o = row.outcome;
    lines.push(
      `| ${methodLabel(row.method)} | ${displayLr(row.lr)} | ${formatAccuracy(o?.accuracy ?? null)} | ${
        row.percentOfBest === null ? '—' : `${row.percentOfBest.toFixed(1)} %`
      } | ${o?.loss === null || o === null ? '—' : o.loss.toPrecision(4)} | ${o === null ? '—' : messages.epochsCell(o)} | ${row.insideBand === null ? '—' : row.insideBand ? 'yes' : 'no'} | ${cost} | ${row.cost.seconds.toFixed(1)} |`,
    );
  }
  const missing = report.picks.filter((r) => r.lr === null);
  if (missing.length > 0) {
    lines.push('');
    for (const r of missing) lines.push(`- ${methodLabel(r.method)}: ${r.reason ?? 'no pick'}`);
  }
  lines.push('', '<details><summary>Grid: accuracy and loss at every learning rate</summary>', '');
  lines.push('| lr | accuracy | val loss | epochs | seconds |', '|---|---|---|---|---|');
  for (const g of report.grid) {
    lines.push(
      `| ${displayLr(g.lr)} | ${formatAccuracy(g.accuracy)} | ${g.loss === null ? '—' : g.loss.toPrecision(4)} | ${messages.epochsCell(g)} | ${(g.ms / 1000).toFixed(1)} |`,
    );
  }
  lines.push('', '</details>', '');
  return lines.join('\n');
}
