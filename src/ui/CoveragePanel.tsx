/**
 * Live related coverage for the page: nothing is asked until the reader presses the button, which
 * says exactly which words will be sent. Results show title, outlet, date and language; failures
 * get a plain sentence (the search links keep working).
 */
import type { CoverageReply, ProviderFailure } from '../messaging/protocol';
import type { MessageKey, Translate } from './i18n';

export type CoverageView =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'done'; reply: CoverageReply }
  | { state: 'disabled' };

const FAILURE_KEYS: Record<Exclude<ProviderFailure, 'disabled'>, MessageKey> = {
  offline: 'coverageOffline',
  refused: 'coverageRefused',
  timeout: 'coverageTimeout',
  invalid: 'coverageInvalid',
};
/** When providers fail differently, the sentence for the most actionable cause. */
const FAILURE_ORDER: Exclude<ProviderFailure, 'disabled'>[] = ['offline', 'timeout', 'refused', 'invalid'];

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function formatDate(iso: string | undefined, locale: string): string | undefined {
  if (!iso) return undefined;
  const t = Date.parse(iso);
  if (!Number.isFinite(t)) return undefined;
  let f = dateFormats.get(locale);
  if (!f) dateFormats.set(locale, (f = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' })));
  return f.format(t);
}

export function failureMessage(reply: CoverageReply): MessageKey | undefined {
  for (const reason of FAILURE_ORDER) if (reply.failures.some((f) => f.reason === reason)) return FAILURE_KEYS[reason];
  return undefined;
}

export function CoveragePanel(props: { t: Translate; locale: string; query: string; view: CoverageView; onRequest(): void }) {
  const { t, view } = props;
  return (
    <section class="coverage" aria-labelledby="coverage-heading">
      <h2 id="coverage-heading">{t('coverageHeading')}</h2>
      {view.state === 'disabled' ? (
        <p class="coverage-message" data-coverage="disabled">{t('coverageDisabled')}</p>
      ) : (
        <>
          <button type="button" class="coverage-button" disabled={view.state === 'loading' || !props.query} onClick={props.onRequest}>
            {t('coverageButton')}
          </button>
          <p class="privacy-note">{t('coveragePrivacy', props.query)}</p>
        </>
      )}
      {view.state === 'loading' ? <p class="coverage-message" role="status" data-coverage="loading">{t('coverageLoading')}</p> : null}
      {view.state === 'done' ? <CoverageResults t={t} locale={props.locale} reply={view.reply} /> : null}
    </section>
  );
}

function CoverageResults({ t, locale, reply }: { t: Translate; locale: string; reply: CoverageReply }) {
  const failure = failureMessage(reply);
  return (
    <div class="coverage-results" role="status">
      {reply.articles.length === 0 && !failure ? <p class="coverage-message" data-coverage="none">{t('coverageNone')}</p> : null}
      {failure ? <p class="coverage-message coverage-failure" data-coverage="failure">{t(failure)}</p> : null}
      {reply.articles.length > 0 ? (
        <ul class="articles">
          {reply.articles.map((a) => {
            const date = formatDate(a.date, locale);
            return (
              <li key={a.url} class="article" data-provider={a.provider}>
                <a href={a.url} target="_blank" rel="noopener noreferrer" class="article-title">{a.title}</a>
                <span class="article-meta">
                  <span class="outlet">{a.outlet}</span>
                  {date ? <span class="date"> · {date}</span> : null}
                  {a.language ? <span class="language"> · {a.language}</span> : null}
                </span>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
