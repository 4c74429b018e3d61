import { releaseContentHtml } from '../feeds/content';
import { rfc3339 } from '../feeds/dates';
import type { Channel, Release } from '../feeds/model';

/**
 * Webhook payloads, modelled on IPTC ninjs 2.x (https://github.com/iptc/newsinjson): one item per
 * language. Pure: built from the same Release model as the feeds, so an outlet gets the same text.
 */

export type PushEvent = 'embargoed' | 'published' | 'updated' | 'corrected' | 'withdrawn';

/** ninjs pubstatus: usable (public), withheld (under embargo), canceled (withdrawn). */
const PUBSTATUS: Record<PushEvent, 'usable' | 'withheld' | 'canceled'> = {
  embargoed: 'withheld',
  published: 'usable',
  updated: 'usable',
  corrected: 'usable',
  withdrawn: 'canceled',
};

export const ninjsItem = (
  release: Release,
  channel: Channel,
  event: PushEvent,
  embargoed: Date | null
) => ({
  uri: release.id,
  type: 'text',
  version: String(release.updated.getTime()),
  versioncreated: rfc3339(release.updated),
  firstcreated: rfc3339(release.published),
  pubstatus: PUBSTATUS[event],
  embargoed: embargoed ? rfc3339(embargoed) : null,
  language: release.language,
  headline: release.title,
  subheadline: release.subtitle || undefined,
  description_text: release.summary,
  body_html: event === 'withdrawn' ? '' : releaseContentHtml(release, channel),
  located: release.dateline || undefined,
  by: release.author.name,
  copyrightnotice: channel.copyright,
  subject: release.terms
    .filter((t) => t.kind === 'category')
    .map((t) => ({ name: t.name, code: t.slug })),
  place: release.terms
    .filter((t) => t.kind === 'district')
    .map((t) => ({ name: t.name, code: t.slug })),
  links: [{ href: release.url, rel: 'canonical', mimetype: 'text/html' }],
  ednote: release.corrections.map((c) => `${rfc3339(c.date)}: ${c.note}`).join('\n') || undefined,
  associations: Object.fromEntries(
    release.images.map((image, n) => [
      `picture${n + 1}`,
      {
        type: 'picture',
        uri: image.url,
        headline: image.caption || undefined,
        description_text: image.alt || undefined,
        by: image.credit || undefined,
        copyrightnotice: image.licence || undefined,
        renditions: {
          original: {
            href: image.url,
            mimetype: image.mime,
            width: image.width,
            height: image.height,
          },
        },
      },
    ])
  ),
  contacts: release.contacts,
});

export type NinjsItem = ReturnType<typeof ninjsItem>;

/** The body of one webhook: what happened to which release, with the text in each language. */
export const webhookBody = (envelope: {
  id: string;
  event: PushEvent;
  occurredAt: Date;
  releaseId: string;
  items: NinjsItem[];
}): string =>
  JSON.stringify({
    id: envelope.id,
    event: envelope.event,
    occurred_at: rfc3339(envelope.occurredAt),
    release: envelope.releaseId,
    items: envelope.items,
  });
