import { keepSmallerImage } from '../../platform/upload-size';

/** Strapi's extension point for the upload plugin: "size optimization" never makes a file bigger. */
export default (plugin: { services: Record<string, any> }) => {
  plugin.services['image-manipulation'] = keepSmallerImage(plugin.services['image-manipulation']);
  return plugin;
};
