import { useEffect, useRef, type ReactNode } from 'react';
import { ErrorBoundary as CatchErrors, type FallbackProps } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import './error-boundary.css';

interface ErrorBoundaryProps {
  /**
   * `page`: the whole page failed; the message is the page's main landmark and "reload" reloads it.
   * `section`: one part of a page failed (an options section); the rest, and its navigation, keep
   * working, and "reload" draws the part again.
   */
  scope: 'page' | 'section';
  /** The heading of the message: what could not be shown, in plain words (by default, this page or section). */
  heading?: string;
  /** When any of these change (the route), a failed part is drawn again: moving on recovers. */
  resetKeys?: unknown[];
  children: ReactNode;
}

/**
 * Catches an error thrown while drawing its children and says what happened instead of leaving
 * the page blank. A rendering error deletes nothing: the data stays in the database untouched.
 */
export function ErrorBoundary({ scope, heading, resetKeys, children }: ErrorBoundaryProps) {
  return (
    <CatchErrors
      resetKeys={resetKeys}
      fallbackRender={(props) => <ErrorMessage {...props} scope={scope} heading={heading} />}
    >
      {children}
    </CatchErrors>
  );
}

/** The technical detail of whatever was thrown: an Error's name, message and stack, or its text. */
export function errorDetail(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const summary = `${error.name}: ${error.message}`;
  if (!error.stack) return summary;
  // V8 starts the stack with the summary line; Firefox's stack is the frames alone.
  return error.stack.startsWith(summary) ? error.stack : `${summary}\n${error.stack}`;
}

function ErrorMessage({
  error,
  resetErrorBoundary,
  scope,
  heading,
}: FallbackProps & { scope: ErrorBoundaryProps['scope']; heading?: string }) {
  // i18next is bundled and synchronous: these words are there even when the page around them failed.
  const { t } = useTranslation('components');
  const title = useRef<HTMLHeadingElement>(null);
  // Focus was in what just disappeared: bring keyboard and screen-reader users to the message.
  useEffect(() => {
    title.current?.focus();
  }, []);

  const message = (
    <div className="error-boundary">
      <div role="alert">
        <h1 ref={title} tabIndex={-1} className="error-boundary-heading">
          {heading ??
            (scope === 'page' ? t('errorBoundary.page.heading') : t('errorBoundary.section.heading'))}
        </h1>
        <p>{scope === 'page' ? t('errorBoundary.page.body') : t('errorBoundary.section.body')}</p>
      </div>
      <button
        type="button"
        className="button primary"
        onClick={() => (scope === 'page' ? window.location.reload() : resetErrorBoundary())}
      >
        {scope === 'page' ? t('errorBoundary.page.reload') : t('errorBoundary.section.reload')}
      </button>
      <details className="error-boundary-detail">
        <summary>{t('common:technicalDetails')}</summary>
        {/* Focusable: a long stack scrolls, and keyboard users must be able to scroll it. */}
        <pre tabIndex={0}>{errorDetail(error)}</pre>
      </details>
    </div>
  );
  return scope === 'page' ? <main className="error-boundary-page">{message}</main> : message;
}
