import type { ChannelProvider } from './types';

/**
 * The registry plugins fill during register/bootstrap: `strapi.plugin('messaging').service('channels').register(provider)`.
 * Two providers for one name are refused, as Medusa's loader refuses two providers for one channel.
 */
export class ChannelRegistry {
  private readonly providers = new Map<string, ChannelProvider>();

  register(provider: ChannelProvider): void {
    if (!/^[a-z][a-z0-9-]{1,31}$/.test(provider.name)) throw new Error(`messaging: bad channel name "${provider.name}"`);
    if (this.providers.has(provider.name)) throw new Error(`messaging: channel "${provider.name}" is registered twice`);
    this.providers.set(provider.name, provider);
  }

  get(name: string): ChannelProvider | undefined {
    return this.providers.get(name);
  }

  names(): string[] {
    return [...this.providers.keys()];
  }

  list(): ChannelProvider[] {
    return [...this.providers.values()];
  }
}
