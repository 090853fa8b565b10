/** A small DOM builder for the page (no framework): attributes, listeners (`on…`), children. */

type AttrValue = string | number | boolean | undefined | null;
type Attrs = Record<string, AttrValue | ((e: Event) => void)>;
export type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (typeof value === 'function') node.addEventListener(name.slice(2), value);
    else if (name === 'class') node.className = String(value);
    else if (name === 'value') (node as HTMLInputElement).value = String(value);
    else if (name === 'checked') (node as HTMLInputElement).checked = Boolean(value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, ...children);
  return node;
}

export function append(parent: Element, ...children: Child[]): void {
  for (const c of children) if (c !== null && c !== undefined && c !== false) parent.append(c);
}

/** Replace every child of `parent`. */
export function replace(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

/** A labelled field: <label for=id>text</label> + the control (every control of the page has a visible label). */
export function field(label: string, control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, hint?: string): HTMLDivElement {
  if (!control.id) throw new Error(`field "${label}" needs an id`);
  const hintId = hint ? `${control.id}-hint` : undefined;
  if (hintId) control.setAttribute('aria-describedby', hintId);
  return el('div', { class: 'field' }, el('label', { for: control.id }, label), control, hint ? el('small', { id: hintId, class: 'hint' }, hint) : null);
}

/** A <select> of options [value, text]. */
export function select(id: string, options: ReadonlyArray<readonly [string, string]>, value?: string): HTMLSelectElement {
  const s = el('select', { id });
  for (const [v, t] of options) s.append(el('option', { value: v }, t));
  if (value !== undefined) s.value = value;
  return s;
}
