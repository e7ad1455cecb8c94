import type { AppConfig } from '../state/types';
import type { XmlObject } from '../wx/xml';
import type { PushInput } from './types';

let msgSeq = 0n;
/** 64-bit message ids like WeChat's (they exceed 2^53: clients must not parse them as doubles). */
function nextMsgId(): bigint {
  msgSeq += 1n;
  return 24_000_000_000_000_000n + BigInt(Date.now() % 1_000_000_000) * 1000n + msgSeq;
}

/** The plaintext XML fields of a push (reference §2.2). */
export function inboundMessage(app: AppConfig, input: PushInput, createTime: number): XmlObject {
  const base = { ToUserName: app.ghId, FromUserName: input.openid, CreateTime: createTime };
  const event = (Event: string, extra: XmlObject = {}): XmlObject => ({ ...base, MsgType: 'event', Event, ...extra });
  switch (input.type) {
    case 'text':
      return { ...base, MsgType: 'text', Content: input.content ?? '', MsgId: nextMsgId() };
    case 'subscribe':
      return input.eventKey
        ? event('subscribe', { EventKey: `qrscene_${input.eventKey}`, Ticket: input.ticket ?? 'sandbox-ticket' })
        : event('subscribe', { EventKey: '' });
    case 'unsubscribe':
      return event('unsubscribe', { EventKey: '' });
    case 'CLICK':
      return event('CLICK', { EventKey: input.eventKey ?? '' });
    case 'VIEW':
      return event('VIEW', { EventKey: input.eventKey ?? '' });
    case 'SCAN':
      return event('SCAN', { EventKey: input.eventKey ?? '', Ticket: input.ticket ?? 'sandbox-ticket' });
    case 'TEMPLATESENDJOBFINISH':
      return event('TEMPLATESENDJOBFINISH', { MsgID: BigInt(input.msgId ?? 0), Status: input.status ?? 'success' });
  }
}
