import { humanDate } from './dates';
import { labelsFor } from './labels';
import type { Channel, Release } from './model';
import { escape } from './text';

/**
 * The full text of a release as one HTML document fragment, for content:encoded, Atom content and
 * content_html: outlets publish it unedited, so it carries the dateline, photos with credit,
 * corrections, the contact block and the boilerplate.
 */
export const releaseContentHtml = (release: Release, channel: Channel): string => {
  const l = labelsFor(release.language);
  const parts: string[] = [];
  if (release.subtitle) parts.push(`<p><strong>${escape(release.subtitle)}</strong></p>`);
  const dateline = [release.dateline, humanDate(release.published, release.language)]
    .filter(Boolean)
    .join(', ');
  parts.push(`<p><strong>${escape(dateline)}</strong> – ${escape(release.summary)}</p>`);
  if (release.bodyHtml) parts.push(release.bodyHtml);
  for (const image of release.images) parts.push(figure(image, l.photo));
  if (release.attachments.length > 0) {
    parts.push(
      `<h2>${l.attachments}</h2><ul>${release.attachments
        .map((a) => `<li><a href="${escape(a.url)}">${escape(a.title)}</a></li>`)
        .join('')}</ul>`
    );
  }
  if (release.corrections.length > 0) {
    parts.push(
      `<h2>${l.corrections}</h2><ul>${release.corrections
        .map((c) => `<li>${escape(humanDate(c.date, release.language))}: ${escape(c.note)}</li>`)
        .join('')}</ul>`
    );
  }
  if (release.contacts.length > 0) {
    parts.push(`<h2>${l.contact}</h2>${release.contacts.map((c) => contactHtml(c, l)).join('')}`);
  }
  if (channel.boilerplate) {
    parts.push(
      `<h2>${escape(`${l.about} ${channel.organisation.name}`)}</h2><p>${escape(channel.boilerplate)}</p>`
    );
  }
  return parts.join('\n');
};

export const figure = (image: Release['images'][number], photoLabel: string): string => {
  const credit = [image.credit && `${photoLabel}: ${image.credit}`, image.licence]
    .filter(Boolean)
    .join(', ');
  const caption = [image.caption, credit && `(${credit})`].filter(Boolean).join(' ');
  const size =
    image.width && image.height ? ` width="${image.width}" height="${image.height}"` : '';
  return `<figure><img src="${escape(image.url)}" alt="${escape(image.alt)}"${size}>${caption ? `<figcaption>${escape(caption)}</figcaption>` : ''}</figure>`;
};

export const contactHtml = (
  c: Release['contacts'][number],
  l: { phone: string; email: string }
): string => {
  const lines = [escape(c.name)];
  if (c.role) lines.push(escape(c.role));
  if (c.phone) {
    lines.push(
      `${l.phone}: <a href="tel:${escape(c.phone.replace(/[^+\d]/g, ''))}">${escape(c.phone)}</a>`
    );
  }
  if (c.email) lines.push(`${l.email}: <a href="mailto:${escape(c.email)}">${escape(c.email)}</a>`);
  return `<p>${lines.join('<br>')}</p>`;
};
