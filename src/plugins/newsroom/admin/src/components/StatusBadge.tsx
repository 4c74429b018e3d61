import { Badge } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { SourceState, TranslationStatus } from '../api/translations';
import { t } from '../pluginId';

const COLOURS: Record<TranslationStatus | SourceState, { background: string; text: string }> = {
  missing: { background: 'danger100', text: 'danger700' },
  outdated: { background: 'warning100', text: 'warning700' },
  draft: { background: 'secondary100', text: 'secondary700' },
  current: { background: 'success100', text: 'success700' },
  published: { background: 'success100', text: 'success700' },
  modified: { background: 'alternative100', text: 'alternative700' },
  scheduled: { background: 'primary100', text: 'primary700' },
};

export const StatusBadge = ({ status }: { status: TranslationStatus | SourceState }) => {
  const { formatMessage } = useIntl();
  return (
    <Badge backgroundColor={COLOURS[status].background} textColor={COLOURS[status].text}>
      {formatMessage({ id: t(`status.${status}`), defaultMessage: status })}
    </Badge>
  );
};
