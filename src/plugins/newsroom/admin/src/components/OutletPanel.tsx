import { useEffect, useState } from 'react';
import { Box, Button, Field, Flex, TextInput, Typography } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { usePushApi, type Delivery } from '../api/push';
import { t } from '../pluginId';

type PanelProps = { model: string; documentId?: string };

const OUTLET = 'plugin::newsroom.outlet';

/**
 * Edit view side panel of an outlet: its access token (a new one is shown once, only its hash is
 * kept) and its webhook deliveries with their attempts; a delivery can be sent again by hand.
 */
export const OutletPanel = ({ model, documentId }: PanelProps) => {
  const { formatMessage } = useIntl();
  if (model !== OUTLET || !documentId) return null;
  return {
    title: formatMessage({ id: t('outlet.title'), defaultMessage: 'Access and deliveries' }),
    content: <OutletContent outletId={documentId} />,
  };
};

const OutletContent = ({ outletId }: { outletId: string }) => {
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const api = usePushApi();
  const [token, setToken] = useState<string | null>(null);
  const [deliveries, setDeliveries] = useState<Delivery[]>([]);
  const reload = () => api.deliveries(outletId).then(setDeliveries, () => setDeliveries([]));

  useEffect(() => {
    reload();
  }, [outletId]);

  const failed = () =>
    toggleNotification({
      type: 'danger',
      message: formatMessage({ id: t('outlet.failed'), defaultMessage: 'That did not work.' }),
    });

  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%">
      {token && (
        <Box padding={2} background="warning100" hasRadius>
          <Field.Root name="token">
            <Field.Label>
              {formatMessage({
                id: t('outlet.token.once'),
                defaultMessage: 'Copy the token now: it is not shown again.',
              })}
            </Field.Label>
            <TextInput value={token} readOnly />
          </Field.Root>
        </Box>
      )}
      <Flex gap={2}>
        <Button variant="secondary" onClick={() => api.issueToken(outletId).then(setToken, failed)}>
          {formatMessage({ id: t('outlet.token.issue'), defaultMessage: 'New access token' })}
        </Button>
        <Button
          variant="danger-light"
          onClick={() => api.revokeToken(outletId).then(() => setToken(null), failed)}
        >
          {formatMessage({ id: t('outlet.token.revoke'), defaultMessage: 'Revoke' })}
        </Button>
      </Flex>
      <Typography variant="sigma">
        {formatMessage({ id: t('outlet.deliveries'), defaultMessage: 'Webhook deliveries' })}
      </Typography>
      {deliveries.length === 0 && (
        <Typography variant="pi">
          {formatMessage({ id: t('outlet.deliveries.none'), defaultMessage: 'None yet.' })}
        </Typography>
      )}
      {deliveries.slice(0, 20).map((d) => (
        <Flex key={d.id} direction="column" alignItems="stretch" gap={1}>
          <Typography
            variant="pi"
            textColor={
              d.state === 'delivered'
                ? 'success700'
                : d.state === 'dead'
                  ? 'danger600'
                  : 'warning600'
            }
          >
            {new Date(d.createdAt).toLocaleString('de-DE', { timeZone: 'Europe/Berlin' })} ·{' '}
            {d.event} · {formatMessage({ id: t(`delivery.${d.state}`), defaultMessage: d.state })} ·{' '}
            {formatMessage(
              { id: t('delivery.attempts'), defaultMessage: '{count} attempts' },
              { count: d.attempts }
            )}
            {d.lastError ? ` · ${d.lastError}` : ''}
          </Typography>
          {d.state !== 'delivering' && (
            <Button
              size="S"
              variant="tertiary"
              onClick={() => api.resend(d.id).then(reload, failed)}
            >
              {formatMessage({ id: t('delivery.resend'), defaultMessage: 'Send again' })}
            </Button>
          )}
        </Flex>
      ))}
    </Flex>
  );
};
