import { useFetchClient } from '@strapi/strapi/admin';

/** Embargo schedules, outlet tokens and webhook deliveries (server/src/routes.ts). */

export type Schedule = {
  releaseId: string;
  state: 'pending' | 'running' | 'done' | 'failed' | 'cancelled';
  runAt: string;
  runAtLocal: string;
  published: string[];
  error: string | null;
};

export type Delivery = {
  id: number;
  event: string;
  releaseId: string | null;
  state: 'pending' | 'delivering' | 'delivered' | 'dead';
  attempts: number;
  lastStatus: number | null;
  lastError: string | null;
  createdAt: string;
  nextAttemptAt: string;
  deliveredAt: string | null;
};

export const usePushApi = () => {
  const { get, post, del } = useFetchClient();
  return {
    schedule: async (documentId: string) =>
      (await get<{ schedule: Schedule | null }>(`/newsroom-admin/schedule/${documentId}`)).data
        .schedule,
    scheduleAtEmbargo: async (documentId: string) =>
      (await post<{ schedule: Schedule }>(`/newsroom-admin/schedule/${documentId}`, {})).data
        .schedule,
    cancel: async (documentId: string) =>
      (await del<{ schedule: Schedule }>(`/newsroom-admin/schedule/${documentId}`)).data.schedule,
    issueToken: async (outletId: string) =>
      (await post<{ token: string }>(`/newsroom-admin/outlets/${outletId}/token`, {})).data.token,
    revokeToken: async (outletId: string) => {
      await del(`/newsroom-admin/outlets/${outletId}/token`);
    },
    deliveries: async (outletId: string) =>
      (await get<{ deliveries: Delivery[] }>(`/newsroom-admin/outlets/${outletId}/deliveries`)).data
        .deliveries,
    resend: async (id: number) => {
      await post(`/newsroom-admin/deliveries/${id}/resend`, {});
    },
  };
};
