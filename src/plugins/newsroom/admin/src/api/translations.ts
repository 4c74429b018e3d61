import { useFetchClient } from '@strapi/strapi/admin';

/** The plugin's admin API (server/src/routes.ts), typed for the pages that use it. */

export type TranslationStatus = 'missing' | 'outdated' | 'draft' | 'current';
export type SourceState = 'draft' | 'published' | 'modified' | 'scheduled';

export type Listing = {
  results: {
    documentId: string;
    title: string;
    status: TranslationStatus;
    sourceState: SourceState;
    sourceUpdatedAt: string;
  }[];
  counts: Record<TranslationStatus, number>;
  pagination: { page: number; pageSize: number; total: number; pageCount: number };
};

export type Detail = {
  documentId: string;
  locale: string;
  status: TranslationStatus;
  changes: { field: string; before: string; after: string }[];
};

export type Check = { name: string; ok: boolean; severity: 'block' | 'warn'; message: string };

export type ImportReport = {
  releases: {
    documentId: string;
    locale: string;
    created: boolean;
    warnings: string[];
    units: { unit: string; result: string }[];
  }[];
};

export const useTranslationsApi = () => {
  const { get, post } = useFetchClient();
  return {
    list: async (query: { locale: string; status?: string; q?: string; page: number }) => {
      const params = new URLSearchParams({
        locale: query.locale,
        page: String(query.page),
        pageSize: '50',
      });
      if (query.status) params.set('status', query.status);
      if (query.q) params.set('q', query.q);
      return (await get<Listing>(`/newsroom-admin/translations?${params}`)).data;
    },
    detail: async (documentId: string, locale: string) =>
      (await get<Detail>(`/newsroom-admin/translations/${documentId}?locale=${locale}`)).data,
    readiness: async (documentId: string, locale: string) =>
      (await get<{ checks: Check[] }>(`/newsroom-admin/readiness/${documentId}?locale=${locale}`))
        .data.checks,
    exportXliff: async (locale: string, selection: { documentIds?: string[]; status?: string }) => {
      const params = new URLSearchParams({ locale });
      if (selection.documentIds) params.set('documentIds', selection.documentIds.join(','));
      if (selection.status) params.set('status', selection.status);
      return (await get<string>(`/newsroom-admin/xliff?${params}`, { responseType: 'text' })).data;
    },
    importXliff: async (xliff: string) =>
      (await post<ImportReport>('/newsroom-admin/xliff', { xliff })).data,
  };
};
