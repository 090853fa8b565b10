/**
 * Bằng chữ: number → words with every option of core's amountInWords (`dutoan words` and its flags), and every
 * spelling the parser accepts for that amount; words → number with core's readAmountWords (`dutoan words
 * --parse`), including words typed without diacritics and the note giving them as they should be written.
 */
import { amountInWords, formatMoney, isDutoanError, parseMoney, readAmountWords, render, type AmountInWordsOptions } from '@dutoan/core';
import { el, field, replace, select } from '../dom.ts';
import { statusBox } from '../status.ts';
import { webText } from '../text.ts';

const T = webText.words;

export function wordsTab(root: HTMLElement): void {
  const O = T.options;
  const amount = el('input', { id: 'words-amount', type: 'text', inputmode: 'numeric', value: '1.050.000' });
  const thousand = select('words-thousand', [['nghìn', 'nghìn'], ['ngàn', 'ngàn']], 'nghìn');
  const zeroTens = select('words-zeroTens', [['linh', 'linh'], ['lẻ', 'lẻ']], 'linh');
  const four = select('words-four', [['tư', 'tư'], ['bốn', 'bốn']], 'tư');
  const seven = select('words-seven', [['bảy', 'bảy'], ['bẩy', 'bẩy']], 'bảy');
  const even = select('words-even', Object.entries(T.evenModes), 'whenRound');
  const terminator = el('input', { id: 'words-terminator', type: 'checkbox' });
  const out = el('output', { id: 'words-result', for: 'words-amount', class: 'words big' });
  const variants = el('ul', { id: 'words-variants', class: 'variants' });
  const toWordsStatus = statusBox('words-status');

  const text = el('textarea', { id: 'words-text', rows: '3' }, 'Bằng chữ: Một triệu không trăm năm mươi nghìn đồng chẵn./.');
  const parsed = el('div', { id: 'words-parsed', 'aria-live': 'polite' });

  root.append(
    el('h2', {}, T.heading),
    el(
      'section',
      { class: 'card', 'aria-labelledby': 'words-to-title' },
      el('h3', { id: 'words-to-title' }, T.toWordsTitle),
      el(
        'div',
        { class: 'grid3' },
        el('div', { class: 'span3' }, field(T.amount, amount, T.amountHint)),
        field(O.thousand, thousand),
        field(O.zeroTens, zeroTens),
        field(O.four, four),
        field(O.seven, seven),
        field(O.even, even),
        el('div', { class: 'check' }, terminator, el('label', { for: terminator.id }, O.terminator)),
      ),
      el('p', {}, el('strong', {}, `${T.result}: `), out),
      toWordsStatus.root,
      el('h4', {}, T.variantsTitle),
      variants,
    ),
    el(
      'section',
      { class: 'card', 'aria-labelledby': 'words-parse-title' },
      el('h3', { id: 'words-parse-title' }, T.toNumberTitle),
      field(T.text, text, T.textHint),
      parsed,
    ),
  );

  const toWords = () => {
    toWordsStatus.clear();
    const raw = amount.value.trim();
    if (!raw) {
      out.textContent = '';
      replace(variants);
      toWordsStatus.show('info', T.empty);
      return;
    }
    let digits: string;
    try {
      digits = parseMoney(raw, { field: T.amount, max: '999999999999999999' }).toString();
    } catch (e) {
      out.textContent = '';
      replace(variants);
      if (!isDutoanError(e)) throw e;
      toWordsStatus.show('error', e.message);
      return;
    }
    const common: AmountInWordsOptions = { even: even.value as AmountInWordsOptions['even'], terminator: terminator.checked };
    out.textContent = amountInWords(digits, {
      ...common,
      thousand: thousand.value as 'nghìn',
      zeroTens: zeroTens.value as 'linh',
      four: four.value as 'tư',
      seven: seven.value as 'bảy',
    });
    const all = new Set<string>();
    for (const th of ['nghìn', 'ngàn'] as const)
      for (const z of ['linh', 'lẻ'] as const)
        for (const f of ['tư', 'bốn'] as const)
          for (const s of ['bảy', 'bẩy'] as const) all.add(amountInWords(digits, { ...common, thousand: th, zeroTens: z, four: f, seven: s }));
    replace(variants, ...[...all].map((v) => el('li', {}, v)));
  };

  const toNumber = () => {
    const v = text.value.trim();
    if (!v) {
      replace(parsed);
      return;
    }
    const r = readAmountWords(v);
    if (!r.ok) {
      const box = statusBox('words-parse-status');
      box.show('error', r.message);
      replace(parsed, box.root);
      return;
    }
    replace(
      parsed,
      el('p', { id: 'words-number', class: 'big' }, T.read(formatMoney(r.value.toString()), r.value.toString())),
      r.unaccented !== null ? el('p', { id: 'words-note', class: 'status warn' }, T.unaccented(r.unaccented)) : null,
      r.notes.length
        ? el(
            'div',
            { id: 'words-notes', class: 'status warn' },
            el('ul', {}, ...r.notes.map((n) => el('li', {}, render(n.code, n.params)))),
            el('p', {}, render('WORDS_STANDARD_FORM', { standard: r.standard })),
          )
        : null,
    );
  };

  for (const c of [amount, thousand, zeroTens, four, seven, even, terminator]) {
    c.addEventListener('input', toWords);
    c.addEventListener('change', toWords);
  }
  text.addEventListener('input', toNumber);
  toWords();
  toNumber();
}
