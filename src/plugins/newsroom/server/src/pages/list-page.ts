import { humanDate, rfc3339 } from '../feeds/dates';
import { labelsFor } from '../feeds/labels';
import type { Channel, Release } from '../feeds/model';
import { escape } from '../feeds/text';
import { page, type Head } from './layout';

export type ListPageInput = {
  channel: Channel;
  items: Release[];
  page: number;
  pageCount: number;
  /** URL of page n of this list. */
  pageUrl: (n: number) => string;
  /** The same list in other languages. */
  alternates: { language: string; url: string }[];
  defaultUrl: string;
  feeds: Head['feeds'];
  feedsPageUrl: string;
};

export const renderListPage = (input: ListPageInput): string => {
  const { channel, items } = input;
  const l = labelsFor(channel.language);
  const url = input.pageUrl(input.page);
  const head: Head = {
    language: channel.language,
    title: input.page > 1 ? `${channel.title} (${input.page}/${input.pageCount})` : channel.title,
    description: channel.description,
    canonical: url,
    alternates: [
      { language: channel.language, url },
      ...input.alternates,
      { language: 'x-default', url: input.defaultUrl },
    ],
    feeds: input.feeds,
    openGraph: {
      'og:type': 'website',
      'og:title': channel.title,
      'og:url': url,
      'og:site_name': channel.organisation.name,
    },
  };
  const list = items
    .map(
      (r) => `<li><article>
<h2><a href="${escape(r.url)}">${escape(r.title)}</a></h2>
<p class="meta"><time datetime="${rfc3339(r.published)}">${escape(humanDate(r.published, r.language))}</time>${r.dateline ? ` · ${escape(r.dateline)}` : ''}</p>
<p>${escape(r.summary)}</p>
</article></li>`
    )
    .join('\n');
  const nav = [
    input.page > 1
      ? `<a rel="prev" href="${escape(input.pageUrl(input.page - 1))}">← ${l.previous}</a>`
      : '<span></span>',
    input.page < input.pageCount
      ? `<a rel="next" href="${escape(input.pageUrl(input.page + 1))}">${l.next} →</a>`
      : '<span></span>',
  ].join('');
  const body = `<header><strong>${escape(channel.organisation.name)}</strong>${input.alternates
    .map(
      (a) =>
        ` · <a href="${escape(a.url)}" hreflang="${escape(a.language)}" lang="${escape(a.language)}">${escape(a.language.toUpperCase())}</a>`
    )
    .join('')} · <a href="${escape(input.feedsPageUrl)}">${l.feeds}</a></header>
<main>
<h1>${escape(l.latest)}</h1>
<ol class="releases">
${list}
</ol>
<nav class="pages" aria-label="${escape(l.allReleases)}">${nav}</nav>
</main>
<footer>${channel.boilerplate ? `<p>${escape(channel.boilerplate)}</p>` : ''}</footer>`;
  return page(head, body);
};
