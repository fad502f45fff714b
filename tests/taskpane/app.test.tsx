/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../../src/taskpane/App';
import { layoutToSnapshot } from '../../src/domain/templates';
import type { Plan } from '../../src/domain/plans/plan';
import type { WorkbookSnapshot } from '../../src/domain/workbook/snapshot';
import { filledCensus } from '../fixtures/generate';
import { applyPlanToSnapshot } from '../../src/domain/plans/apply-to-snapshot';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
// jsdom lacks ResizeObserver, which Fluent's TabList uses to lay out its tabs.
(window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

class MemoryHost {
  applied: Plan[] = [];
  constructor(public snapshot: WorkbookSnapshot, private failRead = false) {}
  async read() {
    if (this.failRead) throw new Error('le classeur est verrouillé');
    return this.snapshot;
  }
  async apply(plan: Plan) {
    this.applied.push(plan);
    this.snapshot = applyPlanToSnapshot(this.snapshot, plan);
  }
}

async function mount(host: MemoryHost) {
  const div = document.createElement('div');
  document.body.appendChild(div);
  await act(async () => createRoot(div).render(<App host={host} />));
  return div;
}

const flush = () => act(async () => new Promise((r) => setTimeout(r, 0)));
const click = async (el: Element | null | undefined) => {
  if (!el) throw new Error('élément introuvable');
  await act(async () => (el as HTMLElement).click());
  await flush();
};
// Fluent's Tab repeats its label in a hidden span that reserves the bold width.
const tab = (div: HTMLElement, name: string) => [...div.querySelectorAll('[role=tab]')].find((t) => (t.textContent ?? '').startsWith(name));
const button = (div: HTMLElement, text: RegExp) => [...div.querySelectorAll('button')].find((b) => text.test((b.textContent ?? '').trim()));

describe('the pane', () => {
  it('shows the plan before applying it, and applies exactly that plan on request', async () => {
    const host = new MemoryHost(layoutToSnapshot(filledCensus()));
    const div = await mount(host);
    await flush();
    expect(div.textContent).toContain('Outil de recensement des risques');
    await click(tab(div, 'Réparer'));
    await click(button(div, /Voir ce qui changera/));
    expect(div.textContent).toMatch(/modifications prévues/);
    expect(div.textContent).toContain('Grille de recensement!B4');
    expect(host.applied).toHaveLength(0);
    await click(button(div, /Appliquer les \d+ modifications/));
    expect(host.applied).toHaveLength(1);
    expect(host.applied[0].command).toBe('repair');
    expect(div.textContent).toMatch(/modifications appliquées/);
    await click(button(div, /Voir ce qui changera/));
    expect(div.textContent).toContain('Rien à modifier : le classeur est à jour.');
  });

  it('says in French when the workbook cannot be read', async () => {
    const div = await mount(new MemoryHost(layoutToSnapshot(filledCensus()), true));
    await flush();
    expect(div.textContent).toContain('Lecture du classeur : échec. le classeur est verrouillé');
  });

  it('lists the findings of the check grouped by sheet', async () => {
    const div = await mount(new MemoryHost(layoutToSnapshot(filledCensus())));
    await flush();
    await click(tab(div, 'Vérifier'));
    await click(button(div, /Vérifier avant l’envoi au CTP/));
    expect(div.textContent).toContain('Feuille « Grille de recensement »');
    expect(div.textContent).toMatch(/#REF!/);
  });
});
