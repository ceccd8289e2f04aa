import type { JSX } from 'preact';
import { type FieldId, THEME_LABELS, WHEEL, WHEEL_CENTER_HINT } from '../../lib/session/cards';
import { useT } from '../hooks/use-t';

interface Props {
  selected: FieldId | null;
  label: string;
  onSelect: (field: FieldId) => void;
}

const COLORS = { voresTeam: '#f5c242', faglighed: '#6aa5d8', relationer: '#82c091' } as const;
const R_OUT = 150;
const R_IN = 60;

/** "Mål og værdier" → ["Mål og", "værdier"]; "Samarbejdspartnere" → ["Samarbejds-", "partnere"]. */
function twoLines(label: string): [string, string] {
  const space = label.lastIndexOf(' ');
  return space > 0 ? [label.slice(0, space), label.slice(space + 1)] : [`${label.slice(0, 10)}-`, label.slice(10)];
}

/** A point on the circle, angle in turns from the top, clockwise. */
const at = (r: number, turn: number) => [160 + r * Math.sin(turn * 2 * Math.PI), 160 - r * Math.cos(turn * 2 * Math.PI)] as const;

function sector(from: number, to: number): string {
  const [x1, y1] = at(R_OUT, from);
  const [x2, y2] = at(R_OUT, to);
  const [x3, y3] = at(R_IN, to);
  const [x4, y4] = at(R_IN, from);
  return `M${x1},${y1} A${R_OUT},${R_OUT} 0 0 1 ${x2},${y2} L${x3},${y3} A${R_IN},${R_IN} 0 0 0 ${x4},${y4} Z`;
}

const MOVES: Record<string, (i: number, n: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowDown: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  ArrowUp: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_, n) => n - 1,
};

/** Enter or Space chooses the field; the arrow keys (and Home, End) move the focus round the wheel. */
function onFieldKey(e: JSX.TargetedKeyboardEvent<SVGGElement>, choose: () => void) {
  if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    choose();
    return;
  }
  const move = MOVES[e.key];
  const fields = [...(e.currentTarget.ownerSVGElement?.querySelectorAll<SVGGElement>('[data-field]') ?? [])];
  if (!move || !fields.length) return;
  e.preventDefault();
  fields[move(fields.indexOf(e.currentTarget), fields.length)]?.focus();
}

/** The chosen field in words, said when it changes. */
function WheelChoice({ selected }: { selected: FieldId | null }) {
  const { t } = useT();
  const field = WHEEL.find((f) => f.id === selected);
  const name = field ? (field.theme === 'voresTeam' ? field.label : `${THEME_LABELS[field.theme]}: ${field.label}`) : null;
  return (
    <p class="wheel-choice" aria-live="polite">
      {name ? t('session.chosenField', { field: name }) : t('session.noField')}
    </p>
  );
}

/** The conversation wheel: Vores team in the middle, Faglighed and Relationer around it; every field is a button. */
export function Wheel({ selected, label, onSelect }: Props) {
  const { t } = useT();
  const ring = WHEEL.filter((f) => f.id !== 'voresTeam');
  const step = 1 / ring.length;
  return (
    <>
      <svg class="wheel" viewBox="0 0 320 320" role="group" aria-label={label}>
        {ring.map((field, i) => {
          const [tx, ty] = at((R_OUT + R_IN) / 2, (i + 0.5) * step);
          return (
            <g
              key={field.id}
              role="button"
              // Lower case: Preact sets an SVG element's props as attributes, and "tabIndex" is no attribute there.
              tabindex={0}
              aria-pressed={selected === field.id}
              aria-label={`${THEME_LABELS[field.theme]}: ${field.label}`}
              class={selected === field.id ? 'field selected' : 'field'}
              data-field={field.id}
              onClick={() => onSelect(field.id)}
              onKeyDown={(e) => onFieldKey(e, () => onSelect(field.id))}
            >
              <path d={sector(i * step, (i + 1) * step)} fill={COLORS[field.theme]} stroke="#fff" stroke-width="3" />
              <text x={tx} y={ty} text-anchor="middle" dominant-baseline="middle" font-size="12">
                {/* Long labels go on two lines so they stay inside the field. */}
                {field.label.length > 12
                  ? twoLines(field.label).map((line, i) => (
                      <tspan key={line} x={tx} dy={i === 0 ? '-0.6em' : '1.2em'}>
                        {line}
                      </tspan>
                    ))
                  : field.label}
              </text>
            </g>
          );
        })}
        <g
          role="button"
          tabindex={0}
          aria-pressed={selected === 'voresTeam'}
          aria-label={`${THEME_LABELS.voresTeam}: ${WHEEL_CENTER_HINT}`}
          class={selected === 'voresTeam' ? 'field selected' : 'field'}
          data-field="voresTeam"
          onClick={() => onSelect('voresTeam')}
          onKeyDown={(e) => onFieldKey(e, () => onSelect('voresTeam'))}
        >
          <circle cx="160" cy="160" r={R_IN - 4} fill={COLORS.voresTeam} />
          <text x="160" y="150" text-anchor="middle" font-size="14" font-weight="bold">
            {THEME_LABELS.voresTeam}
          </text>
          <text x="160" y="170" text-anchor="middle" font-size="10">
            {WHEEL_CENTER_HINT}
          </text>
        </g>
      </svg>
      <WheelChoice selected={selected} />
      <p class="wheel-keys">{t('session.wheelKeys')}</p>
      <ul class="wheel-legend">
        {(['faglighed', 'relationer'] as const).map((theme) => (
          <li key={theme}>
            <span class="swatch" style={{ background: COLORS[theme] }} /> {THEME_LABELS[theme]}
          </li>
        ))}
      </ul>
    </>
  );
}
