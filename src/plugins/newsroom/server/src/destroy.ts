import type { Core } from '@strapi/strapi';
import { getService } from './services/get-service';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  getService(strapi, 'translationStatus').stop();
  await getService(strapi, 'scheduler').stop();
  await getService(strapi, 'outbox').stop();
  getService(strapi, 'contentVersion').close();
};
