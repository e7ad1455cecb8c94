import { stat } from 'node:fs/promises';

interface UploadFile {
  filepath?: string;
}
interface ImageManipulation {
  optimize(file: UploadFile): Promise<UploadFile>;
}

/**
 * Strapi's size optimization re-encodes every uploaded JPEG/PNG/WebP and means to keep the original
 * when the result is bigger, but it compares with sharp's metadata `size`, which sharp only reports
 * for buffers and streams, never for the file on disk an upload is: a flat 4 KB banner PNG was
 * stored as a 24 KB palette PNG, served on every visit. This keeps whichever file is smaller.
 */
export function keepSmallerImage<S extends ImageManipulation>(service: S): S {
  const optimize = service.optimize;
  return {
    ...service,
    async optimize(file: UploadFile) {
      const optimized = await optimize(file);
      if (optimized === file || !optimized.filepath || !file.filepath) return optimized;
      const [before, after] = await Promise.all([stat(file.filepath), stat(optimized.filepath)]);
      return after.size > before.size ? file : optimized;
    },
  };
}
