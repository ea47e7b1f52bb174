import { useEffect, useRef, type ReactNode } from 'react';
import './page-heading.css';

/** The page's h1; it takes focus when the route changes, so keyboard and screen-reader users land on it. */
export function PageHeading({ children, focusKey }: { children: ReactNode; focusKey: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus();
  }, [focusKey]);
  return (
    <h1 ref={heading} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
