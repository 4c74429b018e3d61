import { useEffect, useState } from 'react';
import { Typography } from '@strapi/design-system';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useTranslationsApi, type TranslationStatus } from '../api/translations';
import { t } from '../pluginId';

type ActionProps = { model: string; documentId?: string; document?: { locale?: string } };

const RELEASE = 'api::press-release.press-release';

/**
 * "Publish with translations" in the edit view of a German release: German and every current
 * translation go out in one transaction; with the English missing or outdated the dialog says so
 * and publishes the German alone. The server checks the rights and readiness again.
 */
export const PublishTogetherAction = ({ model, documentId, document }: ActionProps) => {
  const { formatMessage } = useIntl();
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const api = useTranslationsApi();
  const [english, setEnglish] = useState<TranslationStatus | null>(null);
  const isSource = model === RELEASE && !!documentId && (document?.locale ?? 'de') === 'de';

  useEffect(() => {
    if (isSource && documentId)
      api.detail(documentId, 'en').then(
        (d) => setEnglish(d.status),
        () => setEnglish(null)
      );
  }, [isSource, documentId]);

  if (!isSource || !documentId) return null;
  const together = english === 'current' || english === 'draft';
  const status = english
    ? formatMessage({ id: t(`status.${english}`), defaultMessage: english })
    : '…';

  return {
    label: formatMessage({ id: t('publish.label'), defaultMessage: 'Publish with translations' }),
    position: 'panel' as const,
    variant: 'default' as const,
    dialog: {
      type: 'dialog' as const,
      title: formatMessage({
        id: t('publish.title'),
        defaultMessage: 'Publish German and English',
      }),
      content: (
        <Typography>
          {together
            ? formatMessage(
                {
                  id: t('publish.together'),
                  defaultMessage: 'English is {status}: German and English are published together.',
                },
                { status }
              )
            : formatMessage(
                {
                  id: t('publish.alone'),
                  defaultMessage: 'English is {status}: only the German is published.',
                },
                { status }
              )}
        </Typography>
      ),
      onConfirm: async () => {
        try {
          const { data } = await post<{ published: string[]; warnings: string[] }>(
            `/newsroom-admin/publish/${documentId}`,
            {
              sourceOnly: !together,
            }
          );
          toggleNotification({
            type: data.warnings.length ? 'warning' : 'success',
            message: [
              formatMessage(
                { id: t('publish.done'), defaultMessage: 'Published: {locales}.' },
                { locales: data.published.join(', ') }
              ),
              ...data.warnings,
            ].join(' '),
          });
          window.location.reload();
        } catch (error) {
          const message = (error as { response?: { data?: { error?: { message?: string } } } })
            .response?.data?.error?.message;
          toggleNotification({ type: 'danger', message: message ?? String(error) });
        }
      },
    },
  };
};
