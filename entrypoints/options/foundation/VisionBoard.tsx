import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useEffectEvent, useId, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AutosaveField } from '../../../components/AutosaveField';
import { focusFirst, nearbyControls } from '../../../components/focus-neighbour';
import { ReorderableList } from '../../../components/ReorderableList';
import { useUndo } from '../../../components/UndoProvider';
import { useObjectUrl } from '../../../components/use-object-url';
import type { VisionImage } from '../../../lib/domain/types';
import {
  addVisionImages,
  deleteVisionImage,
  reorderVisionImages,
  restoreVisionImage,
  saveImageCaption,
  visionImagesInOrder,
} from '../../../lib/store/db/vision-images';
import { describeError } from '../../../lib/domain/errors';
import { ImageRejected, browserCodec, prepareVisionImage } from '../../../lib/domain/images';
import { LIMITS } from '../../../lib/domain/validation';
import { t } from '../../../lib/i18n';
import './vision-board.css';

/** Checks and downscales each file, stores the good ones in one write, and names the refused ones. */
async function addFiles(files: File[]): Promise<{ added: number; problems: string[] }> {
  const prepared: { blob: Blob; width: number; height: number }[] = [];
  const problems: string[] = [];
  for (const file of files) {
    try {
      prepared.push(await prepareVisionImage(file, browserCodec));
    } catch (error) {
      problems.push(
        error instanceof ImageRejected
          ? error.message
          : t('foundation:board.fileFailed', { name: file.name }),
      );
    }
  }
  if (prepared.length > 0) {
    try {
      await addVisionImages(prepared);
    } catch (error) {
      return { added: 0, problems: [...problems, describeError(error, t('foundation:board.saveFailed'))] };
    }
  }
  return { added: prepared.length, problems };
}

/** The vision board: pictures added by file picker, drag and drop or paste, with captions. */
export function VisionBoard() {
  const { t } = useTranslation('foundation');
  const images = useLiveQuery(visionImagesInOrder, []);
  const offerUndo = useUndo();
  const inputId = useId();
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [added, setAdded] = useState(0);
  const [dropping, setDropping] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  async function add(files: File[]) {
    if (files.length === 0) return;
    setBusy(true);
    const result = await addFiles(files);
    setBusy(false);
    setProblems(result.problems);
    setAdded(result.added);
  }

  const onPaste = useEffectEvent((event: ClipboardEvent) => {
    const files = [...(event.clipboardData?.files ?? [])];
    if (files.length === 0) return;
    event.preventDefault();
    void add(files);
  });

  useEffect(() => {
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, []);

  // Focus moves to the next picture's Remove button, or to the board's heading when none is left.
  async function remove(image: VisionImage, control: HTMLElement) {
    const next = [...nearbyControls(control), heading.current];
    try {
      const removed = await deleteVisionImage(image.id);
      focusFirst(next);
      if (removed) offerUndo(t('board.removed'), () => restoreVisionImage(removed));
    } catch (error) {
      setProblems([describeError(error, t('board.removeFailed'))]);
    }
  }

  function onDrop(event: DragEvent) {
    setDropping(false);
    if (event.dataTransfer.files.length === 0) return;
    event.preventDefault();
    void add([...event.dataTransfer.files]);
  }

  return (
    <section className="vision-board" aria-labelledby={`${inputId}-heading`}>
      <h2 id={`${inputId}-heading`} ref={heading} tabIndex={-1}>
        {t('board.heading')}
      </h2>
      <div
        className={`drop-zone${dropping ? ' is-over' : ''}`}
        onDragOver={(event) => {
          if (!event.dataTransfer.types.includes('Files')) return;
          event.preventDefault();
          setDropping(true);
        }}
        onDragLeave={() => setDropping(false)}
        onDrop={onDrop}
      >
        <p>{t('board.intro')}</p>
        {/* The native control says "No file chosen" after every upload: it stays in the tab order,
            hidden, and its label is the button people see (base.css, .file-picker-input). */}
        <input
          id={inputId}
          type="file"
          accept="image/*"
          multiple
          className="visually-hidden file-picker-input"
          disabled={busy}
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            void add(files);
          }}
        />
        <label htmlFor={inputId} className="button file-picker-button">
          {t('board.choose')}
        </label>
        <p className="hint">{t('board.formats')}</p>
      </div>
      <div aria-live="polite" className="board-status">
        {busy ? t('board.adding') : added > 0 ? t('board.added', { count: added }) : ''}
      </div>
      {problems.length > 0 && (
        <ul className="error problems" role="alert">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      {images && images.length > 0 && (
        <ReorderableList
          className="board-grid"
          items={images}
          getKey={(image) => String(image.id)}
          getLabel={(image) => image.caption || t('board.picture', { number: images.indexOf(image) + 1 })}
          label={t('board.pictures')}
          onReorder={(keys) => reorderVisionImages(keys.map(Number))}
          renderItem={(image, index) => (
            <BoardPicture image={image} index={index} onRemove={(control) => void remove(image, control)} />
          )}
        />
      )}
    </section>
  );
}

function BoardPicture({
  image,
  index,
  onRemove,
}: {
  image: VisionImage;
  index: number;
  onRemove: (control: HTMLElement) => void;
}) {
  const { t } = useTranslation('foundation');
  const url = useObjectUrl(image.blob);
  const name = image.caption || t('board.picture', { number: index + 1 });
  return (
    <figure className="board-picture">
      {url && <img src={url} alt={image.caption || t('board.alt', { number: index + 1 })} />}
      <figcaption>
        <AutosaveField
          label={t('board.caption', { name })}
          labelHidden
          draftKey={`visionImage.${image.id}.caption`}
          value={image.caption}
          save={(caption) => saveImageCaption(image.id, caption)}
          maxLength={LIMITS.title}
          placeholder={t('board.captionExample')}
        />
        <button
          type="button"
          className="button quiet danger small"
          data-row-action="remove"
          onClick={(event) => onRemove(event.currentTarget)}
        >
          {t('board.remove')}
          <span className="visually-hidden"> {name}</span>
        </button>
      </figcaption>
    </figure>
  );
}
