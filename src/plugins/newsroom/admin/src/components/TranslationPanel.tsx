import { useEffect, useState } from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { useTranslationsApi, type Check, type Detail } from '../api/translations';
import { t } from '../pluginId';
import { StatusBadge } from './StatusBadge';

type PanelProps = { model: string; documentId?: string; document?: { locale?: string } };

const RELEASE = 'api::press-release.press-release';

/** Edit view side panel of a press release: translation status, what changed, readiness. */
export const TranslationPanel = ({ model, documentId, document }: PanelProps) => {
  const { formatMessage } = useIntl();
  if (model !== RELEASE || !documentId) return null;
  return {
    title: formatMessage({ id: t('panel.title'), defaultMessage: 'Translation and readiness' }),
    content: <PanelContent documentId={documentId} locale={document?.locale ?? 'de'} />,
  };
};

const PanelContent = ({ documentId, locale }: { documentId: string; locale: string }) => {
  const { formatMessage } = useIntl();
  const api = useTranslationsApi();
  const [detail, setDetail] = useState<Detail | null>(null);
  const [checks, setChecks] = useState<Check[]>([]);

  useEffect(() => {
    api.detail(documentId, 'en').then(setDetail, () => setDetail(null));
    api.readiness(documentId, locale).then(setChecks, () => setChecks([]));
  }, [documentId, locale]);

  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%">
      {detail && (
        <Flex gap={2}>
          <Typography variant="omega">
            {formatMessage({ id: t('column.english'), defaultMessage: 'English' })}:
          </Typography>
          <StatusBadge status={detail.status} />
        </Flex>
      )}
      {detail?.changes.map((c) => (
        <Box key={c.field} padding={2} background="warning100" hasRadius>
          <Typography variant="pi" fontWeight="bold">
            {c.field}
          </Typography>
          <Typography
            variant="pi"
            tag="p"
            textColor="danger600"
            style={{ textDecoration: 'line-through' }}
          >
            {c.before}
          </Typography>
          <Typography variant="pi" tag="p" textColor="success700">
            {c.after}
          </Typography>
        </Box>
      ))}
      {checks.map((c) => (
        <Typography
          key={c.name}
          variant="pi"
          textColor={c.ok ? 'success700' : c.severity === 'block' ? 'danger600' : 'warning600'}
        >
          {c.ok ? '✓' : c.severity === 'block' ? '✕' : '!'} {c.message}
        </Typography>
      ))}
    </Flex>
  );
};
