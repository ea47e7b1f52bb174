import { useId, useState } from 'react';
import type { Strength } from '../lib/domain/strengths';
import './strength-chips.css';

/** The signature strengths as chips; each shows its description on hover, focus or click. */
export function StrengthChips({ strengths, label }: { strengths: readonly Strength[]; label: string }) {
  const id = useId();
  const [open, setOpen] = useState<string | null>(null);
  return (
    <ul className="strength-chips" aria-label={label}>
      {strengths.map((strength) => {
        const tipId = `${id}-${strength.id}`;
        return (
          <li
            key={strength.id}
            className="strength-chip-item"
            onMouseEnter={() => setOpen(strength.id)}
            onMouseLeave={() => setOpen(null)}
          >
            <button
              type="button"
              className="strength-chip"
              aria-describedby={tipId}
              aria-expanded={open === strength.id}
              onFocus={() => setOpen(strength.id)}
              onBlur={() => setOpen(null)}
              onClick={() => setOpen(open === strength.id ? null : strength.id)}
              onKeyDown={(event) => event.key === 'Escape' && setOpen(null)}
            >
              {strength.name}
            </button>
            <span role="tooltip" id={tipId} className="strength-tooltip" hidden={open !== strength.id}>
              {strength.description}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
