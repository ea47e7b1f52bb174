import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useObjectUrl } from '../../components/use-object-url';
import type { SnapshotImage } from '../../lib/domain/newtab-snapshot';
import type { VisionImage } from '../../lib/domain/types';

/** Element Timing marks (read by `npm run bench`); spread because React's types do not list the attribute. */
const timing = (name: string) => ({ elementtiming: name }) as Record<string, string>;

/**
 * The picture of the day. Until the picture itself is decoded, its small copy from the first-paint
 * snapshot (if it has one of this picture) holds its place, then fades away above it.
 */
export function VisionPicture({
  shown,
  stored,
  small,
}: {
  /** Its size and caption as the snapshot or the database last said. */
  shown: Pick<SnapshotImage, 'width' | 'height' | 'caption'> | null;
  /** The stored picture, once the database has answered. */
  stored: VisionImage | undefined;
  small: string | undefined;
}) {
  const { t } = useTranslation('newtab');
  const url = useObjectUrl(stored?.blob);
  const [loaded, setLoaded] = useState<string>();
  const caption = stored?.caption ?? shown?.caption ?? '';
  return (
    <figure className="vision-image">
      <div
        className="image-frame"
        style={shown ? { aspectRatio: `${shown.width} / ${shown.height}` } : undefined}
      >
        {url && (
          <img
            className="image-full"
            src={url}
            alt={caption || t('picture.alt')}
            onLoad={() => setLoaded(url)}
            {...timing('picture-full')}
          />
        )}
        {small && (
          <img
            className={`image-small${url && loaded === url ? ' is-covered' : ''}`}
            src={small}
            alt=""
            decoding="sync"
            {...timing('picture')}
          />
        )}
      </div>
      {caption && <figcaption>{caption}</figcaption>}
    </figure>
  );
}
