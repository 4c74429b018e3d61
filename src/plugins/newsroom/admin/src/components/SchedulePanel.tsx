import { useEffect, useState } from 'react';
import { Button, Flex, Typography } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { usePushApi, type Schedule } from '../api/push';
import { t } from '../pluginId';

type PanelProps = { model: string; documentId?: string; document?: { locale?: string } };

const RELEASE = 'api::press-release.press-release';

const errorMessage = (error: unknown): string =>
  (error as { response?: { data?: { error?: { message?: string } } } }).response?.data?.error
    ?.message ?? String(error);

/**
 * Edit view side panel of a German release: its embargo schedule. "Publish at embargo end" hands
 * the release to the scheduler (the embargo field is set in the form and saved first); the time
 * is shown in Leipzig time, whatever the browser's zone.
 */
export const SchedulePanel = ({ model, documentId, document }: PanelProps) => {
  const { formatMessage } = useIntl();
  if (model !== RELEASE || !documentId || (document?.locale ?? 'de') !== 'de') return null;
  return {
    title: formatMessage({ id: t('schedule.title'), defaultMessage: 'Embargo' }),
    content: <ScheduleContent documentId={documentId} />,
  };
};

const ScheduleContent = ({ documentId }: { documentId: string }) => {
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const api = usePushApi();
  const [schedule, setSchedule] = useState<Schedule | null>(null);

  useEffect(() => {
    api.schedule(documentId).then(setSchedule, () => setSchedule(null));
  }, [documentId]);

  const act = (action: () => Promise<Schedule>) =>
    action().then(setSchedule, (error) =>
      toggleNotification({ type: 'danger', message: errorMessage(error) })
    );

  const pending = schedule?.state === 'pending';
  return (
    <Flex direction="column" alignItems="stretch" gap={2} width="100%">
      <Typography variant="omega">
        {schedule
          ? formatMessage(
              {
                id: t(`schedule.state.${schedule.state}`),
                defaultMessage: '{state}: {time}',
              },
              { state: schedule.state, time: schedule.runAtLocal }
            )
          : formatMessage({
              id: t('schedule.none'),
              defaultMessage: 'Not scheduled. Set the embargo, save, then schedule.',
            })}
      </Typography>
      {schedule?.error && (
        <Typography variant="pi" textColor="danger600">
          {schedule.error}
        </Typography>
      )}
      {pending ? (
        <Button variant="danger-light" onClick={() => act(() => api.cancel(documentId))}>
          {formatMessage({ id: t('schedule.cancel'), defaultMessage: 'Cancel the schedule' })}
        </Button>
      ) : (
        <Button variant="secondary" onClick={() => act(() => api.scheduleAtEmbargo(documentId))}>
          {formatMessage({
            id: t('schedule.start'),
            defaultMessage: 'Publish when the embargo ends',
          })}
        </Button>
      )}
    </Flex>
  );
};
