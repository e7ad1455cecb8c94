/**
 * @wedraw/sandbox: a local fake of the WeChat platform. Start it in-process and talk to it over
 * HTTP exactly as to api.weixin.qq.com / open.weixin.qq.com. See sandbox/README.md.
 */
export { startSandbox, type RunningSandbox, type SandboxOptions } from './server';
export { SandboxClient, type AppSummary, type FanView, type WecomCorpSummary } from './client';
export { DEMO_APPS, DEMO_BRAND } from './state/demo-apps';
export { DEMO_TEMPLATES, DEMO_SUBSCRIBE_TEMPLATES, DEMO_TAGS, DEMO_MENU } from './state/demo-content';
export { MsgCrypt } from './crypto/msg-crypt';
export { sortedSha1, jsapiSignature } from './crypto/signature';
export { encryptBizData, decryptBizData } from './crypto/biz-data';
export { openMessage, sealMessage, sealReply, openReply } from './push/envelope';
export { toXml, parseXml } from './wx/xml';
export { ERRMSG } from './wx/errors';
export type { PushInput, PushRecord, PushType } from './push/types';
export type { AppConfig, AppKind, Fan, MessageMode, MenuButton, SentMessage, Template } from './state/types';
export { DEMO_CORP } from './wecom/state/demo-corp';
export { wecomCrypt, sealWecomMessage, sealEchostr, openWecomMessage, type WecomCryptConfig } from './wecom/push/envelope';
export { QY_ERRMSG } from './wecom/errors';
export type { WecomPushRecord } from './wecom/push/types';
export type { CorpConfig, Department as WecomDepartment, Member as WecomMember } from './wecom/state/types';
export { startSmtpSink, type SmtpSink, type ReceivedMail } from './smtp/sink';
export { DEMO_MERCHANT, merchantCredentials, type Merchant as PayMerchant } from './pay/state/merchant';
export { NOTIFY_SCHEDULE_S, type PayOptions } from './pay/notifier';
export { aesGcmDecrypt, aesGcmEncrypt, buildAuthorization, parseAuthorization, requestMessage, responseMessage, rsaSign, rsaVerify } from './pay/crypto';
export type { NotifyRecord as PayNotifyRecord } from './pay/state/types';
