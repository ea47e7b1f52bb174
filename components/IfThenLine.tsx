import { planLine } from '../lib/domain/words';
import type { IfThenPlan } from '../lib/domain/types';
import './if-then-line.css';

/** A commitment's if-then plan in one quiet line under its title: “When …, I will ….” */
export function IfThenLine({ plan, id }: { plan: IfThenPlan; id?: string }) {
  return (
    <span className="if-then-line" id={id}>
      {planLine(plan)}
    </span>
  );
}
