import fs from 'fs';
import os from 'os';
import path from 'path';
import type { Core } from '@strapi/strapi';

/** Puts a PNG held in memory into the Media Library (Strapi's upload service reads from a file). */
export const uploadPng = async (
  strapi: Core.Strapi,
  png: Buffer,
  fileInfo: { name: string; alternativeText?: string; caption?: string }
): Promise<number> => {
  const filepath = path.join(os.tmpdir(), `newsroom-upload-${process.pid}-${Date.now()}.png`);
  fs.writeFileSync(filepath, png);
  try {
    const [file] = (await strapi
      .plugin('upload')
      .service('upload')
      .upload({
        data: { fileInfo },
        files: {
          filepath,
          originalFilename: fileInfo.name,
          mimetype: 'image/png',
          size: png.length,
        },
      })) as { id: number }[];
    return file.id;
  } finally {
    fs.rmSync(filepath, { force: true });
  }
};
