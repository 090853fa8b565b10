import { parseArgs } from 'node:util';
import { amountInWords, DutoanError, parseMoney, readAmountWords, render, type AmountInWordsOptions } from '@dutoan/core';
import { ExitCode } from '../exit-codes.ts';
import type { Io } from '../main.ts';

/** `dutoan words 1050000` and `dutoan words --parse "…"`. */
export async function wordsCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      parse: { type: 'string' },
      ngan: { type: 'boolean' },
      le: { type: 'boolean' },
      bon: { type: 'boolean' },
      bay: { type: 'boolean' },
      'no-chan': { type: 'boolean' },
      chan: { type: 'boolean' },
      ket: { type: 'boolean' },
    },
  });
  if (values.parse !== undefined) {
    const parsed = readAmountWords(values.parse);
    if (!parsed.ok) throw new DutoanError(...([parsed.problem.code, parsed.problem.params] as ConstructorParameters<typeof DutoanError>));
    io.out(parsed.value.toString());
    // Typed without diacritics ("Hai tram nam muoi…") or in a non-standard form ("lẻ lăm", "không nghìn"): the
    // number is still told (stdout), and on stderr what was unusual and how the words are normally written.
    if (parsed.unaccented !== null) io.err(render('WORDS_NO_DIACRITICS', { restored: parsed.unaccented }));
    for (const n of parsed.notes) io.err(render(n.code, n.params));
    if (parsed.notes.length > 0) io.err(render('WORDS_STANDARD_FORM', { standard: parsed.standard }));
    return ExitCode.Ok;
  }
  const raw = positionals.join('');
  if (!raw) throw new DutoanError('USAGE_MISSING_ARGUMENT', { what: 'số tiền' });
  const amount = parseMoney(raw, { max: '999999999999999999' });
  const opts: AmountInWordsOptions = {
    ...(values.ngan ? { thousand: 'ngàn' as const } : {}),
    ...(values.le ? { zeroTens: 'lẻ' as const } : {}),
    ...(values.bon ? { four: 'bốn' as const } : {}),
    ...(values.bay ? { seven: 'bẩy' as const } : {}),
    ...(values['no-chan'] ? { even: 'never' as const } : values.chan ? { even: 'always' as const } : {}),
    ...(values.ket ? { terminator: true } : {}),
  };
  io.out(amountInWords(amount.toFixed(0), opts));
  return ExitCode.Ok;
}
