import type { CatalogueEntry } from '../feeds/catalogue';
import { FORMATS } from '../feeds/catalogue';
import { escape } from '../feeds/text';
import { page } from './layout';

/** /feeds: every feed, with language and filter, and the OPML file to subscribe to all at once. */
export const renderFeedsPage = (input: {
  title: string;
  language: string;
  selfUrl: string;
  opmlUrl: string;
  entries: CatalogueEntry[];
}): string => {
  const main = input.entries.filter((e) => !e.filter);
  const rows = input.entries
    .map(
      (e) =>
        `<tr><td>${escape(e.title)}</td><td>${escape(e.language)}</td><td>${escape(FORMATS[e.format].label)}</td><td>${
          e.filter ? escape(`${e.filter.kind}=${e.filter.slug}`) : '–'
        }</td><td><a href="${escape(e.url)}">${escape(e.url)}</a></td></tr>`
    )
    .join('\n');
  const body = `<main>
<h1>${escape(input.title)}</h1>
<p>Subscribe to every feed at once: <a href="${escape(input.opmlUrl)}" type="text/x-opml">OPML</a>.
Narrow any feed with <code>?category=…</code> and <code>?district=…</code> (combinable) and <code>?limit=…</code>.</p>
<table>
<thead><tr><th>Feed</th><th>Language</th><th>Format</th><th>Filter</th><th>URL</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</main>`;
  return page(
    {
      language: input.language,
      title: input.title,
      description: input.title,
      canonical: input.selfUrl,
      alternates: [],
      feeds: main.map((e) => ({ title: e.title, mime: FORMATS[e.format].mime, url: e.url })),
      openGraph: {},
    },
    body
  );
};
