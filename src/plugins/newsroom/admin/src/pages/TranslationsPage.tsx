import { useCallback, useEffect, useState } from 'react';
import {
  Box,
  Button,
  Flex,
  Searchbar,
  SingleSelect,
  SingleSelectOption,
  Table,
  Tbody,
  Td,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import { useTranslationsApi, type Listing, type TranslationStatus } from '../api/translations';
import { StatusBadge } from '../components/StatusBadge';
import { XliffButtons } from '../components/XliffButtons';
import { t } from '../pluginId';

const STATUSES: TranslationStatus[] = ['missing', 'outdated', 'draft', 'current'];
const LOCALE = 'en';
const EDIT = '/content-manager/collection-types/api::press-release.press-release';

/** Translations: every release with the state of its German and the status of its English. */
export const TranslationsPage = () => {
  const { formatMessage, formatDate } = useIntl();
  const api = useTranslationsApi();
  const [status, setStatus] = useState<TranslationStatus | ''>('');
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [listing, setListing] = useState<Listing | null>(null);
  const [error, setError] = useState(false);

  const load = useCallback(async () => {
    try {
      setListing(
        await api.list({ locale: LOCALE, status: status || undefined, q: q || undefined, page })
      );
      setError(false);
    } catch {
      setError(true);
    }
  }, [status, q, page]);

  useEffect(() => {
    void load();
  }, [load]);

  if (error) return <Page.Error />;
  if (!listing) return <Page.Loading />;
  const title = formatMessage({ id: t('page.title'), defaultMessage: 'Translations' });

  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header
        title={title}
        subtitle={formatMessage({
          id: t('page.subtitle'),
          defaultMessage: 'German releases and the status of their English translation',
        })}
        primaryAction={<XliffButtons locale={LOCALE} onImported={load} />}
      />
      <Layouts.Content>
        <Flex gap={4} marginBottom={4} wrap="wrap">
          {STATUSES.map((s) => (
            <Box
              key={s}
              background="neutral0"
              hasRadius
              shadow="tableShadow"
              padding={4}
              minWidth="150px"
            >
              <Typography variant="sigma" textColor="neutral600">
                {formatMessage({ id: t(`status.${s}`), defaultMessage: s })}
              </Typography>
              <Typography variant="alpha" tag="p" data-testid={`count-${s}`}>
                {listing.counts[s]}
              </Typography>
            </Box>
          ))}
        </Flex>
        <Flex gap={4} marginBottom={4}>
          <Box width="320px">
            <Searchbar
              name="q"
              value={q}
              onChange={(e: React.ChangeEvent<HTMLInputElement>) => {
                setQ(e.target.value);
                setPage(1);
              }}
              onClear={() => setQ('')}
              clearLabel={formatMessage({ id: t('search.clear'), defaultMessage: 'Clear' })}
            >
              {formatMessage({ id: t('search.label'), defaultMessage: 'Search headlines' })}
            </Searchbar>
          </Box>
          <Box width="220px">
            <SingleSelect
              aria-label={formatMessage({ id: t('filter.status'), defaultMessage: 'Status' })}
              placeholder={formatMessage({ id: t('filter.all'), defaultMessage: 'All statuses' })}
              value={status}
              onChange={(value: string | number) => {
                setStatus(value as TranslationStatus | '');
                setPage(1);
              }}
              onClear={() => setStatus('')}
            >
              {STATUSES.map((s) => (
                <SingleSelectOption key={s} value={s}>
                  {formatMessage({ id: t(`status.${s}`), defaultMessage: s })}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Box>
        </Flex>
        <Table colCount={4} rowCount={listing.results.length + 1}>
          <Thead>
            <Tr>
              <Th>
                <Typography variant="sigma">
                  {formatMessage({ id: t('column.title'), defaultMessage: 'Headline (German)' })}
                </Typography>
              </Th>
              <Th>
                <Typography variant="sigma">
                  {formatMessage({ id: t('column.german'), defaultMessage: 'German' })}
                </Typography>
              </Th>
              <Th>
                <Typography variant="sigma">
                  {formatMessage({ id: t('column.english'), defaultMessage: 'English' })}
                </Typography>
              </Th>
              <Th>
                <Typography variant="sigma">
                  {formatMessage({ id: t('column.changed'), defaultMessage: 'German changed' })}
                </Typography>
              </Th>
            </Tr>
          </Thead>
          <Tbody>
            {listing.results.map((r) => (
              <Tr key={r.documentId} data-testid={`row-${r.documentId}`}>
                <Td>
                  <Link to={`${EDIT}/${r.documentId}?plugins[i18n][locale]=de`}>
                    <Typography textColor="primary600">{r.title}</Typography>
                  </Link>
                </Td>
                <Td>
                  <StatusBadge status={r.sourceState} />
                </Td>
                <Td>
                  <Link
                    to={`${EDIT}/${r.documentId}?plugins[i18n][locale]=${LOCALE}`}
                    data-testid={`status-${r.documentId}`}
                  >
                    <StatusBadge status={r.status} />
                  </Link>
                </Td>
                <Td>
                  <Typography>
                    {r.sourceUpdatedAt
                      ? formatDate(r.sourceUpdatedAt, { dateStyle: 'medium', timeStyle: 'short' })
                      : ''}
                  </Typography>
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
        <Flex justifyContent="space-between" marginTop={4}>
          <Button variant="tertiary" disabled={page <= 1} onClick={() => setPage(page - 1)}>
            {formatMessage({ id: t('pagination.previous'), defaultMessage: 'Previous' })}
          </Button>
          <Typography>
            {formatMessage(
              {
                id: t('pagination.page'),
                defaultMessage:
                  'Page {page} of {pageCount} ({total, plural, one {# release} other {# releases}})',
              },
              listing.pagination
            )}
          </Typography>
          <Button
            variant="tertiary"
            disabled={page >= listing.pagination.pageCount}
            onClick={() => setPage(page + 1)}
          >
            {formatMessage({ id: t('pagination.next'), defaultMessage: 'Next' })}
          </Button>
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

/** The page behind the permission to read translation status. */
const ProtectedTranslationsPage = () => (
  <Page.Protect permissions={[{ action: 'plugin::newsroom.translations.read', subject: null }]}>
    <TranslationsPage />
  </Page.Protect>
);

export default ProtectedTranslationsPage;
