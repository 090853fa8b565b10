import { builtinBooks, computeEstimate, loadPriceBook, type EstimateInputJson } from '@dutoan/core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyForm, FormImportError, formToInput, inputToForm, reshapeForm } from '../src/taskpane/form.ts';

const repo = join(import.meta.dirname, '..', '..', '..');
const book = loadPriceBook(builtinBooks['mau-2026']!);

describe('task pane form ↔ EstimateInput', () => {
  it('an empty form has one row per book item, by section, in the book order', () => {
    const f = emptyForm(book, '2026-04-10');
    expect(f.sections.I.lines.map((l) => l.item)).toEqual(['CL.RL', 'CL.SB']);
    expect(f.sections.II.lines.map((l) => l.item)).toEqual(['SH.A4', 'SH.A3', 'BM.HS', 'BM.VB', 'KT.DL']);
    expect(f.sections.III.lines.map((l) => l.item)).toEqual(['KS.KH', 'VT.HOP', 'VC.TL', 'NT']);
    expect(formToInput(f, 'mau-2026').sections).toEqual([]);
  });

  for (const name of ['xa-bao-ha', 'so-van-hoa', 'trung-tam-luu-tru']) {
    it(`a JSON file (${name}) read into the form gives back an input core computes to the same estimate`, () => {
      const input = JSON.parse(readFileSync(join(repo, 'examples', `${name}.json`), 'utf8')) as EstimateInputJson;
      const again = formToInput(inputToForm(input, book, '2026-01-01'), 'mau-2026');
      expect(computeEstimate(again, book)).toEqual(computeEstimate(input, book));
    });
  }

  it('keeps the file order of lines (it decides the STT), not the book order', () => {
    const input: EstimateInputJson = {
      schemaVersion: 1,
      header: { agency: 'X', date: '2026-04-10' },
      sections: [{ id: 'II', vat: { rate: 0, basis: 'b' }, lines: [{ item: 'KT.DL', quantity: '1' }, { item: 'SH.A4', quantity: '2' }] }],
    };
    expect(formToInput(inputToForm(input, book, '2026-04-10'), 'mau-2026').sections[0]!.lines!.map((l) => l.item)).toEqual(['KT.DL', 'SH.A4']);
  });

  it('refuses, with paths, lines the pane cannot show: unknown items and repeated items', () => {
    const input: EstimateInputJson = {
      schemaVersion: 1,
      header: { agency: 'X', date: '2026-04-10' },
      sections: [{ id: 'II', vat: { rate: 0, basis: 'b' }, lines: [{ item: 'ZZ.1', quantity: '1' }, { item: 'SH.A4', quantity: '2' }, { item: 'SH.A4', quantity: '3' }] }],
    };
    expect(() => inputToForm(input, book, '2026-04-10')).toThrow(FormImportError);
    try {
      inputToForm(input, book, '2026-04-10');
    } catch (e) {
      expect((e as Error).message).toContain('sections[0].lines[0]: hạng mục ZZ.1');
      expect((e as Error).message).toContain('sections[0].lines[2]: hạng mục SH.A4 xuất hiện hai lần');
    }
  });

  it('switching books keeps what was typed for the items both books have', () => {
    const f = emptyForm(book, '2026-04-10');
    f.sections.II.lines[0]!.quantity = '100';
    const other = loadPriceBook({ ...builtinBooks['mau-2026']!, id: 'khac', items: builtinBooks['mau-2026']!.items.filter((i) => i.code !== 'SH.A3') });
    const g = reshapeForm(f, other);
    expect(g.sections.II.lines.map((l) => `${l.item}=${l.quantity}`)).toEqual(['SH.A4=100', 'BM.HS=', 'BM.VB=', 'KT.DL=']);
  });
});
