import { useRef, useState } from 'react';
import { Button, Flex, Typography } from '@strapi/design-system';
import { Download, Upload } from '@strapi/icons';
import { useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useTranslationsApi, type ImportReport } from '../api/translations';
import { t } from '../pluginId';

/** Download all missing and outdated translations as XLIFF; upload a translated file. */
export const XliffButtons = ({
  locale,
  onImported,
}: {
  locale: string;
  onImported: () => void;
}) => {
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const api = useTranslationsApi();
  const input = useRef<HTMLInputElement>(null);
  const [report, setReport] = useState<ImportReport | null>(null);

  const download = async () => {
    try {
      const xml = await api.exportXliff(locale, { status: 'missing,outdated' });
      const url = URL.createObjectURL(new Blob([xml], { type: 'application/x-xliff+xml' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `newsroom-${locale}-${new Date().toISOString().slice(0, 10)}.xlf`;
      link.click();
      URL.revokeObjectURL(url);
    } catch (error) {
      toggleNotification({ type: 'danger', message: messageOf(error) });
    }
  };

  const upload = async (file: File) => {
    try {
      const result = await api.importXliff(await file.text());
      setReport(result);
      toggleNotification({
        type: 'success',
        message: formatMessage(
          {
            id: t('xliff.imported'),
            defaultMessage:
              'Imported {count, plural, one {# release} other {# releases}} as drafts.',
          },
          { count: result.releases.length }
        ),
      });
      onImported();
    } catch (error) {
      setReport(null);
      toggleNotification({ type: 'danger', message: messageOf(error) });
    } finally {
      if (input.current) input.current.value = '';
    }
  };

  return (
    <Flex direction="column" alignItems="flex-end" gap={2}>
      <Flex gap={2}>
        <Button variant="secondary" startIcon={<Download />} onClick={download}>
          {formatMessage({
            id: t('xliff.download'),
            defaultMessage: 'Download XLIFF (missing and outdated)',
          })}
        </Button>
        <Button variant="default" startIcon={<Upload />} onClick={() => input.current?.click()}>
          {formatMessage({ id: t('xliff.upload'), defaultMessage: 'Upload translated XLIFF' })}
        </Button>
        <input
          ref={input}
          type="file"
          accept=".xlf,.xliff,.xml"
          aria-label={formatMessage({
            id: t('xliff.upload'),
            defaultMessage: 'Upload translated XLIFF',
          })}
          style={{ display: 'none' }}
          onChange={(e) => e.target.files?.[0] && upload(e.target.files[0])}
        />
      </Flex>
      {report?.releases
        .flatMap((r) => r.warnings)
        .map((w) => (
          <Typography key={w} textColor="warning600" variant="pi">
            {w}
          </Typography>
        ))}
    </Flex>
  );
};

const messageOf = (error: unknown): string => {
  const response = (error as { response?: { data?: { error?: { message?: string } } } }).response;
  return response?.data?.error?.message ?? String(error);
};
