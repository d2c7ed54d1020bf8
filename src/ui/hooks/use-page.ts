/**
 * The popup's view of its tab: the first answer (requested before the first render, see
 * `preloadPage`), then polls while the page is still being scanned (the content script scans in
 * idle slices).
 */
import { useEffect, useState } from 'preact/hooks';
import type { PageView } from '../Popup';
import { fetchPage, loadPage, type PageAnswer, type PageLoad, type TargetTab } from './page-source';

/** How often a page still being scanned is asked again. */
export const SCANNING_POLL_MS = 400;
/** performance mark set when the page's first answer arrives (the benchmark splits I/O from render). */
export const ANSWER_MARK = 'claimlens:page-answered';

let preloaded: { search: string; load: Promise<PageLoad> } | undefined;

/** Starts asking the page right away, so the answer is on its way while the popup renders. */
export function preloadPage(search: string): void {
  preloaded = { search, load: loadPage(search) };
}

function viewOf(answer: PageAnswer): PageView {
  return answer.ok ? { state: 'page', page: answer.page } : { state: 'status', kind: answer.why };
}

export function usePage(search: string): { view: PageView; tab: TargetTab | undefined } {
  const [view, setView] = useState<PageView>({ state: 'loading' });
  const [tab, setTab] = useState<TargetTab | undefined>(undefined);
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const first = preloaded?.search === search ? preloaded.load : loadPage(search);
    preloaded = undefined;
    const show = (target: TargetTab, answer: PageAnswer) => {
      if (stopped) return;
      setView(viewOf(answer));
      if (answer.ok && answer.page.status === 'scanning') {
        timer = setTimeout(async () => show(target, await fetchPage(target)), SCANNING_POLL_MS);
      }
    };
    void first.then(({ tab: target, answer }) => {
      if (stopped) return;
      if (performance.getEntriesByName(ANSWER_MARK).length === 0) performance.mark(ANSWER_MARK);
      setTab(target);
      if (target) show(target, answer);
      else setView(viewOf(answer));
    });
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    };
  }, [search]);
  return { view, tab };
}
