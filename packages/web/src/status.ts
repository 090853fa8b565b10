/** A status box (role=status): one sentence and, below it, the places a problem is at (Sheet!A1 or field path). */
import { el, replace } from './dom.ts';
import type { WorkerFailure } from './worker/client.ts';

export type StatusKind = 'info' | 'ok' | 'warn' | 'error';

export interface StatusBox {
  root: HTMLElement;
  show(kind: StatusKind, text: string, items?: readonly string[]): void;
  /** A refusal: its message (which may already list its places line by line) and its issues. */
  fail(e: WorkerFailure | Error): void;
  clear(): void;
}

export function statusBox(id: string): StatusBox {
  const root = el('div', { id, class: 'status', role: 'status', 'aria-live': 'polite' });
  const show = (kind: StatusKind, text: string, items: readonly string[] = []) => {
    root.className = `status ${kind}`;
    const [head, ...rest] = text.split('\n');
    const lines = [...rest.map((l) => l.trim()).filter(Boolean), ...items];
    replace(root, el('p', {}, head ?? ''), lines.length ? el('ul', {}, ...lines.map((l) => el('li', {}, l))) : null);
  };
  return {
    root,
    show,
    fail(e) {
      const issues = 'issues' in e ? e.issues : [];
      const listed = issues.filter((i) => !e.message.includes(i.message)).map((i) => `${i.path}: ${i.message}`);
      show('error', e.message, listed);
    },
    clear() {
      root.className = 'status';
      root.replaceChildren();
    },
  };
}
