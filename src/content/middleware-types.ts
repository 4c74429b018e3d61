/** The part of a Document Service middleware context our rules read; Strapi's own type is a union
 * over every content type and action, which is no help to code that handles several of each. */
export type DocumentContext = {
  uid: string;
  action: string;
  params: {
    documentId?: string;
    locale?: string | string[];
    status?: string;
    data?: Record<string, unknown>;
    filters?: unknown;
    [key: string]: unknown;
  };
};

export type Next = () => Promise<unknown>;
