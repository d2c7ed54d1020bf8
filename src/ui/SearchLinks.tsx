/** The search links of one item (news, GDELT, Wikipedia, fact checks), opened in new tabs. */
import type { LinkKind, SearchLink } from '../coverage/links';
import type { MessageKey, Translate } from './i18n';

const LABELS: Record<LinkKind, MessageKey> = { news: 'linkNews', gdelt: 'linkGdelt', wikipedia: 'linkWikipedia', factCheck: 'linkFactCheck' };

export function SearchLinks({ t, links }: { t: Translate; links: SearchLink[] }) {
  return (
    <ul class="search-links">
      {links.map((l) => (
        <li key={l.kind}>
          <a href={l.url} target="_blank" rel="noopener noreferrer" data-link={l.kind}>
            {t(LABELS[l.kind])}
          </a>
        </li>
      ))}
    </ul>
  );
}
