// The realistic layout corpus (issue 11): hand-made estimates as agencies type them, each clean and with planted
// defects at known cells, written to test/fixtures/layouts/*.xlsx with expected.json. The layouts and their
// hand-computed figures are in test/fixtures/layouts/define/ (the kit they are written with: test/fixtures/layouts/kit/).
//
// Every workbook with formulas is recalculated and saved by LibreOffice (throwaway profile, "always recalculate"),
// and nothing is written unless every cell LibreOffice saved equals the hand computation. Files whose cells did
// not change are left untouched (LibreOffice's bytes carry dates; the cells are the contract).
//
//   node packages/cli/bin/run-ts.js scripts/make-layout-corpus.ts [OUT_DIR] [--only L01,L02]
import { fileURLToPath } from 'node:url';
import { layouts as allLayouts } from '../test/fixtures/layouts/define/index.ts';
import { writeCorpus } from '../test/fixtures/layouts/kit/write-corpus.ts';

const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? new Set((args[onlyAt + 1] ?? '').split(',')) : null;
const outDir = args.find((a, i) => !a.startsWith("--") && (onlyAt < 0 || i !== onlyAt + 1)) ?? fileURLToPath(new URL('../test/fixtures/layouts/', import.meta.url));
const layouts = only ? allLayouts.filter((l) => only.has(l.id)) : allLayouts;
if (!layouts.length) {
  console.error(`Không có bố cục nào khớp --only ${[...(only ?? [])].join(',')}`);
  process.exit(2);
}

const r = await writeCorpus(layouts, outDir, {
  // A partial run (--only) writes its own expected file and removes nothing.
  expectedName: only ? 'expected.partial.json' : 'expected.json',
  prune: !only,
  note: 'Sinh bởi scripts/make-layout-corpus.ts từ test/fixtures/layouts/define/ — không sửa tay.',
});
console.log(`Đã ghi ${r.files} tệp của ${layouts.length} bố cục vào ${outDir}: ${r.written} tệp mới hoặc thay đổi, ${r.kept} giữ nguyên, ${r.removed} tệp cũ bị xóa.`);
