import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import type { Config } from '../config';
import { FORMATS, type FeedFormat } from '../feeds/catalogue';
import type { Channel, Release } from '../feeds/model';
import { ninjsItem, webhookBody, type PushEvent } from '../push/ninjs';
import { getService } from './get-service';

/**
 * What outlets and the WebSub hub are told about a change to a release, written to the outbox in
 * the change's own transaction (register.ts wraps the Document Service call):
 *   publish of a language never public before   → published
 *   publish again with more correction notes    → corrected
 *   publish again otherwise                     → updated
 *   unpublish or delete of a public language    → withdrawn (pubstatus canceled)
 *   an embargo schedule (services/scheduler.ts) → embargoed (withheld), cancelled → withdrawn
 */

type Model = { channel: Channel; release: Release };
export type Snapshot = Map<string, Model | null>;

type Outlet = {
  documentId: string;
  webhookUrl: string | null;
  languages: unknown;
  categories?: { documentId: string }[];
};

export const pushEvents = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => strapi.config.get('plugin::newsroom') as Config;
  const data = () => getService(strapi, 'feedData');
  const outbox = () => getService(strapi, 'outbox');

  const published = async (documentId: string, locales: string[]): Promise<Snapshot> => {
    const snapshot: Snapshot = new Map();
    for (const locale of locales)
      snapshot.set(locale, await data().document(documentId, locale, 'published'));
    return snapshot;
  };

  /** One outbox row per active outlet with a webhook that takes this language and category. */
  const notifyOutlets = async (
    event: PushEvent,
    documentId: string,
    changed: string[],
    items: Model[],
    embargoed: Date | null
  ): Promise<void> => {
    const outlets = (await strapi.db.query('plugin::newsroom.outlet').findMany({
      where: { active: true, webhookUrl: { $notNull: true } },
      select: ['documentId', 'webhookUrl', 'languages'],
      populate: { categories: { select: ['documentId'] } },
    })) as Outlet[];
    if (outlets.length === 0) return;
    const categories = (await data().categoryIds([documentId])).get(documentId) ?? [];
    for (const outlet of outlets) {
      if (!outlet.webhookUrl) continue;
      const languages = getService(strapi, 'outlets').languagesOf(outlet);
      if (!changed.some((l) => languages.includes(l))) continue;
      const wanted = (outlet.categories ?? []).map((c) => c.documentId);
      if (wanted.length > 0 && !wanted.some((c) => categories.includes(c))) continue;
      const mine = items.filter((m) => languages.includes(m.release.language));
      await outbox().enqueue({
        kind: 'webhook',
        event,
        releaseId: documentId,
        outletId: outlet.documentId,
        target: outlet.webhookUrl,
        payload: webhookBody({
          id: crypto.randomUUID(),
          event,
          occurredAt: new Date(),
          releaseId: documentId,
          items: mine.map((m) => ninjsItem(m.release, m.channel, event, embargoed)),
        }),
      });
    }
  };

  /** WebSub: the hub is told which feed URLs changed (https://www.w3.org/TR/websub/#publishing). */
  const pingHub = async (topics: string[]): Promise<void> => {
    const { hub } = config().push;
    if (!hub) return;
    for (const topic of [...new Set(topics)]) {
      await outbox().enqueue({
        kind: 'websub',
        event: 'ping',
        target: hub,
        payload: new URLSearchParams({ 'hub.mode': 'publish', 'hub.url': topic }).toString(),
      });
    }
  };

  const feedTopics = (locale: string, release?: Release): string[] => {
    const feedUrl = getService(strapi, 'publishing').feedUrl;
    const formats = Object.keys(FORMATS) as FeedFormat[];
    return [
      ...formats.map((format) => feedUrl(locale, format)),
      ...(release?.terms ?? []).map((t) => feedUrl(locale, 'rss', { [t.kind]: t.slug })),
    ];
  };

  return {
    /** What is public before a publish, unpublish or delete: compared with what is after. */
    before: (documentId: string, locales: string[]) => published(documentId, locales),

    /** Writes the outbox rows for a change; call inside the change's transaction. */
    async after(action: string, documentId: string, before: Snapshot): Promise<void> {
      const locales = [...before.keys()];
      const now = action === 'publish' ? await published(documentId, locales) : new Map();
      const groups = new Map<PushEvent, string[]>();
      const add = (event: PushEvent, locale: string) =>
        groups.set(event, [...(groups.get(event) ?? []), locale]);
      const topics: string[] = [];
      for (const locale of locales) {
        const was = before.get(locale) ?? null;
        const is = (now.get(locale) as Model | null | undefined) ?? null;
        if (action === 'publish' && is) {
          if (!was) add('published', locale);
          else if (is.release.corrections.length > was.release.corrections.length)
            add('corrected', locale);
          else add('updated', locale);
          topics.push(...feedTopics(locale, is.release), ...feedTopics(locale, was?.release));
        } else if (action !== 'publish' && was) {
          add('withdrawn', locale);
          topics.push(...feedTopics(locale, was.release));
        }
      }
      for (const [event, changed] of groups) {
        // Outlets get every public language of the release, the changed ones and the others.
        const items =
          event === 'withdrawn'
            ? changed.map((l) => before.get(l) as Model)
            : [...(await published(documentId, config().locales)).values()].filter(
                (m): m is Model => m !== null
              );
        await notifyOutlets(event, documentId, changed, items, null);
      }
      await pingHub(topics);
    },

    /**
     * Scheduling tells outlets early (`embargoed`, pubstatus withheld, with the drafts' text);
     * cancelling tells those who hold that text not to publish it (`withdrawn`).
     */
    async embargo(
      event: 'embargoed' | 'withdrawn',
      documentId: string,
      locales: string[],
      until: Date
    ): Promise<void> {
      const items: Model[] = [];
      for (const locale of locales) {
        const model = await data().document(documentId, locale, 'draft');
        if (model) items.push(model);
      }
      await notifyOutlets(event, documentId, locales, items, until);
    },

    /** The newsroom's own data (name, boilerplate) changed: every main feed changed. */
    async channelChanged(): Promise<void> {
      await pingHub(config().locales.flatMap((l) => feedTopics(l)));
    },
  };
};

export type PushEvents = ReturnType<typeof pushEvents>;
