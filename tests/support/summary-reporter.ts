/**
 * Prints one closing line per run, "<project>: N passed, N failed[, N skipped]",
 * and adds the counts to tests/artifacts/summary.json so .ci/run can print a total.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    let project = 'tests';
    for (const mod of modules) {
      project = mod.project.name || project;
      if (mod.state() === 'failed' && [...mod.children.allTests()].length === 0) counts.failed++;
      for (const test of mod.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed++;
        else if (state === 'failed') counts.failed++;
        else counts.skipped++;
      }
    }
    const file = path.resolve('tests/artifacts/summary.json');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const all = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, typeof counts>) : {};
    all[project] = counts;
    fs.writeFileSync(file, JSON.stringify(all, null, 2));
    console.log(`\n${project}: ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`);
  }
}
