/** Export buttons (Markdown, CSV, JSON) and the exported text, shown so it can be copied by hand too. */
import type { ExportFormat } from './export';
import type { Translate } from './i18n';

export interface ExportView {
  format: ExportFormat;
  text: string;
  copied: boolean;
}

export function ExportPanel(props: { t: Translate; view?: ExportView; onExport(format: ExportFormat): void }) {
  const { t, view } = props;
  return (
    <section class="export" aria-labelledby="export-heading">
      <h2 id="export-heading">{t('exportHeading')}</h2>
      <div class="export-buttons">
        <button type="button" data-export="markdown" onClick={() => props.onExport('markdown')}>{t('exportMarkdown')}</button>
        <button type="button" data-export="csv" onClick={() => props.onExport('csv')}>{t('exportCsv')}</button>
        <button type="button" data-export="json" onClick={() => props.onExport('json')}>{t('exportJson')}</button>
      </div>
      {view ? (
        <>
          <p class="export-note" role="status">{view.copied ? t('exportCopied') : t('exportSelect')}</p>
          <textarea class="export-output" data-format={view.format} readOnly rows={6} aria-label={t('exportOutput')} value={view.text} />
        </>
      ) : null}
    </section>
  );
}
