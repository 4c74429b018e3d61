import { contactHtml, figure } from '../feeds/content';
import { humanDate, humanDateTime, rfc3339 } from '../feeds/dates';
import { labelsFor } from '../feeds/labels';
import type { Channel, Release } from '../feeds/model';
import { escape } from '../feeds/text';
import { page, type Head } from './layout';

export type ReleasePageInput = {
  release: Release;
  channel: Channel;
  listUrl: string;
  feeds: Head['feeds'];
  /** URL of the source-language version, for hreflang="x-default". */
  defaultUrl: string;
};

/** One release: headline, dateline, lead, body, photos with credit, attachments, contacts, corrections. */
export const renderReleasePage = ({
  release: r,
  channel,
  listUrl,
  feeds,
  defaultUrl,
}: ReleasePageInput): string => {
  const l = labelsFor(r.language);
  const alternates = [
    { language: r.language, url: r.url },
    ...r.alternates.map((a) => ({ language: a.language, url: a.url })),
  ];
  const head: Head = {
    language: r.language,
    title: `${r.title} – ${channel.organisation.name}`,
    description: r.summary,
    canonical: r.url,
    alternates: [...alternates, { language: 'x-default', url: defaultUrl }],
    feeds,
    openGraph: {
      'og:type': 'article',
      'og:title': r.title,
      'og:description': r.summary,
      'og:url': r.url,
      'og:site_name': channel.organisation.name,
      'og:locale': r.language === 'de' ? 'de_DE' : r.language === 'en' ? 'en_GB' : r.language,
      'og:image': r.images[0]?.url ?? '',
      'og:image:alt': r.images[0]?.alt ?? '',
      'article:published_time': rfc3339(r.published),
      'article:modified_time': rfc3339(r.updated),
    },
    jsonLd: {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: r.title,
      alternativeHeadline: r.subtitle || undefined,
      description: r.summary,
      inLanguage: r.language,
      datePublished: rfc3339(r.published),
      dateModified: rfc3339(r.updated),
      mainEntityOfPage: r.url,
      url: r.url,
      dateline: r.dateline || undefined,
      image: r.images.map((i) => ({
        '@type': 'ImageObject',
        url: i.url,
        caption: i.caption || undefined,
        creditText: i.credit || undefined,
        license: i.licence || undefined,
      })),
      author: {
        '@type': 'Organization',
        name: channel.organisation.name,
        url: channel.organisation.url,
      },
      publisher: {
        '@type': 'Organization',
        name: channel.organisation.name,
        url: channel.organisation.url,
        logo: channel.logo ? { '@type': 'ImageObject', url: channel.logo.url } : undefined,
      },
      keywords: r.terms.map((t) => t.name).join(', ') || undefined,
    },
  };

  const dateline = [r.dateline, humanDate(r.published, r.language)].filter(Boolean).join(', ');
  const body = `<header><a href="${escape(listUrl)}">${escape(channel.title)}</a>${r.alternates
    .map(
      (a) =>
        ` · <a href="${escape(a.url)}" hreflang="${escape(a.language)}" lang="${escape(a.language)}">${escape(a.title)}</a>`
    )
    .join('')}</header>
<main>
<article>
<p class="meta">${escape(l.pressRelease)}${r.releaseNumber ? ` · ${escape(l.releaseNumber)} ${escape(r.releaseNumber)}` : ''} · <time datetime="${rfc3339(r.published)}">${escape(humanDateTime(r.published, r.language))}</time></p>
<h1>${escape(r.title)}</h1>
${r.subtitle ? `<p><strong>${escape(r.subtitle)}</strong></p>` : ''}
<p class="lead"><span class="dateline">${escape(dateline)}</span> – ${escape(r.summary)}</p>
${r.bodyHtml}
${r.images.map((i) => figure(i, l.photo)).join('\n')}
${
  r.attachments.length
    ? `<section><h2>${l.attachments}</h2><ul>${r.attachments
        .map(
          (a) =>
            `<li><a href="${escape(a.url)}">${escape(a.title)}</a> (${escape(a.mime)}${a.bytes ? `, ${Math.ceil(a.bytes / 1024)} KB` : ''})</li>`
        )
        .join('')}</ul></section>`
    : ''
}
${
  r.corrections.length
    ? `<section><h2>${l.corrections}</h2><ul>${r.corrections
        .map(
          (c) =>
            `<li><time datetime="${rfc3339(c.date)}">${escape(humanDate(c.date, r.language))}</time>: ${escape(c.note)}</li>`
        )
        .join('')}</ul></section>`
    : ''
}
${r.contacts.length ? `<section><h2>${l.contact}</h2>${r.contacts.map((c) => contactHtml(c, l)).join('')}</section>` : ''}
${r.terms.length ? `<p class="meta">${r.terms.map((t) => `${escape(t.kind === 'category' ? l.category : l.district)}: ${escape(t.name)}`).join(' · ')}</p>` : ''}
</article>
</main>
<footer>${channel.boilerplate ? `<h2>${escape(`${l.about} ${channel.organisation.name}`)}</h2><p>${escape(channel.boilerplate)}</p>` : ''}</footer>`;
  return page(head, body);
};
