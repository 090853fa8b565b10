import type { Estimate } from '../model/estimate.ts';
import type { Location } from './finding.ts';
import type { ReadNumber, ReadText, SubmittedEstimate, SubmittedSigner } from './submitted.ts';

const at = (line: string): Location => ({ line });
const text = (path: string, t: string): ReadText => ({ at: at(path), text: t });
const number = (path: string, v: string): ReadNumber => ({ at: at(path), value: v, raw: v, formula: null, formulaExpected: false });

function vnDateLine(place: string, iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${place}, ngày ${Number(d)} tháng ${Number(m)} năm ${y}`;
}

/**
 * A computed JSON estimate as a submission, so the same rules audit JSON files (locations are field paths such
 * as "sections[1].lines[0].unitPrice"). The estimate carries its book id, hash and sample label.
 */
export function submissionFromEstimate(e: Estimate): SubmittedEstimate {
  const signer = (key: 'preparer' | 'accountant' | 'head'): SubmittedSigner => ({
    role: text(`header.signers.${key}`, ''),
    name: text(`header.signers.${key}`, e.header.signers[key]),
  });
  return {
    kind: 'generic',
    sheet: '',
    header: {
      parentBody: text('header.parentBody', e.header.parentBody),
      agency: text('header.agency', e.header.agency),
      dateLine: text('header.date', vnDateLine(e.header.place, e.header.date)),
      date: e.header.date,
      signers: { preparer: signer('preparer'), accountant: signer('accountant'), head: signer('head') },
    },
    sections: e.sections.map((s, si) => {
      const p = `sections[${si}]`;
      return {
        id: s.id,
        title: text(`${p}.title`, s.title),
        lines: s.lines.map((l, li) => {
          const lp = `${p}.lines[${li}]`;
          return {
            section: s.id,
            stt: text(`${lp}.stt`, l.stt),
            content: text(`${lp}.content`, l.content),
            unit: text(`${lp}.unit`, l.unit),
            quantity: number(`${lp}.quantity`, l.quantity),
            unitPrice: number(`${lp}.unitPrice`, l.unitPrice),
            amount: number(`${lp}.amount`, l.amount),
            note: text(`${lp}.note`, l.note),
            itemCode: text(`${lp}.item`, l.item),
          };
        }),
        ...(s.rebase?.adjustment
          ? { adjustments: [{ label: text(`${p}.rebase.adjustment.label`, s.rebase.adjustment.label), amount: number(`${p}.rebase.adjustment.amount`, s.rebase.adjustment.amount) }] }
          : {}),
        subtotal: number(`${p}.subtotal`, s.subtotal),
        vat: {
          label: text(`${p}.vat`, ''),
          rate: { at: at(`${p}.vat.rate`), value: String(s.vat.rate), raw: `${s.vat.rate}%` },
          basis: text(`${p}.vat.basis`, s.vat.basis),
          amount: number(`${p}.vat.amount`, s.vat.amount),
        },
        total: number(`${p}.total`, s.total),
      };
    }),
    totalBeforeVat: number('totalBeforeVat', e.totalBeforeVat),
    vatTotal: number('vatTotal', e.vatTotal),
    grandTotal: number('total', e.total),
    rounding: e.rounding.toThousand ? number('rounding.adjustment', e.rounding.adjustment) : null,
    finalAmount: number('finalAmount', e.finalAmount),
    words: text('amountInWords', e.amountInWords),
    book: {
      id: text('book.id', e.book.id),
      hash: text('book.hash', e.book.hash),
      status: text('book.status', e.book.status),
      sampleLabel: e.sampleLabel ? text('sampleLabel', e.sampleLabel) : null,
    },
    skipped: [],
  };
}
