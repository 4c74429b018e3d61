import { Globe } from '@strapi/icons';
import { OutletPanel } from './components/OutletPanel';
import { PublishTogetherAction } from './components/PublishTogetherAction';
import { SchedulePanel } from './components/SchedulePanel';
import { TranslationPanel } from './components/TranslationPanel';
import { PLUGIN_ID, t } from './pluginId';

type Admin = {
  addMenuLink: (link: object) => void;
  registerPlugin: (plugin: object) => void;
  getPlugin: (id: string) => {
    apis: {
      addEditViewSidePanel: (panels: unknown[]) => void;
      addDocumentAction: (actions: unknown[]) => void;
    };
  };
};

export default {
  register(app: Admin) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: Globe,
      intlLabel: { id: t('plugin.name'), defaultMessage: 'Translations' },
      Component: () => import('./pages/TranslationsPage'),
      permissions: [{ action: 'plugin::newsroom.translations.read', subject: null }],
    });
    app.registerPlugin({ id: PLUGIN_ID, name: 'Newsroom' });
  },

  bootstrap(app: Admin) {
    const contentManager = app.getPlugin('content-manager').apis;
    contentManager.addEditViewSidePanel([TranslationPanel, SchedulePanel, OutletPanel]);
    contentManager.addDocumentAction([PublishTogetherAction]);
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        try {
          const { default: data } = (await import(`./translations/${locale}.json`)) as {
            default: Record<string, string>;
          };
          return {
            data: Object.fromEntries(Object.entries(data).map(([k, v]) => [t(k), v])),
            locale,
          };
        } catch {
          return { data: {}, locale };
        }
      })
    );
  },
};
