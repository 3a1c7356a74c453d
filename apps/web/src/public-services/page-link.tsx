// A link between the public pages: a real <a href> (it opens in a new tab with Ctrl, ⌘ or the middle button, and is
// read as a link), followed in the page itself on a plain click.
import type { AnchorHTMLAttributes, MouseEvent } from 'react';

interface PageLinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href' | 'onClick'> {
  to: string;
  go: (path: string) => void;
}

export function PageLink({ to, go, children, ...rest }: PageLinkProps) {
  const follow = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    go(to);
  };
  return (
    <a href={to} onClick={follow} {...rest}>
      {children}
    </a>
  );
}
