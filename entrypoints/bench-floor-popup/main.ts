// Only in `--mode test` builds. The popup's floor: the same 200 rows, with the popup's markup and
// style, painted from a constant with plain DOM calls (no database, no framework), and the same
// end point: the browser's paint time of the first row (Element Timing), as the mark popup:list-painted.
import '../popup/style.css';

performance.mark('popup:script');

interface ElementTiming extends PerformanceEntry {
  identifier: string;
  renderTime: number;
}
new PerformanceObserver((list, observer) => {
  const painted = (list.getEntries() as ElementTiming[]).find((e) => e.identifier === 'popup-list');
  if (!painted) return;
  performance.mark('popup:list-painted', { startTime: painted.renderTime || painted.startTime });
  observer.disconnect();
}).observe({ type: 'element', buffered: true });

const STEPS = [
  'Send invitationen',
  'Forbered TUS-mødet',
  'Hold TUS-mødet',
  'Afvent rettelser',
  'Lav IKU’erne',
  'Indhent samtykke',
  'Arkivér IKU’erne',
  'Opfølgning',
];
const ROWS = Array.from({ length: 200 }, (_, t) => ({
  team: `Team ${String(t + 1).padStart(3, '0')} – Hjemmeplejen`,
  step: STEPS[t % STEPS.length]!,
  due: `Senest ${1 + (t % 28)}. ${['januar', 'februar', 'marts', 'april'][t % 4]} 2027`,
  overdue: t % 5 === 0,
}));

const el = (tag: string, className: string, text?: string) => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
};

const main = el('main', '');
const header = el('header', '');
header.append(el('h1', '', 'TUS-assistent'), el('button', 'link', 'Åbn oversigten'));
const list = el('ul', 'team-list');
ROWS.forEach((row, index) => {
  const li = el('li', row.overdue ? 'team overdue' : 'team');
  const name = el('div', 'team-name', row.team);
  if (index === 0) name.setAttribute('elementtiming', 'popup-list');
  const step = el('div', 'step');
  step.append(el('span', 'step-label', row.step), el('span', 'due', row.due));
  li.append(name, step, el('button', '', 'Gør det'));
  list.append(li);
});
main.append(header, list);
document.getElementById('app')!.append(main);
