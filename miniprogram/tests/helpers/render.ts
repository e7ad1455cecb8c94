/**
 * Renders a page or component of the mini program with miniprogram-simulate. Pages are written
 * with `Component({ methods: { onLoad } })`, so they render like components; Vant Weapp tags (npm
 * components the simulator cannot resolve) become stubs that show their title/text/value and slot;
 * <rich-text> shows its HTML.
 */
import fs from 'fs';
import path from 'path';

const simulate = require('miniprogram-simulate');

export const ROOT = path.resolve(__dirname, '..', '..', 'miniprogram');

function jsonFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'miniprogram_npm' ? [] : jsonFiles(full);
    return e.name.endsWith('.json') ? [full] : [];
  });
}

/** Every Vant tag any page or component uses. */
function vantTags(): string[] {
  const tags = new Set<string>();
  for (const file of jsonFiles(ROOT)) {
    const using = (JSON.parse(fs.readFileSync(file, 'utf8')).usingComponents ?? {}) as Record<string, string>;
    for (const [tag, target] of Object.entries(using)) if (target.startsWith('@vant/')) tags.add(tag);
  }
  return [...tags];
}

function vantStub(): string {
  return simulate.load({
    template: '<view class="van-stub">{{title}}{{text}}{{buttonText}}{{label}}{{value}}{{description}}<slot/></view>',
    properties: { title: null, text: null, buttonText: null, label: null, value: null, description: null },
  });
}

/**
 * WeChat's <rich-text> (the simulator renders it empty): the same HTML string parsed into the
 * element, as the phone would show it. Only string `nodes` are used by the mini program.
 */
function richTextStub(): string {
  return simulate.load({
    template: '<view class="rich-text-stub"></view>',
    properties: {
      nodes: {
        type: String,
        value: '',
        observer(this: any, html: string) {
          this.__domElement.firstElementChild.innerHTML = html;
        },
      },
    },
  });
}

export interface Rendered {
  root: any;
  instance: any;
  data: Record<string, any>;
  /** All text the user sees, whitespace collapsed. */
  text(): string;
  /** The element with this id (a stubbed Vant tag or a plain view). */
  byId(id: string): any;
  /** Fires a Vant event (click, submit, change…) or a tap on the element with this id. */
  fire(id: string, event: string, detail?: unknown): Promise<void>;
}

/** `rel` is relative to the mini program root without extension, e.g. 'pages/home/index'. */
export function render(rel: string, properties: Record<string, unknown> = {}): Rendered {
  const stub = vantStub();
  const usingComponents = { ...Object.fromEntries(vantTags().map((tag) => [tag, stub])), 'rich-text': richTextStub() };
  const id = simulate.load(path.join(ROOT, rel), 'page', { rootPath: ROOT, usingComponents });
  const root = simulate.render(id, properties);
  root.attach(document.createElement('parent-wrapper'));
  const byId = (elementId: string) => {
    const el = root.querySelector(`#${elementId}`);
    if (!el) throw new Error(`#${elementId} is not on ${rel}`);
    return el;
  };
  return {
    root,
    instance: root.instance,
    get data() {
      return root.data;
    },
    text: () => (root.dom.textContent as string).replace(/\s+/g, ' ').trim(),
    byId,
    async fire(elementId, event, detail) {
      byId(elementId).dispatchEvent(event, detail === undefined ? {} : { detail });
      await simulate.sleep(0);
    },
  };
}

export const sleep = (ms: number): Promise<void> => simulate.sleep(ms);

/** Taps an element found by a query (`root.querySelector(...)`) and lets the handlers run. */
export async function tap(element: any): Promise<void> {
  if (!element) throw new Error('nothing to tap');
  element.dispatchEvent('tap');
  await sleep(0);
}

/** Waits until `check` stops throwing (the page awaits HTTP calls it does not return). */
export async function until(check: () => void, timeoutMs = 10000): Promise<void> {
  const start = Date.now();
  for (;;) {
    try {
      check();
      return;
    } catch (err) {
      if (Date.now() - start > timeoutMs) throw err;
      await sleep(20);
    }
  }
}
