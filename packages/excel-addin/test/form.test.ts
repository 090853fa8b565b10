import { builtinBooks, computeEstimate, loadPriceBook, type EstimateInputJson } from '@dutoan/core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coefficientChoices, emptyForm, FormImportError, formToInput, inputToForm, reshapeForm, setLineCoefficient } from '../src/taskpane/form.ts';

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

describe('the line form picks a line\'s coefficients from the book (issue 13)', () => {
  // examples/books/mau-40-hang-muc.json (MẪU): K.1975 = 1,3 and K.NN = 1,2 on NC.CL (by code), K.HH on SH.*, K.VC on
  // section III, K.KV on sections I and II with no value yet.
  const mau40 = loadPriceBook(JSON.parse(readFileSync(join(repo, 'examples', 'books', 'mau-40-hang-muc.json'), 'utf8')));
  const line = (f: ReturnType<typeof emptyForm>, code: string, variant?: string) =>
    [...f.sections.I.lines, ...f.sections.II.lines, ...f.sections.III.lines].find((l) => l.item === code && l.variant === variant)!;

  it('offers only the coefficients the book allows on the item, in the book\'s order, a valueless one marked', () => {
    const f = emptyForm(mau40, '2026-04-10');
    const ids = (code: string, variant?: string) => coefficientChoices(mau40, line(f, code, variant)).map((c) => `${c.id}=${c.value ?? '—'}`);
    expect(ids('NC.CL', 'Mức độ phức tạp 2')).toEqual(['K.1975=1.3', 'K.NN=1.2', 'K.KV=—']);
    expect(ids('VT.CL')).toEqual(['K.KV=—']);
    expect(ids('SH.A3')).toEqual(['K.HH=1.15', 'K.KV=—']);
    expect(ids('VC.TL')).toEqual(['K.VC=1.1']);
    expect(coefficientChoices(book, emptyForm(book, '2026-04-10').sections.I.lines[0]!)).toEqual([]); // mau-2026 has none
  });

  it('ticking keeps the book\'s order; a not-allowed or valueless one cannot be put on; the input computes with them', () => {
    const f = emptyForm(mau40, '2026-04-10');
    const l = line(f, 'NC.CL', 'Mức độ phức tạp 2');
    l.quantity = '12,5';
    setLineCoefficient(mau40, l, 'K.NN', true);
    setLineCoefficient(mau40, l, 'K.1975', true);
    setLineCoefficient(mau40, l, 'K.KV', true); // no value in the book
    setLineCoefficient(mau40, l, 'K.HH', true); // not allowed on NC.CL
    expect(l.coefficients).toEqual(['K.1975', 'K.NN']);
    f.header.agency = 'ĐƠN VỊ MẪU';
    for (const s of ['I', 'II', 'III'] as const) f.sections[s].vatBasis = 'MẪU';
    const e = computeEstimate(formToInput(f, mau40.id), mau40);
    // 12,5 × 4.444.000 × 1,3 × 1,2 = 55.550.000 × 1,56 = 86.658.000
    expect(e.sections[0]!.lines.map((x) => [x.item, x.variant, x.factor, x.amount])).toEqual([['NC.CL', 'Mức độ phức tạp 2', '1.56', '86658000']]);
    setLineCoefficient(mau40, l, 'K.1975', false);
    setLineCoefficient(mau40, l, 'K.NN', false);
    expect(l.coefficients).toBeUndefined();
  });

  it('a coefficient a file put on a line the book does not allow is shown (not allowed) and can be taken off', () => {
    const f = emptyForm(mau40, '2026-04-10');
    const l = line(f, 'NC.CL', 'Mức độ phức tạp 1');
    l.coefficients = ['K.HH', 'K.1975'];
    expect(coefficientChoices(mau40, l).map((c) => `${c.id}:${c.checked ? 'on' : 'off'}:${c.allowed ? 'allowed' : 'not allowed'}`)).toEqual([
      'K.1975:on:allowed', 'K.NN:off:allowed', 'K.KV:off:allowed', 'K.HH:on:not allowed',
    ]);
    setLineCoefficient(mau40, l, 'K.HH', false);
    expect(l.coefficients).toEqual(['K.1975']);
  });
});
