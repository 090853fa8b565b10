import { describe, expect, it } from 'vitest';
import { locateAmountWords, splitAmountWordsLabel } from '../../src/words/index.ts';

describe('splitAmountWordsLabel — the label forms documents use', () => {
  const labelled: ReadonlyArray<readonly [string, string, string]> = [
    ['Bằng chữ: Một triệu đồng', 'Bằng chữ:', 'Một triệu đồng'],
    ['Bằng chữ Một triệu đồng', 'Bằng chữ', 'Một triệu đồng'],
    ['BẰNG CHỮ: MỘT TRIỆU ĐỒNG', 'BẰNG CHỮ:', 'MỘT TRIỆU ĐỒNG'],
    ['Số tiền bằng chữ: Một triệu đồng', 'Số tiền bằng chữ:', 'Một triệu đồng'],
    ['Viết bằng chữ: Một triệu đồng', 'Viết bằng chữ:', 'Một triệu đồng'],
    ['Số tiền viết bằng chữ: Một triệu đồng', 'Số tiền viết bằng chữ:', 'Một triệu đồng'],
    ['Tổng số tiền (viết bằng chữ): Một triệu đồng', 'Tổng số tiền (viết bằng chữ):', 'Một triệu đồng'],
    ['(Bằng chữ: Một triệu đồng chẵn)', '(Bằng chữ:', 'Một triệu đồng chẵn'],
    ['Bang chu: Mot trieu dong', 'Bang chu:', 'Mot trieu dong'],
    ['  so tien bang chu :  Một triệu đồng ', 'so tien bang chu :', 'Một triệu đồng'],
    ['Bằng chữ:', 'Bằng chữ:', ''],
    ['Bằng chữ', 'Bằng chữ', ''],
    ['Số tiền bằng chữ:'.normalize('NFD'), 'Số tiền bằng chữ:', ''],
  ];
  it.each(labelled)('%j', (text, label, rest) => {
    expect(splitAmountWordsLabel(text)).toEqual({ label, rest });
  });

  it('is not fooled by other texts', () => {
    for (const t of ['Một triệu đồng', 'Số tiền', 'Bằng chữa', 'Tổng cộng', 'Thành tiền', '', 'Viết tắt: VB']) {
      expect(splitAmountWordsLabel(t)).toBeNull();
    }
  });
});

describe('locateAmountWords — the label cell and the cells to its right', () => {
  const cell = (at: string, text: string) => ({ at, text });
  it('words in the label cell itself', () => {
    const label = cell('A30', 'Số tiền bằng chữ: Hai trăm nghìn đồng');
    expect(locateAmountWords(label, [cell('B30', 'x')])).toEqual({ cell: label, text: 'Hai trăm nghìn đồng' });
  });
  it('"Bằng chữ" alone, the words in the next non-empty cell', () => {
    const words = cell('D30', '(Hai trăm nghìn đồng chẵn)');
    expect(locateAmountWords(cell('A30', 'Bằng chữ:'), [cell('B30', ''), cell('C30', '  '), words, cell('E30', 'khác')])).toEqual({
      cell: words,
      text: '(Hai trăm nghìn đồng chẵn)',
    });
  });
  it('no words: the place they were expected, empty text', () => {
    const b = cell('B30', '');
    expect(locateAmountWords(cell('A30', 'Viết bằng chữ:'), [b])).toEqual({ cell: b, text: '' });
    const a = cell('G30', 'Bằng chữ');
    expect(locateAmountWords(a, [])).toEqual({ cell: a, text: '' });
  });
  it('not a label: null', () => {
    expect(locateAmountWords(cell('A30', 'Tổng cộng'), [cell('B30', 'Một triệu đồng')])).toBeNull();
  });
});
