import type { Core } from '@strapi/strapi';
import type { XmlFields } from '@wedraw/wechat-protocol';
import { WecomError } from '../clients/wecom-client';
import { services } from '../lib/services';
import type { WecomCorp } from './corps';
import type { WecomExternalContact, WecomFollow } from './customers-store';

/** WeCom answers 40096 / 84061 for a customer that is gone. */
const CUSTOMER_GONE = new Set([40096, 84061]);

/**
 * `change_external_contact` pushes applied to the customers' mirror. An add or edit re-reads the
 * customer (`externalcontact/get`, every page of followers); an add with a WelcomeCode first hands
 * the code to the welcome sender (WeCom's 20 s run from the push). A deleted follow is kept, marked.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => services(strapi).customersStore;

  return {
    /** The customer as WeCom has it now: every follower page saved, follows no longer listed ended. */
    async reread(corp: WecomCorp, externalUserid: string): Promise<void> {
      const client = services(strapi).clients.client(corp, 'customer');
      let contact: WecomExternalContact | undefined;
      const follows: WecomFollow[] = [];
      let cursor = '';
      try {
        do {
          const page = await client.get<{ external_contact: WecomExternalContact; follow_user?: WecomFollow[]; next_cursor?: string }>(
            '/cgi-bin/externalcontact/get',
            { external_userid: externalUserid, cursor: cursor || undefined },
          );
          contact = page.external_contact;
          follows.push(...(page.follow_user ?? []));
          cursor = page.next_cursor ?? '';
        } while (cursor);
      } catch (err) {
        if (err instanceof WecomError && CUSTOMER_GONE.has(err.errcode)) {
          await store().endFollowsExcept(corp.corpId, externalUserid, [], 'not-in-wecom');
          return;
        }
        throw err;
      }
      if (!contact) return;
      await store().save(corp.corpId, [{ contact, follows }]);
      await store().endFollowsExcept(
        corp.corpId,
        externalUserid,
        follows.map((f) => f.userid),
        'not-in-wecom',
      );
    },

    async apply(corp: WecomCorp, msg: XmlFields): Promise<void> {
      const externalUserid = msg.ExternalUserID ?? '';
      const userid = msg.UserID ?? '';
      if (!externalUserid) return;
      switch (msg.ChangeType) {
        case 'add_external_contact':
        case 'add_half_external_contact':
        case 'edit_external_contact': {
          // WeCom's 20 s run from the push: the record and its job first, from the push alone (the job
          // reads the nickname itself if the rule needs it and the mirror has not got it yet), then the re-read.
          if (msg.WelcomeCode) {
            const welcome = await services(strapi).welcomeSend.accept(corp, { welcomeCode: msg.WelcomeCode, userid, externalUserid, state: msg.State ?? '' });
            await services(strapi).welcomeSend.schedule(welcome);
          }
          await this.reread(corp, externalUserid);
          return;
        }
        case 'del_external_contact':
        case 'del_follow_user':
          await store().endFollow(corp.corpId, externalUserid, userid, msg.ChangeType);
          return;
        default:
          return;
      }
    },
  };
};
