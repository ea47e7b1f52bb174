/** One choice of a scale: its figure and its words. */
export interface ScaleChoice {
  value: number;
  figure: string;
  word: string;
}

interface ScaleOptionsProps {
  /** The radio group's name, unique in the page. */
  name: string;
  choices: readonly ScaleChoice[];
  /** The value chosen, or null when none is. */
  chosen: number | null;
  onChoose: (value: number) => void;
}

/** A row of radio cards, each a figure over its words (energy 1–5, a goal's −2 … +2). */
export function ScaleOptions({ name, choices, chosen, onChoose }: ScaleOptionsProps) {
  return (
    <div className="scale-options">
      {choices.map((choice) => (
        <label key={choice.value} className="scale-option">
          <input
            type="radio"
            name={name}
            checked={chosen === choice.value}
            onChange={() => onChoose(choice.value)}
          />
          <span className="scale-number">{choice.figure}</span>{' '}
          <span className="scale-word">{choice.word}</span>
        </label>
      ))}
    </div>
  );
}
