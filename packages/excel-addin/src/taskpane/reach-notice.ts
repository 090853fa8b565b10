/** The card telling the user, in Vietnamese, what their Excel cannot do (nothing when it can do everything). */
import { addinMessages } from '../messages.ts';
import { h } from './dom.ts';
import type { Reach } from './reach.ts';

const t = addinMessages.reach;

export function reachNotice(reach: Reach): HTMLElement | null {
  const lines = [
    ...reach.missingOperations
      .filter((m) => m.op !== 'selectCell' && m.op !== 'listSheets')
      .map((m) => t.operationMissing(t.operation[m.op], m.set)),
    ...reach.missingFeatures.map((m) => t.featureMissing(t.feature[m.feature], m.set)),
    ...(reach.customFunctions ? [] : [t.noCustomFunctions]),
  ];
  if (!lines.length) return null;
  const head = reach.missingOperations.length || reach.missingFeatures.length ? t.title(reach.excelApi) : null;
  return h('section', { id: 'reach', class: 'card notice', role: 'note' },
    head ? h('p', {}, head) : null,
    h('ul', {}, ...lines.map((l) => h('li', {}, l))),
    head ? h('p', { class: 'muted' }, t.advice) : null,
  );
}
